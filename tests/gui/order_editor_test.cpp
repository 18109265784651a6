#include "customer_page/customer_header.h"
#include "customer_page/customer_page.h"
#include "gui_fixture.h"
#include "orders/order_editor.h"
#include "orders/order_header_form.h"
#include "orders/order_lines_model.h"
#include "orders/product_search.h"
#include "shell/message_box.h"
#include "shell/quick_find.h"
#include "shell/quick_find_model.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

QPushButton* buttonNamed(QWidget* parent, const QString& text) {
    for (auto* b : parent->findChildren<QPushButton*>())
        if (b->text() == text)
            return b;
    return nullptr;
}

// Types into whatever has the editor's focus (the cell editor the view opened).
void typeIntoFocus(OrderEditor& editor, const QString& text) {
    QWidget* focus = editor.focusWidget();
    REQUIRE(focus);
    QTest::keyClicks(focus, text);
}

void addProduct(OrderEditor& editor, const QString& sku) {
    QLineEdit* search = editor.productSearch()->lineEdit();
    search->setFocus();
    typeText(search, sku);
    QTest::keyClick(search, Qt::Key_Return);
    // The new line's quantity cell opens for typing.
    REQUIRE(QTest::qWaitFor(
        [&] {
            QWidget* focus = editor.focusWidget();
            return focus && editor.linesView()->isAncestorOf(focus);
        },
        2000));
}

} // namespace

TEST_CASE("an order entered from the customer page shows live totals and can be undone once saved",
          "[gui][orders]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.openCustomer(shop.wang);
    CustomerHeader* header = window.customerPage()->header();
    REQUIRE(header->figure(QStringLiteral("revenue")) == QStringLiteral("¥24.00"));

    QPushButton* newOrder = buttonNamed(window.customerPage(), QStringLiteral("New Order"));
    REQUIRE(newOrder);
    QTest::mouseClick(newOrder, Qt::LeftButton);
    QPointer<OrderEditor> editor = openDialog<OrderEditor>(&window);
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowActive(editor));
    CHECK(editor->header()->customerId() == shop.wang);
    CHECK(editor->header()->customerPicker()->lineEdit()->text() == QStringLiteral("王小明"));
    QAbstractItemModelTester tester(editor->linesModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);

    // GT-1 comes at the catalogue's 12.50 with its cost of 7.00: 5.50 profit, 44.0 %.
    addProduct(*editor, QStringLiteral("GT-1"));
    REQUIRE(editor->linesModel()->rowCount() == 1);
    CHECK(editor->figure(QStringLiteral("total")) == QStringLiteral("¥12.50"));
    CHECK(editor->figure(QStringLiteral("profit")) == QStringLiteral("¥5.50 (44.0%)"));

    // The quantity cell is open with its text selected: typing 3 replaces it.
    typeIntoFocus(*editor, QStringLiteral("3"));
    CHECK(editor->figure(QStringLiteral("total")) == QStringLiteral("¥37.50"));
    CHECK(editor->figure(QStringLiteral("cost")) == QStringLiteral("¥21.00"));
    CHECK(editor->figure(QStringLiteral("profit")) == QStringLiteral("¥16.50 (44.0%)"));

    // Tab goes on to the unit price, then the discount: 1.50 off the line.
    QTest::keyClick(editor->focusWidget(), Qt::Key_Tab);
    QTest::keyClick(editor->focusWidget(), Qt::Key_Tab);
    typeIntoFocus(*editor, QStringLiteral("1.50"));
    // 37.50 - 1.50 = 36.00; profit 36.00 - 21.00 = 15.00, 1500 / 3600 = 41.67 %, 41.7 % rounded.
    CHECK(editor->figure(QStringLiteral("total")) == QStringLiteral("¥36.00"));
    CHECK(editor->figure(QStringLiteral("profit")) == QStringLiteral("¥15.00 (41.7%)"));
    CHECK(editor->figure(QStringLiteral("outstanding")) == QStringLiteral("¥36.00"));

    QTest::keyClick(editor->focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return editor.isNull(); }, 2000));

    Database& data = window.database();
    CHECK(countRows(data, "SELECT count(*) FROM orders") == 2);
    CHECK(countRows(data, "SELECT unit_cost FROM order_line WHERE discount = 150") == 700);
    // 24.00 + 36.00 on the customer's page, and profit 10.00 + 15.00.
    CHECK(header->figure(QStringLiteral("revenue")) == QStringLiteral("¥60.00"));
    CHECK(header->figure(QStringLiteral("profit")) == QStringLiteral("¥25.00"));
    CHECK(header->figure(QStringLiteral("orders")) == QStringLiteral("2"));

    window.app().undoStack()->undo();
    CHECK(countRows(data, "SELECT count(*) FROM orders") == 1);
    CHECK(header->figure(QStringLiteral("revenue")) == QStringLiteral("¥24.00"));
    window.app().undoStack()->redo();
    CHECK(header->figure(QStringLiteral("revenue")) == QStringLiteral("¥60.00"));
}

