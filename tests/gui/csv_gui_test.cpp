// CSV import, import history and export as the desktop app offers them (File menu).
#include "csv/export_dialog.h"
#include "csv/import_dialog.h"
#include "csv/import_history_dialog.h"
#include "customers/customer_list_model.h"
#include "customers/customers_page.h"
#include "gui_fixture.h"
#include "shell/file_dialog.h"
#include "shell/message_box.h"

#include <QAction>
#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>

using namespace clientele;
using namespace clientele::test;

namespace {

CustomersPage* showCustomers(MainWindow& window) {
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<CustomersPage>();
    REQUIRE(page);
    window.showPage(page);
    waitUntilLoaded(page->model());
    return page;
}

void click(QWidget* parent, const char* name) {
    auto* button = parent->findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
}

bool enabled(QWidget* parent, const char* name) {
    auto* button = parent->findChild<QPushButton*>(QLatin1String(name));
    REQUIRE(button);
    return button->isEnabled();
}

template <typename D>
void waitUntilDone(D* dialog) {
    REQUIRE(QTest::qWaitFor([&] { return !dialog->isBusy(); }, 20000));
}

QStringList listed(QListWidget* list) {
    QStringList lines;
    for (int i = 0; i < list->count(); ++i)
        lines << list->item(i)->text();
    return lines;
}

bool listShowsName(CustomerListModel* model, const QString& name) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, CustomerListModel::Name).data().toString() == name)
            return true;
    return false;
}

} // namespace

TEST_CASE("a customers file with a bad row lists its problem and writes nothing; fixed, it "
          "imports, shows in the list, and its batch can be undone",
          "[gui][csv-gui]") {
    MessageBox::clearAnswers();
    FileDialog::clearFileNames();
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    CustomersPage* page = showCustomers(window);
    const QString path = dir.path(QStringLiteral("new-customers.csv"));
    writeFile(path, "ref,name,city\nN-1,Zhao Min,Suzhou\nN-2,,Beijing\n");

    FileDialog::setNextFileName(path);
    window.action(QStringLiteral("importCsv"))->trigger();
    auto* dialog = openDialog<ImportDialog>(&window);
    REQUIRE(dialog);
    click(dialog, "browseImportFile");
    CHECK(dialog->kind() == QStringLiteral("customers")); // guessed from the header
    click(dialog, "checkImport");
    waitUntilDone(dialog);
    CHECK(listed(dialog->problemList()) ==
          QStringList{QStringLiteral("new-customers.csv:3: column name: a value is required")});
    CHECK(dialog->summaryText().contains(QStringLiteral("Nothing was written")));
    CHECK_FALSE(enabled(dialog, "runImport"));
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer") == 4);

    writeFile(path, "ref,name,city\nN-1,Zhao Min,Suzhou\nN-2,Qian Li,Beijing\n");
    dialog->setFile(path);
    click(dialog, "checkImport");
    waitUntilDone(dialog);
    CHECK(dialog->problemList()->count() == 0);
    CHECK(dialog->summaryText().contains(QStringLiteral("2 would be created")));
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer") == 4);
    click(dialog, "runImport");
    waitUntilDone(dialog);
    CHECK(dialog->summaryText().startsWith(QStringLiteral("Imported 2 rows: 2 created")));
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer") == 6);
    waitUntilLoaded(page->model());
    CHECK(page->model()->totalCount() == 6);
    CHECK(listShowsName(page->model(), QStringLiteral("Qian Li")));
    dialog->close();

    window.action(QStringLiteral("importHistory"))->trigger();
    auto* history = openDialog<ImportHistoryDialog>(&window);
    REQUIRE(history);
    REQUIRE(history->table()->rowCount() == 1);
    CHECK(history->table()->item(0, 1)->text() == QStringLiteral("customers"));
    CHECK(history->table()->item(0, 2)->text() == QStringLiteral("new-customers.csv"));
    history->table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    click(history, "undoImport");
    waitUntilDone(history);
    CHECK(MessageBox::queuedAnswers() == 0);
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer") == 4);
    CHECK_FALSE(history->table()->item(0, 8)->text().isEmpty()); // shown as undone
    CHECK_FALSE(enabled(history, "undoImport"));
    waitUntilLoaded(page->model());
    CHECK(page->model()->totalCount() == 4);
    CHECK_FALSE(listShowsName(page->model(), QStringLiteral("Qian Li")));
}

TEST_CASE("undoing an import whose rows were edited since says why and changes nothing",
          "[gui][csv-gui]") {
    MessageBox::clearAnswers();
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    const QString path = dir.path(QStringLiteral("more.csv"));
    writeFile(path, "ref,name\nN-9,Sun Yue\n");
    window.importCsv(path);
    auto* dialog = openDialog<ImportDialog>(&window);
    REQUIRE(dialog);
    waitUntilDone(dialog);
    INFO(dialog->summaryText().toStdString());
    click(dialog, "runImport");
    waitUntilDone(dialog);
    dialog->close();
    window.database().exec("UPDATE customer SET city = 'Xiamen' WHERE ref = 'N-9'");

    window.showImportHistory();
    auto* history = openDialog<ImportHistoryDialog>(&window);
    REQUIRE(history);
    history->table()->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes); // the confirmation
    MessageBox::setNextAnswer(QMessageBox::Ok);  // the refusal
    click(history, "undoImport");
    waitUntilDone(history);
    CHECK(MessageBox::lastText().contains(QStringLiteral("was not undone")));
    CHECK(
        MessageBox::lastText().contains(QStringLiteral("changed or deleted since (in customer)")));
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer WHERE ref = 'N-9'") == 1);
    CHECK(history->table()->item(0, 8)->text().isEmpty());
}

TEST_CASE("exporting customers writes a file that reads back with every customer",
          "[gui][csv-gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    window.action(QStringLiteral("exportCsv"))->trigger();
    auto* dialog = openDialog<ExportDialog>(&window);
    REQUIRE(dialog);
    dialog->setKind(QStringLiteral("customers"));
    const QString path = dir.path(QStringLiteral("customers-out.csv"));
    dialog->setOutputFile(path);
    click(dialog, "runExport");
    waitUntilDone(dialog);
    CHECK(dialog->resultText().startsWith(QStringLiteral("Written to")));
    const QStringList lines =
        QString::fromUtf8(readFile(path)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0].startsWith(QStringLiteral("ref,name,kind,")));
    CHECK(lines[1].startsWith(QStringLiteral("C000001,Acme Trading,company,")));
    CHECK(lines[3].startsWith(QStringLiteral("C000003,李华,person,")));

    // A dated kind takes the range: the shop's only order is of 2024-05-01.
    dialog->setKind(QStringLiteral("sales"));
    const QString sales = dir.path(QStringLiteral("sales-june.csv"));
    dialog->setOutputFile(sales);
    dialog->setDateRange(QStringLiteral("2024-06-01"), QString());
    click(dialog, "runExport");
    waitUntilDone(dialog);
    CHECK(readFile(sales).count("\r\n") == 1); // the header alone
    dialog->setDateRange(QStringLiteral("2024-05-01"), QStringLiteral("2024-05-31"));
    click(dialog, "runExport");
    waitUntilDone(dialog);
    CHECK(readFile(sales).count("\r\n") == 2);
}
