#pragma once

#include "backup_rotation.h"
#include "common/progress.h"
#include "common/result.h"

#include <QString>

#include <vector>

namespace clientele {

class Database;

struct BackupEntry {
    QString path;
    QString takenAt; // "YYYY-MM-DD HH:MM:SS"
    qint64 bytes = 0;
    enum class State { Verified, Unverified, ChangedSinceVerified } state = State::Unverified;
};

// The automatic, rolling backups of one database. They go to a folder the user may point at a
// USB stick or a synced folder (setting "backup.folder"; default: NAME.backups beside the
// database). A manifest in the folder remembers which copies verified clean and their size.
class BackupFolder {
public:
    explicit BackupFolder(Database& db);

    QString folder() const { return m_folder; }
    BackupPolicy policy() const;
    std::vector<BackupEntry> list() const; // newest first

    // Time for an automatic backup: none yet, or the newest is older than a day.
    bool isDue() const;
    // Backs up now, verifies the copy, records it and rotates old ones away.
    Result<BackupEntry> backupNow(const Progress& progress = {});

    static QString folderSettingKey();

private:
    Database& m_db;
    QString m_folder;
};

} // namespace clientele
