#include "due_notifier.h"

#include "shell/app_context.h"
#include "shell/background.h"

#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QTimer>

namespace clientele {

namespace {
constexpr int kCheckEveryMs = 60 * 1000;
constexpr int kTitlesShown = 3;
} // namespace

DueNotifier::DueNotifier(AppContext& app, QObject* parent)
    : QObject(parent)
    , m_app(app)
    , m_timer(new QTimer(this)) {
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/today.svg")), this);
        m_tray->setToolTip(tr("Clientele"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DueNotifier::showRequested);
        connect(m_tray, &QSystemTrayIcon::activated, this, &DueNotifier::showRequested);
    }
    m_timer->setInterval(kCheckEveryMs);
    connect(m_timer, &QTimer::timeout, this, &DueNotifier::checkNow);
    m_timer->start();
}

void DueNotifier::checkNow() {
    if (m_checking)
        return;
    m_checking = true;
    const DayNumber today = m_app.today();
    runInBackground<std::vector<AgendaTask>>(
        m_app.database(), this,
        // Today's only: the overdue ones were news on an earlier day.
        [today](Database& db) { return readDueTasks(db, today, false).valueOr({}); },
        [this, today](std::optional<std::vector<AgendaTask>> due) {
            m_checking = false;
            if (due)
                announce(m_watch.check(*due, today));
        });
}

void DueNotifier::announce(const std::vector<AgendaTask>& fresh) {
    if (fresh.empty())
        return;
    const QString title = fresh.size() == 1 ? tr("A task is due today")
                                            : tr("%1 tasks are due today").arg(fresh.size());
    QStringList lines;
    for (std::size_t i = 0; i < fresh.size() && i < kTitlesShown; ++i) {
        const AgendaTask& t = fresh[i];
        lines << (t.customer.name.isEmpty() ? t.title
                                            : tr("%1 (%2)").arg(t.title, t.customer.name));
    }
    if (fresh.size() > kTitlesShown)
        lines << tr("and %1 more").arg(fresh.size() - kTitlesShown);
    const QString message = lines.join(u'\n');
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    emit announced(title, message);
}

} // namespace clientele
