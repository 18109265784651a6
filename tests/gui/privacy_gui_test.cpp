// A customer's data export and erase from the desktop app.
#include "gui_fixture.h"
#include "shell/file_dialog.h"
#include "shell/message_box.h"

#include <QAction>
#include <QDir>
#include <QFile>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("erasing a customer from the app names what goes, asks, and removes them",
          "[gui][privacy]") {
    MessageBox::clearAnswers();
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.openCustomer(shop.wang);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    window.action(QStringLiteral("eraseCustomer"))->trigger();
    const QString asked = MessageBox::lastText();
    CHECK(asked.contains(QStringLiteral("王小明")));
    CHECK(asked.contains(QStringLiteral("cannot be undone")));
    // makeShop gives 王小明 one visit and one order: both are named.
    CHECK(asked.contains(QStringLiteral("visit")));
    CHECK(asked.contains(QStringLiteral("order")));
    CHECK(CustomerRepository(window.database()).get(shop.wang).ok()); // cancelled: still there

    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.action(QStringLiteral("eraseCustomer"))->trigger();
    CHECK_FALSE(CustomerRepository(window.database()).get(shop.wang).ok());
    CHECK(countRows(window.database(), "SELECT count(*) FROM visit") == 0);
    CHECK(countRows(window.database(), "SELECT count(*) FROM orders WHERE customer_id IS NULL") ==
          1); // kept for the accounts, detached
    CHECK(window.currentCustomer() == 0);
}

TEST_CASE("exporting a customer's data from the app writes the JSON and CSV files",
          "[gui][privacy]") {
    MessageBox::clearAnswers();
    FileDialog::clearFileNames();
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.openCustomer(shop.wang);
    const QString out = dir.path(QStringLiteral("wang"));
    QDir().mkpath(out);
    FileDialog::setNextFileName(out);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    window.action(QStringLiteral("exportCustomer"))->trigger();
    REQUIRE(QFile::exists(out + QStringLiteral("/customer.json")));
    CHECK(readFile(out + QStringLiteral("/customer.json")).contains("王小明"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("王小明")));
}
