#pragma once

#include "common/result.h"

#include <QFile>
#include <QIODevice>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace clientele {

// Where an export goes: standard output, or a file written atomically (QSaveFile writes a
// temporary file beside it and renames it over the target on commit(), so a failed or cancelled
// export leaves the previous file untouched and never a half-written one).
class OutputTarget {
public:
    // path empty or "-": standard output.
    static Result<std::unique_ptr<OutputTarget>> open(const QString& path);

    QIODevice& device();
    // Makes the output final. Without it, a file target is discarded when this object goes.
    Status commit();

private:
    OutputTarget() = default;

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QFile> m_stdout;
};

} // namespace clientele
