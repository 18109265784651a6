#include "domain/product_repository.h"
#include "gui_fixture.h"
#include "orders/order_editor.h"
#include "orders/order_header_form.h"
#include "products/product_dialog.h"
#include "products/product_list_model.h"
#include "products/products_page.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

Id addProduct(Database& db, const QString& sku, const QString& name, const QString& category,
              Money price, Money cost) {
    Product p;
    p.sku = sku;
    p.name = name;
    p.category = category;
    p.unitPrice = price;
    p.unitCost = cost;
    auto id = ProductRepository(db).create(p);
    REQUIRE(id.ok());
    return *id;
}

QLineEdit* edit(ProductDialog& dialog, const char* field) {
    auto* line = qobject_cast<QLineEdit*>(dialog.field(QLatin1String(field)));
    REQUIRE(line);
    return line;
}

} // namespace

TEST_CASE("the products list shows margins and filters by text and category", "[gui][products]") {
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    addProduct(*db, QStringLiteral("OL-1"), QStringLiteral("乌龙茶"), QStringLiteral("Tea"), 4000,
               2500);
    addProduct(*db, QStringLiteral("CUP-9"), QStringLiteral("Tea cup"), QStringLiteral("Ware"), 900,
               300);
    MainWindow window(std::move(db));
    ProductListModel model(window.app());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    REQUIRE(model.rowCount() == 3); // by sku: CUP-9, GT-1, OL-1
    CHECK(model.index(0, ProductListModel::Sku).data().toString() == QStringLiteral("CUP-9"));
    // CUP-9: (9.00 - 3.00) / 9.00 = 66.67 %, 66.7 % rounded.
    CHECK(model.index(0, ProductListModel::Margin).data().toString() == QStringLiteral("66.7%"));
    CHECK(model.index(0, ProductListModel::Price).data().toString() == QStringLiteral("¥9.00"));
    CHECK(model.index(0, ProductListModel::Price).data(ProductListModel::SortRole).toLongLong() ==
          900);
    CHECK(model.index(0, ProductListModel::Price).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));

    // By margin: OL-1 37.5 %, GT-1 (12.50 - 7.00) / 12.50 = 44.0 %, CUP-9 66.7 %.
    model.sort(ProductListModel::Margin, Qt::AscendingOrder);
    CHECK(model.index(0, ProductListModel::Sku).data().toString() == QStringLiteral("OL-1"));
    CHECK(model.index(1, ProductListModel::Margin).data().toString() == QStringLiteral("44.0%"));

    ProductFilter tea;
    tea.text = QStringLiteral("tea");
    model.setFilter(tea);
    CHECK(model.rowCount() == 2); // Green tea and Tea cup; 乌龙茶 is only "tea" in English
    ProductFilter ware;
    ware.category = QStringLiteral("Ware");
    model.setFilter(ware);
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, ProductListModel::Name).data().toString() == QStringLiteral("Tea cup"));
}

TEST_CASE("a bad price in the product dialog is shown at the field and nothing is saved",
          "[gui][products]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPageNamed(QStringLiteral("products")));
    auto* page = window.page<ProductsPage>();
    REQUIRE(page->model()->rowCount() == 1);
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, ProductListModel::Name));
    QTest::keyClick(page->view(), Qt::Key_Return);
    QPointer<ProductDialog> dialog = openDialog<ProductDialog>(&window);
    REQUIRE(dialog);
    CHECK(edit(*dialog, "unit_price")->text() == QStringLiteral("12.50"));
    // 12.50 - 7.00 = 5.50 a unit, 44.0 %.
    CHECK(dialog->marginLabel()->text() == QStringLiteral("¥5.50 a unit (44.0%)"));

    // 13.80 - 7.00 = 6.80, 6.80 / 13.80 = 49.28 %: 49.3 % rounded.
    QLineEdit* price = edit(*dialog, "unit_price");
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("12,80"));
    dialog->accept();
    CHECK_FALSE(dialog->errorLabel(QStringLiteral("unit_price"))->text().isEmpty());
    CHECK(dialog->errorLabel(QStringLiteral("unit_cost"))->text().isEmpty());
    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("-1"));
    dialog->accept();
    CHECK(dialog->errorLabel(QStringLiteral("unit_price"))
              ->text()
              .contains(QStringLiteral("negative")));
    CHECK(ProductRepository(window.database()).get(shop.tea)->unitPrice == 1250);
    CHECK(window.app().undoStack()->count() == 0);

    price->selectAll();
    QTest::keyClicks(price, QStringLiteral("13.80"));
    CHECK(dialog->marginLabel()->text() == QStringLiteral("¥6.80 a unit (49.3%)"));
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));
    CHECK(ProductRepository(window.database()).get(shop.tea)->unitPrice == 1380);
    CHECK(page->model()->index(0, ProductListModel::Price).data().toString() ==
          QStringLiteral("¥13.80"));
    // The order taken before keeps the price of its day.
    CHECK(OrderRepository(window.database()).get(shop.order)->lines.at(0).unitPrice == 1200);
    window.app().undoStack()->undo();
    CHECK(ProductRepository(window.database()).get(shop.tea)->unitPrice == 1250);
}

TEST_CASE("Ctrl+N makes an order on the orders page and a product on the products page",
          "[gui][products][orders]") {
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    REQUIRE(window.showPageNamed(QStringLiteral("products")));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPointer<ProductDialog> product = openDialog<ProductDialog>(&window);
    REQUIRE(product);
    product->close();
    REQUIRE(QTest::qWaitFor([&] { return product.isNull(); }, 2000));

    REQUIRE(window.showPageNamed(QStringLiteral("orders")));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPointer<OrderEditor> order = openDialog<OrderEditor>(&window);
    REQUIRE(order);
    CHECK(order->header()->customerId() == 0);
    order->reject(); // nothing typed: closes without asking
    REQUIRE(QTest::qWaitFor([&] { return order.isNull(); }, 2000));
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer") == 4);
}
