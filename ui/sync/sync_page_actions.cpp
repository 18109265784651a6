// What the Sync page does: the sync folder and its runs, packet files, conflicts and renaming.
#include "conflict_list_model.h"
#include "shell/app_context.h"
#include "shell/file_dialog.h"
#include "shell/message_box.h"
#include "storage/database.h"
#include "sync/conflict_resolution.h"
#include "sync/sync_exchange.h"
#include "sync_commands.h"
#include "sync_labels.h"
#include "sync_page.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTimer>

namespace clientele {

namespace {

QString packetFilter() {
    return QCoreApplication::translate("SyncPage",
                                       "Clientele sync packets (*.clpacket);;All files (*)");
}

// What notifyChanged is told after a conflict's value is written back into its record.
QString changedKind(const QString& table) {
    if (table == QLatin1String("orders") || table == QLatin1String("order_line"))
        return QStringLiteral("order");
    for (const char* kind : {"customer", "product", "task", "ticket", "visit", "campaign"})
        if (table == QLatin1String(kind))
            return table;
    return {};
}

} // namespace

QString SyncPage::syncFolder() const {
    return app().database().setting(sync::syncFolderSettingKey());
}

Status SyncPage::setSyncFolder(const QString& folder) {
    Status saved = app().database().setSetting(sync::syncFolderSettingKey(), folder.trimmed());
    m_folder->setText(syncFolder());
    return saved;
}

void SyncPage::chooseFolder() {
    const QString folder = FileDialog::getExistingDirectory(
        this, tr("Sync Folder (shared with the other devices)"), syncFolder());
    if (folder.isEmpty())
        return;
    if (Status s = setSyncFolder(folder); !s) {
        MessageBox::warning(this, tr("Sync Folder"), s.error().message);
        return;
    }
    startFolderSync(false);
}

void SyncPage::syncNow() {
    if (app().database().isReadOnly())
        return;
    if (syncFolder().isEmpty()) {
        chooseFolder();
        return;
    }
    startFolderSync(false);
}

void SyncPage::syncAutomatically() {
    if (!m_closing && !syncFolder().isEmpty() && !m_runner->isRunning())
        startFolderSync(true);
}

void SyncPage::startFolderSync(bool quiet) {
    m_quiet = quiet;
    m_runner->syncFolder(syncFolder());
}

bool SyncPage::syncBeforeClose(std::function<void()> done) {
    if (m_closing || syncFolder().isEmpty() || app().database().isReadOnly())
        return false;
    m_closing = true;
    m_timer->stop();
    m_afterClose = std::move(done);
    // A job under way finishes first; onFinished then starts the last sync.
    if (!m_runner->isRunning()) {
        m_closeSyncStarted = true;
        startFolderSync(true);
    }
    return true;
}

void SyncPage::exportPacket() {
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_deviceNameShown.isEmpty()
                          ? QStringLiteral("clientele.clpacket")
                          : m_deviceNameShown + QStringLiteral(".clpacket"));
    const QString path =
        FileDialog::getSaveFileName(this, tr("Export Packet"), suggested, packetFilter());
    if (!path.isEmpty())
        m_runner->exportFile(path);
}

void SyncPage::importPacket() {
    const QString path = FileDialog::getOpenFileName(this, tr("Import Packet"), {}, packetFilter());
    if (!path.isEmpty())
        m_runner->importFile(path);
}

void SyncPage::onStarted() {
    updateActions();
    if (!m_quiet)
        m_lastSync->setText(tr("Syncing…"));
}

void SyncPage::onFinished(const SyncRunner::Report& report) {
    if (report.job == SyncRunner::Job::Folder)
        showFolderOutcome(report);
    else
        showFileOutcome(report);
    m_quiet = false;
    if (report.applied() > 0)
        app().notifyChanged(); // other devices' changes can touch any page, this one too
    else
        refresh();
    updateActions();
    if (!m_closing || !m_afterClose)
        return;
    if (!m_closeSyncStarted) {
        m_closeSyncStarted = true;
        startFolderSync(true);
        return;
    }
    // Queued: the window closes once this signal is over, not from inside it.
    QTimer::singleShot(0, this, std::exchange(m_afterClose, {}));
}