TEST_CASE("the order editor shows problems next to fields and saves nothing", "[gui][orders]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    OrderEditor editor(window.app(), OrderEditor::newOrder(window.database(), 0));
    CHECK(editor.header()->customerId() == 0);
    editor.accept();
    CHECK_FALSE(editor.header()->errorLabel(QStringLiteral("customer_ref"))->text().isEmpty());
    CHECK(editor.linesError()->text().contains(QStringLiteral("at least one line")));

    editor.header()->setCustomer(shop.li);
    editor.linesModel()->addProduct(*ProductRepository(window.database()).get(shop.tea));
    editor.linesModel()->setData(editor.linesModel()->index(0, OrderLinesModel::Quantity),
                                 QStringLiteral("two"), Qt::EditRole);
    editor.header()->paidEdit()->setText(QStringLiteral("abc"));
    editor.accept();
    CHECK(editor.header()->errorLabel(QStringLiteral("customer_ref"))->text().isEmpty());
    CHECK_FALSE(editor.header()->errorLabel(QStringLiteral("paid_amount"))->text().isEmpty());
    CHECK(editor.linesError()->text().contains(QStringLiteral("line 1: Quantity")));
    CHECK(countRows(window.database(), "SELECT count(*) FROM orders") == 1);
    CHECK(editor.result() != QDialog::Accepted);

    // Escape with unsaved changes asks first; No keeps the editor open.
    bool closed = false;
    QObject::connect(&editor, &QDialog::finished, &editor, [&] { closed = true; });
    MessageBox::setNextAnswer(QMessageBox::No);
    editor.reject();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    CHECK_FALSE(closed);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    editor.reject();
    CHECK(closed);
}

TEST_CASE("editing a stored order can be undone to the order as it was", "[gui][orders]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    emit window.app().openOrderRequested(shop.order);
    QPointer<OrderEditor> editor = openDialog<OrderEditor>(&window);
    REQUIRE(editor);
    CHECK_FALSE(editor->hasUnsavedChanges());
    // SO-1 as stored: 2 x 12.00 at a cost of 7.00.
    CHECK(editor->figure(QStringLiteral("total")) == QStringLiteral("¥24.00"));
    OrderLinesModel* lines = editor->linesModel();
    lines->setData(lines->index(0, OrderLinesModel::Quantity), QStringLiteral("5"), Qt::EditRole);
    CHECK(editor->hasUnsavedChanges());
    CHECK(editor->figure(QStringLiteral("total")) == QStringLiteral("¥60.00"));
    editor->accept();
    REQUIRE(QTest::qWaitFor([&] { return editor.isNull(); }, 2000));
    auto saved = OrderRepository(window.database()).get(shop.order);
    REQUIRE(saved.ok());
    CHECK(saved->lines.at(0).quantity == 5);
    CHECK(saved->lines.at(0).unitCost == std::optional<Money>(700));
    window.app().undoStack()->undo();
    CHECK(OrderRepository(window.database()).get(shop.order)->lines.at(0).quantity == 2);
}

TEST_CASE("a new order picks its customer through quick-find and Escape asks before dropping it",
          "[gui][orders]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPageNamed(QStringLiteral("orders")));
    emit window.app().newOrderRequested(0);
    QPointer<OrderEditor> editor = openDialog<OrderEditor>(&window);
    REQUIRE(editor);
    REQUIRE(QTest::qWaitForWindowActive(editor));
    QuickFind* picker = editor->header()->customerPicker();
    CHECK(editor->focusWidget() == picker->lineEdit()); // no customer yet: who buys comes first
    CHECK(editor->header()->field(QStringLiteral("order_number"))->property("text").toString() ==
          QStringLiteral("SO2024-000001")); // the fixture's clock is in 2024; SO-1 is not of a year

    typeText(picker->lineEdit(), QStringLiteral("139 1234"));
    REQUIRE(QTest::qWaitFor([&] { return picker->model()->rowCount() > 0; }, 5000));
    REQUIRE(QTest::qWaitFor([&] { return !picker->model()->isSearching(); }, 5000));
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    CHECK(editor->header()->customerId() == shop.li);
    CHECK(picker->lineEdit()->text() == QStringLiteral("李华"));
    CHECK(countRows(window.database(), "SELECT count(*) FROM customer") == 4);

    // Escape with the customer chosen asks; No keeps the order open, Yes drops it.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(editor->focusWidget(), Qt::Key_Escape);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Discard")));
    CHECK(editor->isVisible());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(editor->focusWidget(), Qt::Key_Escape);
    REQUIRE(QTest::qWaitFor([&] { return editor.isNull(); }, 2000));
    CHECK(countRows(window.database(), "SELECT count(*) FROM orders") == 1);
}
