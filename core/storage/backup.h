#pragma once

#include "common/clock.h"
#include "common/progress.h"
#include "common/result.h"

#include <QString>

namespace clientele {

class Database;

// A consistent copy made with SQLite's online backup API while the database may be in use,
// written beside its destination first and renamed into place only once it verified clean.
Status backupDatabase(Database& db, const QString& outPath, const Progress& progress = {});

// The file is a Clientele database this program can open, and SQLite's integrity check passes.
Status verifyDatabaseFile(const QString& path);

struct RestoreOutcome {
    QString replacedPath; // where the database that was there before now is (empty if none)
};

// Puts a backup in place of dbPath. An existing database is only replaced with force, and is
// kept beside it as NAME.replaced-YYYYMMDD-HHMMSS.
Result<RestoreOutcome> restoreDatabase(const QString& backupPath, const QString& dbPath, bool force,
                                       const Clock& clock = Clock::system());

} // namespace clientele
