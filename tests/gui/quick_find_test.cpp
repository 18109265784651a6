#include "customer_page/customer_page.h"
#include "gui_fixture.h"
#include "shell/quick_find.h"
#include "shell/quick_find_model.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>

using namespace clientele;
using namespace clientele::test;

namespace {

void waitForResults(MainWindow& window) {
    REQUIRE(QTest::qWaitFor([&] { return !window.quickFind()->model()->isSearching(); }, 5000));
}

Id shownCustomer(MainWindow& window) {
    return window.customerPage()->isVisible() ? window.customerPage()->customerId() : 0;
}

} // namespace

TEST_CASE("quick-find finds a caller by a phone fragment and opens their page on Enter", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QAbstractItemModelTester tester(window.quickFind()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
    QLineEdit* box = window.quickFind()->lineEdit();
    REQUIRE(box->hasFocus());
    QTest::keyClicks(box, QStringLiteral("0013"));
    waitForResults(window);
    REQUIRE(window.quickFind()->model()->rowCount() == 1);
    CHECK(window.quickFind()->resultsView()->isVisible());
    QTest::keyClick(box, Qt::Key_Return);
    CHECK(shownCustomer(window) == shop.wang);
    CHECK_FALSE(window.quickFind()->resultsView()->isVisible());
}

TEST_CASE("quick-find finds a customer by two Chinese characters of the name", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    window.quickFind()->activate();
    typeText(window.quickFind()->lineEdit(), QStringLiteral("小明"));
    CHECK(window.quickFind()->lineEdit()->text() == QStringLiteral("小明"));
    QuickFindModel* model = window.quickFind()->model();
    waitForResults(window);
    // The original and its duplicate both contain 小明; the exact start of a name ranks first.
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data(QuickFindModel::IdRole).value<Id>() == shop.wang);
    QTest::keyClick(window.quickFind()->lineEdit(), Qt::Key_Down);
    QTest::keyClick(window.quickFind()->lineEdit(), Qt::Key_Return);
    CHECK(shownCustomer(window) == shop.wangCopy);
}

TEST_CASE("an unknown number in quick-find offers a new customer with that phone", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QSignalSpy requested(&window.app(), &AppContext::newCustomerRequested);
    window.quickFind()->activate();
    QTest::keyClicks(window.quickFind()->lineEdit(), QStringLiteral("186 7777 1234"));
    waitForResults(window);
    REQUIRE(window.quickFind()->model()->rowCount() == 1);
    CHECK(window.quickFind()->model()->index(0, 0).data(QuickFindModel::IdRole).value<Id>() == 0);
    QTest::keyClick(window.quickFind()->lineEdit(), Qt::Key_Return);
    REQUIRE(requested.count() == 1);
    CHECK(requested.at(0).at(0).toString() == QStringLiteral("186 7777 1234"));
}

TEST_CASE("Enter pressed before the results arrive opens the first one when they do", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.quickFind()->activate();
    typeText(window.quickFind()->lineEdit(), QStringLiteral("李"));
    QTest::keyClick(window.quickFind()->lineEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return window.customerPage()->isVisible(); }, 5000));
    CHECK(window.customerPage()->customerId() == shop.li);
}
