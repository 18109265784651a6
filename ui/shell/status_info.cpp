#include "status_info.h"

#include "app_context.h"
#include "background.h"
#include "formatting.h"
#include "storage/backup_folder.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace clientele {

namespace {

constexpr int kStartDelayMs = 300;

struct Figures {
    qint64 customers = 0;
    qint64 orders = 0;
    QString lastBackup;
};

Figures readFigures(Database& db) {
    Figures f;
    f.customers = sql::queryInt(db.handle(), "SELECT count(*) FROM customer");
    f.orders = sql::queryInt(db.handle(), "SELECT count(*) FROM orders");
    const auto backups = BackupFolder(db).list();
    if (!backups.empty())
        f.lastBackup = backups.front().takenAt;
    return f;
}

} // namespace

StatusInfo::StatusInfo(AppContext& app, QStatusBar* bar)
    : QObject(bar)
    , m_app(app) {
    const Database& db = app.database();
    m_file = new QLabel(bar);
    m_file->setText(db.isReadOnly() ? tr("%1 (read-only)").arg(QFileInfo(db.path()).fileName())
                                    : QFileInfo(db.path()).fileName());
    m_file->setToolTip(db.isReadOnly() ? tr("%1\nRead-only: %2").arg(db.path(), db.readOnlyReason())
                                       : db.path());
    m_counts = new QLabel(bar);
    m_counts->setObjectName(QStringLiteral("statusCounts"));
    m_backup = new QLabel(bar);
    m_backup->setObjectName(QStringLiteral("statusBackup"));
    for (QLabel* label : {m_file, m_counts, m_backup}) {
        label->setContentsMargins(8, 0, 8, 0);
        bar->addPermanentWidget(label);
    }
    connect(&app, &AppContext::dataChanged, this, &StatusInfo::refresh);
    // After the first page is painted: counting a million orders competes for the CPU.
    QTimer::singleShot(kStartDelayMs, this, &StatusInfo::refresh);
}

void StatusInfo::refresh() {
    if (m_refreshing) {
        m_again = true; // coalesce a burst of changes into one more read
        return;
    }
    m_refreshing = true;
    runInBackground<Figures>(m_app.database(), this, readFigures, [this](std::optional<Figures> f) {
        m_refreshing = false;
        if (f) {
            const QLocale l = m_app.locale();
            m_counts->setText(tr("%1 customers · %2 orders")
                                  .arg(l.toString(f->customers), l.toString(f->orders)));
            setLastBackup(f->lastBackup);
        }
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

void StatusInfo::setBackupRunning() {
    m_backup->setText(tr("Backing up…"));
}

void StatusInfo::setLastBackup(const QString& takenAt) {
    m_backup->setText(takenAt.isEmpty() ? tr("No backup yet")
                                        : tr("Last backup: %1").arg(m_app.dateTime(takenAt)));
}

} // namespace clientele
