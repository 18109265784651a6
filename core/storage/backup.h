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

// As backupDatabase, then encrypted with the passphrase (see encrypted_file.h). The plain copy
// exists only briefly, beside the database (never beside the output, which may be a USB stick).
Status backupDatabaseEncrypted(Database& db, const QString& outPath, const QByteArray& passphrase,
                               const Progress& progress = {});

// The file is a Clientele database this program can open, and SQLite's integrity check passes.
Status verifyDatabaseFile(const QString& path);

struct RestoreOutcome {
    QString replacedPath; // where the database that was there before now is (empty if none)
};

// Puts a backup in place of dbPath. An existing database is only replaced with force, and is
// kept beside it as NAME.replaced-YYYYMMDD-HHMMSS. An encrypted backup needs its passphrase;
// a wrong one or a tampered file is refused before anything is replaced.
Result<RestoreOutcome> restoreDatabase(const QString& backupPath, const QString& dbPath, bool force,
                                       const Clock& clock = Clock::system(),
                                       const QByteArray& passphrase = {});

} // namespace clientele
