#include "customers/customer_list_model.h"
#include "customers/customers_page.h"
#include "demo/demo_generator.h"
#include "shell/main_window.h"
#include "test_support.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

std::unique_ptr<Database> demoDatabase(const TempDir& dir, int customers) {
    auto db = createDatabase(dir);
    DemoOptions options;
    options.customers = customers;
    options.orders = customers * 3;
    options.endDay = dayNumber({2024, 6, 15});
    REQUIRE(generateDemo(*db, options).ok());
    return db;
}

} // namespace

TEST_CASE("the customer list model fetches pages lazily and passes the model tester", "[gui]") {
    TempDir dir;
    auto db = demoDatabase(dir, 650);
    CustomerListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.totalCount() == 650);
    CHECK(model.rowCount() < 650); // pages, not the whole table (the tester itself fetches some)
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 650);
    model.sort(CustomerListModel::Ref, Qt::DescendingOrder);
    CHECK(model.data(model.index(0, CustomerListModel::Ref), Qt::DisplayRole).toString() ==
          QStringLiteral("C000650"));
}

TEST_CASE("typing in the first window's search box filters the customer list", "[gui]") {
    TempDir dir;
    auto db = demoDatabase(dir, 300);
    const QString someName = sql::queryText(
        db->handle(), "SELECT name FROM customer WHERE kind = 'person' LIMIT 1 OFFSET 7");
    const QString ref = sql::queryText(
        db->handle(), "SELECT ref FROM customer WHERE kind = 'person' LIMIT 1 OFFSET 7");
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<CustomersPage>();
    REQUIRE(page);
    QSignalSpy reset(page->model(), &QAbstractItemModel::modelReset);
    page->searchBox()->setFocus();
    QTest::keyClicks(page->searchBox(), ref);
    REQUIRE(reset.wait(2000));
    CHECK(page->model()->totalCount() == 1);
    CHECK(page->model()
              ->data(page->model()->index(0, CustomerListModel::Name), Qt::DisplayRole)
              .toString() == someName);
}
