#pragma once

#include <QtGlobal>

#include <functional>

namespace clientele {

// Long work reports (done, total) now and then; returning false asks it to stop (it then
// returns Error::cancelled() and leaves nothing half done).
using Progress = std::function<bool(qint64 done, qint64 total)>;

inline bool reportProgress(const Progress& progress, qint64 done, qint64 total) {
    return !progress || progress(done, total);
}

} // namespace clientele
