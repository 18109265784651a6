#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

struct BackupPolicy {
    int keepDaily = 7;  // the newest backup of each of the last N days that have one
    int keepWeekly = 4; // then the newest of each of N earlier weeks
};

struct DatedBackup {
    QString name;
    QString takenAt; // "YYYY-MM-DD HH:MM:SS"
};

// Which backups rotation deletes. Pure, so the policy is tested without files. The newest
// backup is never deleted.
QStringList backupsToRemove(std::vector<DatedBackup> backups, const BackupPolicy& policy);

} // namespace clientele
