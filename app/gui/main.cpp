// clientele: the desktop application. Argument parsing and opening the database; the window is in
// ui/.
#include "shell/main_window.h"
#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace clientele;

namespace {

QString defaultDatabasePath() {
    const QString env = qEnvironmentVariable("CLIENTELE_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/clientele.sqlite");
}

// Opens path, or explains why not and lets the user pick another file (never modifying a
// refused one). Returns null when the user gives up.
std::unique_ptr<Database> openInteractively(QString path) {
    for (;;) {
        OpenOptions options;
        options.mode = OpenMode::Create;
        options.readOnlyWhenLocked = true;
        auto db = Database::open(path, options);
        if (db)
            return std::move(*db);
        QMessageBox box(QMessageBox::Warning, QObject::tr("Clientele"),
                        QObject::tr("This database cannot be opened."));
        box.setInformativeText(db.error().message);
        QPushButton* other =
            box.addButton(QObject::tr("Open Another File…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != other)
            return nullptr;
        path = QFileDialog::getOpenFileName(
            nullptr, QObject::tr("Open a Clientele database"), QString(),
            QObject::tr("Clientele databases (*.sqlite *.db);;All files (*)"));
        if (path.isEmpty())
            return nullptr;
    }
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Clientele"));
    QApplication::setApplicationName(QStringLiteral("Clientele"));
    QApplication::setApplicationVersion(QStringLiteral(CLIENTELE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(CLIENTELE_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Clientele, the offline customer relationship manager"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Database file to open."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);

    auto db =
        openInteractively(parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath());
    if (!db)
        return 3;
    MainWindow window(std::move(db));
    window.show();
    return QApplication::exec();
}
