#pragma once

#include "common/progress.h"
#include "common/result.h"

#include <QString>

namespace clientele {

// SQLite's quick_check on its own read-only connection: a damaged page anywhere in the file
// shows up here even when the pages read so far were fine. It reads the whole file (seconds on
// a large shop), so the app runs it in the background after opening; progress can cancel it.
// Returns the problems found (empty when clean).
Result<QStringList> quickCheckFile(const QString& path, const Progress& progress = {});

} // namespace clientele
