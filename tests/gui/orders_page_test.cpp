#include "customer_page/customer_page.h"
#include "customer_page/table_tab.h"
#include "gui_fixture.h"
#include "orders/order_editor.h"
#include "orders/order_filter_bar.h"
#include "orders/order_lines_model.h"
#include "orders/order_list_model.h"
#include "orders/orders_page.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPointer>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>

using namespace clientele;
using namespace clientele::test;

namespace {

// Two more orders for 李华: SO-2 paid in full (3 x 12.50 = 37.50), SO-3 a quote (1 x 12.50).
void addLiOrders(Database& db, const Shop& shop) {
    Order paid;
    paid.number = QStringLiteral("SO-2");
    paid.customerId = shop.li;
    paid.orderedAt = QStringLiteral("2024-05-03 15:00:00");
    paid.status = QStringLiteral("paid");
    paid.channel = QStringLiteral("shop");
    paid.paidAmount = 3750;
    paid.paidAt = QStringLiteral("2024-05-03 15:05:00");
    OrderLine line;
    line.productId = shop.tea;
    line.quantity = 3;
    line.unitPrice = 1250;
    paid.lines.push_back(line);
    REQUIRE(OrderRepository(db).create(paid).ok());
    Order quote = paid;
    quote.number = QStringLiteral("SO-3");
    quote.status = QStringLiteral("quote");
    quote.orderedAt = QStringLiteral("2024-05-04 09:00:00");
    quote.paidAmount = 0;
    quote.paidAt.clear();
    quote.lines[0].quantity = 1;
    REQUIRE(OrderRepository(db).create(quote).ok());
}

// The order numbers shown, joined with commas.
QString numbers(const OrderListModel& model) {
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, OrderListModel::Number).data().toString();
    return out.join(u',');
}

} // namespace

TEST_CASE("the orders list filters by status, unpaid and text in SQL", "[gui][orders]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    addLiOrders(*db, shop);
    MainWindow window(std::move(db));
    OrderListModel model(window.app());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(OrderListModel::Number, Qt::AscendingOrder);
    CHECK(numbers(model) == QStringLiteral("SO-1,SO-2,SO-3"));

    // SO-1: 2 x 12.00 = 24.00, cost 2 x 7.00 = 14.00 captured from the catalogue.
    CHECK(model.index(0, OrderListModel::Total).data().toString() == QStringLiteral("¥24.00"));
    CHECK(model.index(0, OrderListModel::Profit).data().toString() == QStringLiteral("¥10.00"));
    CHECK(model.index(0, OrderListModel::Total).data(OrderListModel::SortRole).toLongLong() ==
          2400);
    CHECK(model.index(0, OrderListModel::Total).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(model.index(1, OrderListModel::Customer).data().toString() == QStringLiteral("李华"));
    CHECK(model.index(1, OrderListModel::Paid).data().toString() == QStringLiteral("¥37.50"));

    OrderFilter paid;
    paid.status = QStringLiteral("paid");
    model.setFilter(paid);
    CHECK(numbers(model) == QStringLiteral("SO-2"));

    // Unpaid: SO-1 owes 24.00; SO-2 is paid and SO-3 is only a quote.
    OrderFilter unpaid;
    unpaid.unpaidOnly = true;
    model.setFilter(unpaid);
    CHECK(numbers(model) == QStringLiteral("SO-1"));
    CHECK(model.totalCount() == 1);

    OrderFilter byName;
    byName.text = QStringLiteral("李");
    model.setFilter(byName);
    CHECK(numbers(model) == QStringLiteral("SO-2,SO-3"));
    OrderFilter byNumber;
    byNumber.text = QStringLiteral("SO-3");
    model.setFilter(byNumber);
    CHECK(numbers(model) == QStringLiteral("SO-3"));
}

TEST_CASE("the orders page filters from its bar and opens an order on Enter", "[gui][orders]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    addLiOrders(*db, shop);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<OrdersPage>();
    REQUIRE(page);
    REQUIRE(window.showPageNamed(QStringLiteral("orders")));
    waitUntilLoaded(page->model());
    CHECK(page->model()->totalCount() == 3);

    QComboBox* status = page->filterBar()->combo(QStringLiteral("status"));
    status->setCurrentIndex(status->findData(QStringLiteral("quote")));
    waitUntilLoaded(page->model());
    CHECK(numbers(*page->model()) == QStringLiteral("SO-3"));
    status->setCurrentIndex(0);
    page->filterBar()->unpaidCheck()->setChecked(true);
    waitUntilLoaded(page->model());
    CHECK(numbers(*page->model()) == QStringLiteral("SO-1"));

    Id opened = 0;
    QObject::connect(&window.app(), &AppContext::openOrderRequested, &window,
                     [&](Id id) { opened = id; });
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    QTest::keyClick(page->view(), Qt::Key_Return);
    CHECK(opened == shop.order);
}

TEST_CASE("an order on the customer page opens in the editor and the list waits to be shown",
          "[gui][orders]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK_FALSE(window.page<OrdersPage>()->model()->isLoaded()); // nothing read at start-up

    window.openCustomer(shop.wang);
    CustomerPage* page = window.customerPage();
    TableTab* orders = page->tableTab(QStringLiteral("orders"));
    REQUIRE(orders);
    page->tabs()->setCurrentWidget(orders);
    REQUIRE(orders->model()->rowCount() == 1);
    emit orders->view()->activated(orders->view()->model()->index(0, 0));
    QPointer<OrderEditor> editor = openDialog<OrderEditor>(&window);
    REQUIRE(editor);
    CHECK(editor->windowTitle().contains(QStringLiteral("SO-1")));
    CHECK(editor->linesModel()->rowCount() == 1);
    editor->reject();
}