void SyncPage::showFolderOutcome(const SyncRunner::Report& report) {
    QStringList problems;
    if (!report.ok())
        problems << report.error;
    for (const sync::FolderProblem& p : report.folder.problems)
        problems << p.message;
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    const QString now = app().dateTime(app().clock().nowText());
    if (!report.ok()) {
        m_lastSync->setText(tr("%1: failed").arg(now));
        emit app().statusMessage(tr("Sync: %1").arg(report.error));
        return;
    }
    const sync::FolderSyncOutcome& f = report.folder;
    const QString applied = syncCount(f.applied(), tr("1 change from other devices applied"),
                                      tr("%1 changes from other devices applied"));
    QString summary = tr("%1: %2").arg(now, applied);
    if (f.conflicts() > 0)
        summary +=
            tr(", %1").arg(syncCount(f.conflicts(), tr("1 new conflict"), tr("%1 new conflicts")));
    summary += f.exported.unchanged
                   ? tr("; this device's packet had nothing new")
                   : tr("; this device's packet holds %1")
                         .arg(syncCount(f.exported.changesets, tr("1 change"), tr("%1 changes")));
    m_lastSync->setText(summary);
    if (!f.problems.empty()) {
        const QString first = QFileInfo(f.problems.front().file).fileName();
        emit app().statusMessage(
            f.problems.size() == 1
                ? tr("Sync: %1 could not be read (see the Sync page)").arg(first)
                : tr("Sync: %1 packets could not be read, the first %2 (see the Sync page)")
                      .arg(f.problems.size())
                      .arg(first));
    } else if (!m_quiet || f.applied() > 0)
        emit app().statusMessage(tr("Synced: %1").arg(applied));
}

void SyncPage::showFileOutcome(const SyncRunner::Report& report) {
    const bool importing = report.job == SyncRunner::Job::ImportFile;
    if (!report.ok()) {
        m_problems->setText(report.error);
        m_problems->show();
        MessageBox::warning(this, importing ? tr("Import Packet") : tr("Export Packet"),
                            report.error);
        return;
    }
    m_problems->hide();
    const QString file = QDir::toNativeSeparators(report.path);
    QString summary;
    if (importing) {
        summary = tr("Imported %1 from “%2”: %3")
                      .arg(file, report.imported.source,
                           syncCount(report.imported.applied, tr("1 change applied"),
                                     tr("%1 changes applied")));
        if (report.imported.conflicts > 0)
            summary += tr(", %1").arg(
                syncCount(report.imported.conflicts, tr("1 new conflict"), tr("%1 new conflicts")));
    } else {
        summary =
            tr("Exported %1 to %2")
                .arg(syncCount(report.exported.changesets, tr("1 change"), tr("%1 changes")), file);
    }
    m_lastSync->setText(summary);
    emit app().statusMessage(summary);
}

void SyncPage::acceptCurrent() {
    const int row = currentRow();
    if (row < 0 || app().database().isReadOnly())
        return;
    if (Status s = app().execute(new AcceptConflictCommand(app(), m_conflicts->entryAt(row).id));
        !s)
        MessageBox::warning(this, tr("Accept"), s.error().message);
}

void SyncPage::restoreCurrent() {
    const int row = currentRow();
    if (row < 0 || app().database().isReadOnly())
        return;
    const sync::ConflictEntry entry = m_conflicts->entryAt(row);
    if (!entry.isWholeRecord()) {
        if (Status s = app().execute(
                new RestoreConflictCommand(app(), entry.id, changedKind(entry.table)));
            !s)
            MessageBox::warning(this, tr("Restore Other Value"), s.error().message);
        return;
    }
    // Another device deleted the record, an edit here brought it back: deleting it again cannot
    // be undone from here (what went with it is not kept).
    if (MessageBox::question(this, tr("Delete Again"),
                             tr("“%1” was deleted on another device and came back with an edit. "
                                "Delete it again, on every device? This cannot be undone.")
                                 .arg(entry.record.text)) != QMessageBox::Yes)
        return;
    if (Status s = sync::deleteConflictRecord(app().database(), entry.id); !s) {
        MessageBox::warning(this, tr("Delete Again"), s.error().message);
        return;
    }
    app().notifyChanged(changedKind(entry.table));
}

void SyncPage::renameDevice() {
    const QString name = m_deviceName->text().trimmed();
    if (name.isEmpty() || name == m_deviceNameShown || app().database().isReadOnly())
        return;
    // A copy not in a family yet has no name to go back to: it joins one with this name.
    const Status s = m_deviceNameShown.isEmpty()
                         ? sync::renameDevice(app().database(), name)
                         : app().execute(new RenameDeviceCommand(app(), m_deviceNameShown, name));
    if (!s)
        MessageBox::warning(this, tr("Rename Device"), s.error().message);
    else if (m_deviceNameShown.isEmpty())
        app().notifyChanged(QStringLiteral("sync"));
}

} // namespace clientele
