// Stock in the app: the order editor's stock column and warning, and the Today page's list of
// products to reorder. The fixture's GT-1 starts at 0 and its order SO-1 took 2: -2 on hand.
#include "domain/product_repository.h"
#include "gui_fixture.h"
#include "orders/order_editor.h"
#include "orders/order_header_form.h"
#include "orders/order_lines_model.h"
#include "today/section_model.h"
#include "today/today_page.h"
#include "today/today_section.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QComboBox>
#include <QLabel>
#include <QTableView>

using namespace clientele;
using namespace clientele::test;

namespace {

// Counts GT-1 to `onHand` and sets its reorder level.
void countTea(Database& db, const Shop& shop, qint64 onHand, qint64 reorderLevel) {
    ProductRepository products(db);
    auto tea = products.get(shop.tea);
    REQUIRE(tea.ok());
    tea->stock = onHand;
    tea->reorderLevel = reorderLevel;
    REQUIRE(products.update(*tea).ok());
}

qint64 teaOnHand(Database& db, const Shop& shop) {
    return ProductRepository(db).get(shop.tea)->stock;
}

void setStatus(OrderEditor& editor, const char* status) {
    auto* combo = qobject_cast<QComboBox*>(editor.header()->field(QStringLiteral("status")));
    REQUIRE(combo);
    combo->setCurrentIndex(combo->findData(QLatin1String(status)));
}

} // namespace

TEST_CASE("the order editor shows each line's stock and warns, without blocking, when the order "
          "takes more than is on hand",
          "[gui][orders][stock]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    countTea(*db, shop, 5, 0);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    OrderEditor editor(window.app(), OrderEditor::newOrder(window.database(), shop.li), &window);
    OrderLinesModel* lines = editor.linesModel();
    QAbstractItemModelTester tester(lines, QAbstractItemModelTester::FailureReportingMode::Fatal);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    lines->addProduct(*ProductRepository(window.database()).get(shop.tea));
    const QModelIndex onHand = lines->index(0, OrderLinesModel::OnHand);
    CHECK(onHand.data().toString() == QStringLiteral("5"));
    CHECK(lines->headerData(OrderLinesModel::OnHand, Qt::Horizontal, Qt::DisplayRole) ==
          QStringLiteral("On hand"));
    CHECK_FALSE(editor.stockWarning()->isVisible()); // 1 of 5

    // 7 of 5: 5 - 7 = -2 after the order.
    lines->setData(lines->index(0, OrderLinesModel::Quantity), QStringLiteral("7"), Qt::EditRole);
    CHECK(editor.stockWarning()->isVisible());
    CHECK(editor.stockWarning()->text() ==
          QStringLiteral("Not enough in stock: GT-1 Green tea (5 on hand, -2 after this order). "
                         "The order can still be saved."));
    CHECK(onHand.data(Qt::ForegroundRole).value<QColor>() == QColor(0xc6, 0x28, 0x28));

    // A quote takes nothing; confirmed again, the warning is back.
    setStatus(editor, "quote");
    CHECK_FALSE(editor.stockWarning()->isVisible());
    CHECK_FALSE(onHand.data(Qt::ForegroundRole).isValid());
    setStatus(editor, "confirmed");
    CHECK(editor.stockWarning()->isVisible());

    // Saving is not blocked, and the stock goes below zero.
    editor.accept();
    CHECK(editor.result() == QDialog::Accepted);
    CHECK(teaOnHand(window.database(), shop) == -2);
}

TEST_CASE("reopening a saved order warns only about what an edit takes beyond what it holds",
          "[gui][orders][stock]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    countTea(*db, shop, 1, 0); // SO-1 holds 2 of GT-1; 1 more on the shelf
    MainWindow window(std::move(db));
    auto order = OrderRepository(window.database()).get(shop.order);
    REQUIRE(order.ok());
    OrderEditor editor(window.app(), *order, &window);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    OrderLinesModel* lines = editor.linesModel();
    CHECK(lines->index(0, OrderLinesModel::OnHand).data().toString() == QStringLiteral("1"));
    CHECK_FALSE(editor.stockWarning()->isVisible());
    lines->setData(lines->index(0, OrderLinesModel::Quantity), QStringLiteral("3"), Qt::EditRole);
    CHECK_FALSE(editor.stockWarning()->isVisible()); // one more: 1 - 1 = 0
    lines->setData(lines->index(0, OrderLinesModel::Quantity), QStringLiteral("4"), Qt::EditRole);
    CHECK(
        editor.stockWarning()->text().contains(QStringLiteral("(1 on hand, -1 after this order)")));
    editor.accept();
    CHECK(teaOnHand(window.database(), shop) == -1);
}

TEST_CASE("Today lists the products to reorder, read with the rest of the page",
          "[gui][today][stock]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db); // GT-1 at -2: sold beyond what was counted
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<TodayPage>();
    REQUIRE(page);
    window.showPage(page);
    waitUntilLoaded(page);
    TodaySection* section = page->lowStock();
    QAbstractItemModelTester tester(section->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(section->model()->rowCount() == 1);
    CHECK(section->heading()->text() == QStringLiteral("Stock to reorder (1)"));
    const auto cell = [&](int column) {
        return section->model()->index(0, column).data().toString();
    };
    CHECK(cell(0) == QStringLiteral("GT-1"));
    CHECK(cell(1) == QStringLiteral("Green tea"));
    CHECK(cell(2) == QStringLiteral("-2"));
    CHECK(cell(3) == QStringLiteral("0"));
    CHECK(section->model()->index(0, 0).data(SectionModel::OverdueRole).toBool());

    // Counted 8 with a reorder level of 10: still listed, 8 <= 10. Then 11: off the list.
    countTea(window.database(), shop, 8, 10);
    page->reload();
    waitUntilLoaded(page);
    REQUIRE(section->model()->rowCount() == 1);
    CHECK(cell(2) == QStringLiteral("8"));
    CHECK(cell(3) == QStringLiteral("10"));
    CHECK_FALSE(section->model()->index(0, 0).data(SectionModel::OverdueRole).toBool());
    countTea(window.database(), shop, 11, 10);
    page->reload();
    waitUntilLoaded(page);
    CHECK(section->model()->rowCount() == 0);
    CHECK(section->heading()->text() == QStringLiteral("Stock to reorder (0)"));
}
