#include "preferences_dialog.h"

#include "app_context.h"
#include "app_language.h"
#include "file_dialog.h"
#include "storage/backup_folder.h"
#include "storage/database.h"
#include "sync/sync_folder.h"
#include "ui_settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

PreferencesDialog::PreferencesDialog(AppContext& app, const QStringList& pageTitles,
                                     QWidget* parent)
    : QDialog(parent)
    , m_app(app) {
    setWindowTitle(tr("Preferences"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_startPage = new QComboBox(this);
    m_startPage->addItems(pageTitles);
    m_startPage->setCurrentIndex(qBound(0, ui_settings::startPage.get(), m_startPage->count() - 1));
    form->addRow(tr("Open on"), m_startPage);
    m_language = new QComboBox(this);
    m_language->addItem(tr("System default (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    for (const QString& language : AppLanguage::available())
        m_language->addItem(AppLanguage::nativeName(language), language);
    m_language->setCurrentIndex(qMax(0, m_language->findData(AppLanguage::chosen())));
    auto* languageNote = new QLabel(tr("A new language is used from the next start."), this);
    languageNote->setEnabled(false);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), languageNote);
    m_autoBackup = new QCheckBox(tr("Back up automatically once a day when the app opens"), this);
    m_autoBackup->setChecked(ui_settings::autoBackup.get());
    form->addRow(tr("Backups"), m_autoBackup);
    m_backupFolder = new QLineEdit(BackupFolder(app.database()).folder(), this);
    form->addRow(tr("Backup folder"), folderRow(m_backupFolder, tr("Backup Folder")));
    m_syncFolder = new QLineEdit(app.database().setting(sync::syncFolderSettingKey()), this);
    m_syncFolder->setPlaceholderText(tr("None"));
    m_syncFolder->setToolTip(tr("A folder the other devices of this shop share (a USB stick, a "
                                "network share, a Syncthing or Nextcloud folder): the app "
                                "exchanges its changes with them there"));
    form->addRow(tr("Sync folder"), folderRow(m_syncFolder, tr("Sync Folder")));
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    layout->addWidget(buttons);
}

QLayout* PreferencesDialog::folderRow(QLineEdit* edit, const QString& caption) {
    auto* row = new QHBoxLayout;
    edit->setMinimumWidth(320);
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this, edit, caption] {
        const QString folder = FileDialog::getExistingDirectory(this, caption, edit->text());
        if (!folder.isEmpty())
            edit->setText(folder);
    });
    row->addWidget(edit, 1);
    row->addWidget(browse);
    return row;
}

void PreferencesDialog::accept() {
    Database& db = m_app.database();
    const QString syncFolder = m_syncFolder->text().trimmed();
    if (!syncFolder.isEmpty() && !QDir(syncFolder).exists()) {
        m_error->setText(tr("The sync folder %1 is not there (is the drive or share connected?).")
                             .arg(syncFolder));
        m_error->show();
        return;
    }
    const QString folder = m_backupFolder->text().trimmed();
    if (!folder.isEmpty() && !QDir().mkpath(folder)) {
        m_error->setText(tr("The folder %1 cannot be created.").arg(folder));
        m_error->show();
        return;
    }
    if (folder != BackupFolder(db).folder() && !db.isReadOnly()) {
        if (Status s = db.setSetting(BackupFolder::folderSettingKey(), folder); !s) {
            m_error->setText(s.error().message);
            m_error->show();
            return;
        }
    }
    if (syncFolder != db.setting(sync::syncFolderSettingKey()) && !db.isReadOnly()) {
        if (Status s = db.setSetting(sync::syncFolderSettingKey(), syncFolder); !s) {
            m_error->setText(s.error().message);
            m_error->show();
            return;
        }
    }
    ui_settings::startPage.set(m_startPage->currentIndex());
    ui_settings::autoBackup.set(m_autoBackup->isChecked());
    AppLanguage::choose(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace clientele
