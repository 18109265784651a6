#pragma once

#include "storage/backup_folder.h"

#include <QObject>

namespace clientele {

class Database;

// Runs BackupFolder::backupNow on a pool thread with its own read-only connection, so the window
// stays responsive while a large database is copied and verified.
class BackupRunner : public QObject {
    Q_OBJECT
public:
    BackupRunner(const Database& db, QObject* parent = nullptr);

    bool isRunning() const { return m_running; }
    void start();
    // Starts a backup only when one is due (none yet, or the newest is older than a day).
    void startIfDue();

signals:
    void started();
    void finished(bool ok, const QString& message, const QString& takenAt);

private:
    const Database& m_db;
    bool m_running = false;
};

} // namespace clientele
