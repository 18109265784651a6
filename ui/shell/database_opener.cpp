#include "database_opener.h"

#include "file_dialog.h"
#include "message_box.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace clientele {

namespace {
struct DatabaseOpener {
    Q_DECLARE_TR_FUNCTIONS(DatabaseOpener)
};
} // namespace

std::unique_ptr<Database> openDatabaseInteractively(QString path, QWidget* parent) {
    for (;;) {
        OpenOptions options;
        options.mode = OpenMode::Create;
        options.readOnlyWhenLocked = true;
        auto db = Database::open(path, options);
        if (db)
            return std::move(*db);
        const QString text =
            DatabaseOpener::tr("This database cannot be opened:\n%1\n\nThe file was not "
                               "changed. Open another file?")
                .arg(db.error().message);
        if (MessageBox::warning(parent, DatabaseOpener::tr("Clientele"), text,
                                QMessageBox::Open | QMessageBox::Close,
                                QMessageBox::Open) != QMessageBox::Open)
            return nullptr;
        path = FileDialog::getOpenFileName(
            parent, DatabaseOpener::tr("Open a Clientele database"), QString(),
            DatabaseOpener::tr("Clientele databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
    }
}

} // namespace clientele
