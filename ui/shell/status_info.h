#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace clientele {

class AppContext;

// The permanent part of the status bar: the database file, how many customers and orders it
// holds, and when it was last backed up. Counts are read in the background (counting a million
// orders takes a moment) and again after each change.
class StatusInfo : public QObject {
    Q_OBJECT
public:
    StatusInfo(AppContext& app, QStatusBar* bar);

    void refresh();
    void setBackupRunning();
    void setLastBackup(const QString& takenAt);

    QLabel* fileLabel() const { return m_file; }
    QLabel* countsLabel() const { return m_counts; }
    QLabel* backupLabel() const { return m_backup; }

private:
    AppContext& m_app;
    QLabel* m_file = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_backup = nullptr;
    bool m_refreshing = false;
    bool m_again = false;
};

} // namespace clientele
