#include "restore_flow.h"

#include "passphrase_prompt.h"
#include "shell/message_box.h"
#include "storage/backup.h"
#include "storage/encrypted_file.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace clientele {

namespace {
struct RestoreFlow {
    Q_DECLARE_TR_FUNCTIONS(RestoreFlow)
};
} // namespace

std::optional<RestoreRequest> confirmRestore(QWidget* parent, const QString& backupPath,
                                             const QString& dbPath) {
    const QFileInfo backup(backupPath);
    const QString text =
        RestoreFlow::tr(
            "Replace the database %1 with the backup %2 of %3?\n\nThe current file is not "
            "deleted: it is kept beside it, named %4.replaced-DATE-TIME.")
            .arg(QDir::toNativeSeparators(dbPath), backup.fileName(),
                 QLocale().toString(backup.lastModified(), QLocale::ShortFormat),
                 QFileInfo(dbPath).fileName());
    if (MessageBox::question(parent, RestoreFlow::tr("Restore Backup"), text) != QMessageBox::Yes)
        return std::nullopt;
    RestoreRequest request{backupPath, dbPath, {}};
    if (isEncryptedFile(backupPath)) {
        request.passphrase = PassphrasePrompt::ask(
            parent, RestoreFlow::tr("Encrypted Backup"),
            RestoreFlow::tr("%1 is encrypted. Type the passphrase it was made with.")
                .arg(backup.fileName()),
            false);
        if (request.passphrase.isEmpty())
            return std::nullopt;
    }
    return request;
}

bool performRestore(QWidget* parent, const RestoreRequest& request) {
    auto outcome = restoreDatabase(request.backupPath, request.dbPath, true, Clock::system(),
                                   request.passphrase);
    if (!outcome) {
        MessageBox::critical(
            parent, RestoreFlow::tr("Restore Backup"),
            RestoreFlow::tr("The backup was not restored: %1\n\nThe database was not changed.")
                .arg(outcome.error().message));
        return false;
    }
    QString text = RestoreFlow::tr("The backup was restored.");
    if (!outcome->replacedPath.isEmpty())
        text += u' ' + RestoreFlow::tr("The database it replaced is kept as %1.")
                           .arg(QDir::toNativeSeparators(outcome->replacedPath));
    MessageBox::information(parent, RestoreFlow::tr("Restore Backup"), text);
    return true;
}

} // namespace clientele
