// The main window's safety net: the backups dialog, the integrity check after opening with the
// offer of the newest good backup, the read-only banner, and a customer's data export and erase.
#include "app_context.h"
#include "background_pool.h"
#include "backup_runner.h"
#include "backups/backups_dialog.h"
#include "customers/customers_page.h"
#include "domain/customer_repository.h"
#include "file_dialog.h"
#include "main_window.h"
#include "maintenance/quick_check.h"
#include "message_box.h"
#include "privacy/customer_erase.h"
#include "privacy/customer_record.h"
#include "storage/backup_folder.h"
#include "storage/database.h"

#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QUndoStack>
#include <QtConcurrent>

namespace clientele {

void MainWindow::buildReadOnlyBanner(QWidget* parent) {
    m_readOnlyBanner = new QLabel(parent);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral(
        "QLabel#readOnlyBanner { background: #fff4d6; color: #5c4400; padding: 8px 14px;"
        " border-bottom: 1px solid #e8d39a; }"));
    m_readOnlyBanner->setText(
        tr("Read-only: %1 You can look and search, but nothing you change can be saved.")
            .arg(m_db->readOnlyReason()));
    m_readOnlyBanner->setVisible(m_db->isReadOnly());
}

void MainWindow::showBackups() {
    auto* dialog = new BackupsDialog(*m_db, m_backup, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupsDialog::restoreRequested, this, [this, dialog](const QString& path) {
        dialog->close();
        requestRestore(path);
    });
    dialog->open();
}

void MainWindow::requestRestore(const QString& backupPath) {
    if (auto request = confirmRestore(this, backupPath, m_db->path()))
        emit restoreRequested(*request);
}

void MainWindow::checkIntegrity() {
    auto* watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this, [this, watcher] {
        const Result<QStringList> problems = watcher->result();
        watcher->deleteLater();
        // A check that could not run says nothing about the file; opening worked, so go on.
        const QStringList found = problems ? *problems : QStringList();
        emit integrityChecked(found);
        if (!found.isEmpty())
            offerRestore(found);
    });
    const QString path = m_db->path();
    watcher->setFuture(
        QtConcurrent::run(backgroundPool(), [path] { return quickCheckFile(path); }));
}

void MainWindow::offerRestore(const QStringList& problems) {
    const QString damage =
        tr("The database file is damaged:\n%1").arg(problems.mid(0, 3).join(QLatin1Char('\n')));
    const auto backups = BackupFolder(*m_db).list();
    const auto good = std::find_if(backups.begin(), backups.end(), [](const BackupEntry& e) {
        return e.state == BackupEntry::State::Verified;
    });
    if (good == backups.end()) {
        MessageBox::critical(
            this, tr("Damaged Database"),
            damage + u'\n' + u'\n' +
                tr("There is no verified backup to go back to. Copy the file somewhere safe "
                   "before working on, and run “clientele-cli check” on the copy."));
        return;
    }
    const QString text =
        damage + u'\n' + u'\n' +
        tr("The newest good backup is from %1. Restore it now? The damaged file is kept.")
            .arg(good->takenAt);
    if (MessageBox::warning(this, tr("Damaged Database"), text, QMessageBox::Yes | QMessageBox::No,
                            QMessageBox::Yes) == QMessageBox::Yes)
        requestRestore(good->path);
}

void MainWindow::exportCustomerData() {
    const Id id = currentCustomer();
    auto customer = CustomerRepository(*m_db).get(id);
    if (!id || !customer) {
        MessageBox::information(this, tr("Export Customer's Data"),
                                tr("Open or select a customer first."));
        return;
    }
    const QString dir = FileDialog::getExistingDirectory(
        this, tr("Folder for everything held about %1").arg(customer->name));
    if (dir.isEmpty())
        return;
    auto written = exportCustomerRecord(*m_db, customer->ref, dir);
    if (!written) {
        MessageBox::warning(this, tr("Export Customer's Data"),
                            tr("The export failed: %1").arg(written.error().message));
        return;
    }
    MessageBox::information(this, tr("Export Customer's Data"),
                            tr("Everything held about %1 was written to %2 (%n file(s)).", "",
                               static_cast<int>(written->csvPaths.size()) + 1)
                                .arg(customer->name, QDir::toNativeSeparators(dir)));
}

void MainWindow::eraseCustomerData() {
    const Id id = currentCustomer();
    auto customer = CustomerRepository(*m_db).get(id);
    if (!id || !customer) {
        MessageBox::information(this, tr("Erase Customer's Personal Data"),
                                tr("Open or select a customer first."));
        return;
    }
    auto plan = planCustomerErase(*m_db, customer->ref);
    if (!plan) {
        MessageBox::warning(this, tr("Erase Customer's Personal Data"), plan.error().message);
        return;
    }
    const QString text =
        tr("Erase everything held about %1 (%2)?\n\n%3\n\nThis cannot be undone. Backups made "
           "before keep their copy until they are rotated away.")
            .arg(plan->name, plan->ref, plan->describe().join(QLatin1Char('\n')));
    if (MessageBox::warning(this, tr("Erase Customer's Personal Data"), text,
                            QMessageBox::Yes | QMessageBox::Cancel,
                            QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (Status erased = eraseCustomer(*m_db, *plan); !erased) {
        MessageBox::warning(this, tr("Erase Customer's Personal Data"),
                            tr("Nothing was erased: %1").arg(erased.error().message));
        return;
    }
    // Earlier edits of the erased customer can no longer be undone or redone.
    m_app->undoStack()->clear();
    m_app->notifyChanged(QStringLiteral("customer"));
    if (auto* customers = page<CustomersPage>())
        showPage(customers);
    emit m_app->statusMessage(tr("%1's personal data was erased.").arg(plan->name));
}

} // namespace clientele
