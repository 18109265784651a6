#include "customers/customers_page.h"
#include "gui_fixture.h"
#include "shell/backup_runner.h"
#include "shell/preferences_dialog.h"
#include "shell/shortcuts_dialog.h"
#include "shell/status_info.h"
#include "storage/backup_folder.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableWidget>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("the status bar shows the counts and the last backup, Back Up Now makes one", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    QLabel* counts = window.statusInfo()->countsLabel();
    REQUIRE(QTest::qWaitFor([&] { return !counts->text().isEmpty(); }, 3000));
    CHECK(counts->text() == QStringLiteral("4 customers · 1 orders"));
    CHECK(window.statusInfo()->backupLabel()->text() == QStringLiteral("No backup yet"));

    QSignalSpy finished(window.backupRunner(), &BackupRunner::finished);
    window.action(QStringLiteral("backUp"))->trigger();
    REQUIRE(finished.wait(10000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK(BackupFolder(window.database()).list().size() == 1);
    CHECK(window.statusInfo()->backupLabel()->text().startsWith(QStringLiteral("Last backup: ")));
}

TEST_CASE("the keyboard shortcuts dialog lists the window's shortcuts", "[gui]") {
    TempDir dir;
    MainWindow window(createDatabase(dir));
    window.action(QStringLiteral("shortcuts"))->trigger();
    auto* dialog = openDialog<ShortcutsDialog>(&window);
    REQUIRE(dialog);
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("shortcutsTable"));
    REQUIRE(table);
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + u'=' + table->item(r, 1)->text();
    CHECK(rows.contains(QStringLiteral("Find Customer…=Ctrl+K")));
    CHECK(rows.contains(QStringLiteral("Log Visit or Call…=Ctrl+L")));
    CHECK(rows.contains(QStringLiteral("Undo=Ctrl+Z")));
}

TEST_CASE("preferences remember the start page and store the backup folder in the file", "[gui]") {
    TempDir dir;
    MainWindow window(createDatabase(dir));
    PreferencesDialog dialog(window.app(), {QStringLiteral("Customers")});
    dialog.backupFolder()->setText(dir.path(QStringLiteral("copies")));
    dialog.accept();
    CHECK(BackupFolder(window.database()).folder() == dir.path(QStringLiteral("copies")));
}
