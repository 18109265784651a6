#include "backups_dialog.h"

#include "passphrase_prompt.h"
#include "shell/background.h"
#include "shell/backup_runner.h"
#include "shell/file_dialog.h"
#include "shell/message_box.h"
#include "storage/backup.h"
#include "storage/backup_folder.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

QString stateText(BackupEntry::State state) {
    switch (state) {
    case BackupEntry::State::Verified:
        return BackupsDialog::tr("Verified");
    case BackupEntry::State::ChangedSinceVerified:
        return BackupsDialog::tr("Changed since it was verified");
    case BackupEntry::State::Unverified:
        break;
    }
    return BackupsDialog::tr("Not verified");
}

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft) {
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment | Qt::AlignVCenter);
    return cell;
}

} // namespace

BackupsDialog::BackupsDialog(Database& db, BackupRunner* runner, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_runner(runner) {
    setWindowTitle(tr("Backups"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    m_folder = new QLabel(this);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folder);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("backupsTable"));
    m_table->setHorizontalHeaderLabels({tr("Taken"), tr("Size"), tr("State")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);

    auto* row = new QHBoxLayout;
    const bool writable = !db.isReadOnly();
    auto* now = button(tr("Back Up Now"), nullptr);
    connect(now, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->start();
    });
    row->addWidget(now);
    row->addWidget(button(tr("Encrypted Copy…"), &BackupsDialog::makeEncryptedCopy));
    m_restore = button(tr("Restore Selected…"), &BackupsDialog::restoreSelected);
    m_restore->setEnabled(writable);
    row->addWidget(m_restore);
    auto* fromFile = button(tr("Restore From File…"), &BackupsDialog::restoreFromFile);
    fromFile->setEnabled(writable);
    row->addWidget(fromFile);
    row->addStretch();
    layout->addLayout(row);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);

    if (m_runner)
        connect(m_runner, &BackupRunner::finished, this, &BackupsDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this, writable] {
        m_restore->setEnabled(writable && !m_table->selectedItems().isEmpty());
    });
    refresh();
}

QPushButton* BackupsDialog::button(const QString& text, void (BackupsDialog::*slot)()) {
    auto* b = new QPushButton(text, this);
    if (slot)
        connect(b, &QPushButton::clicked, this, slot);
    return b;
}

void BackupsDialog::refresh() {
    BackupFolder folder(m_db);
    m_folder->setText(
        tr("Automatic backups go to %1 (change the folder in Preferences; a USB stick or a synced "
           "folder is a good place). The open database itself is protected only by the "
           "computer's disk encryption: for the road, make an encrypted copy.")
            .arg(QDir::toNativeSeparators(folder.folder())));
    const auto entries = folder.list();
    m_table->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    for (int r = 0; r < static_cast<int>(entries.size()); ++r) {
        const BackupEntry& e = entries[static_cast<size_t>(r)];
        auto* taken = item(e.takenAt);
        taken->setData(Qt::UserRole, e.path);
        taken->setToolTip(QDir::toNativeSeparators(e.path));
        m_table->setItem(r, 0, taken);
        m_table->setItem(r, 1, item(locale.formattedDataSize(e.bytes), Qt::AlignRight));
        m_table->setItem(r, 2, item(stateText(e.state)));
    }
    m_restore->setEnabled(!m_db.isReadOnly() && !m_table->selectedItems().isEmpty());
}

void BackupsDialog::makeEncryptedCopy() {
    const QString out = FileDialog::getSaveFileName(
        this, tr("Encrypted Copy"),
        QFileInfo(m_db.path()).completeBaseName() + QStringLiteral(".encrypted"),
        tr("Encrypted backups (*.encrypted);;All files (*)"));
    if (out.isEmpty())
        return;
    const QByteArray passphrase = PassphrasePrompt::ask(
        this, tr("Encrypted Copy"),
        tr("Choose a passphrase. Without it the copy cannot be read by anyone, you included: "
           "keep it somewhere safe, apart from the copy."),
        true);
    if (passphrase.isEmpty())
        return;
    runInBackground<Status>(
        m_db, this,
        [out, passphrase](Database& db) { return backupDatabaseEncrypted(db, out, passphrase); },
        [this, out](std::optional<Status> status) {
            const bool ok = status && status->ok();
            const QString message = ok       ? QDir::toNativeSeparators(out)
                                    : status ? status->error().message
                                             : tr("the database could not be read");
            if (ok)
                MessageBox::information(this, tr("Encrypted Copy"),
                                        tr("The encrypted copy was written to %1.").arg(message));
            else
                MessageBox::warning(this, tr("Encrypted Copy"),
                                    tr("The encrypted copy failed: %1").arg(message));
            emit encryptedCopyFinished(ok, message);
        });
}

void BackupsDialog::restoreSelected() {
    const auto selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    const QString path = m_table->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    emit restoreRequested(path);
}

void BackupsDialog::restoreFromFile() {
    const QString path =
        FileDialog::getOpenFileName(this, tr("Restore From File"), BackupFolder(m_db).folder(),
                                    tr("Backups (*.sqlite *.db *.encrypted);;All files (*)"));
    if (!path.isEmpty())
        emit restoreRequested(path);
}

} // namespace clientele
