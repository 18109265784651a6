#pragma once

#include "agenda/due_watch.h"

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace clientele {

class AppContext;

// Tells the user, through a tray message, when tasks fall due while the app runs: it checks at
// start and then once a minute (no server, nothing scheduled outside the app). Which tasks are
// news is DueWatch's decision. Without a system tray nothing is shown, but announced() still
// fires.
class DueNotifier : public QObject {
    Q_OBJECT
public:
    explicit DueNotifier(AppContext& app, QObject* parent = nullptr);

    // Reads the due tasks on a worker thread and announces the new ones.
    void checkNow();
    bool isChecking() const { return m_checking; }
    QSystemTrayIcon* trayIcon() const { return m_tray; }

signals:
    void announced(const QString& title, const QString& message);
    // The user clicked the message: show what is due.
    void showRequested();

private:
    void announce(const std::vector<AgendaTask>& fresh);

    AppContext& m_app;
    DueWatch m_watch;
    QTimer* m_timer = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_checking = false;
};

} // namespace clientele
