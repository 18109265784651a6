// Stock moving with orders: what each order write takes or gives back, and the movements it
// leaves. Every figure is worked out from the products' starting stock by hand.
#include "domain/order_stock.h"
#include "domain/product_validation.h"
#include "domain/stock.h"
#include "domain_fixture.h"
#include "storage/sqlite.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Id addStockedProduct(Database& db, const QString& sku, qint64 stock) {
    Product p;
    p.sku = sku;
    p.name = QStringLiteral("Product ") + sku;
    p.unitPrice = 1000;
    p.unitCost = 600;
    p.stock = stock;
    auto id = ProductRepository(db).create(p);
    INFO(message(id));
    REQUIRE(id.ok());
    return *id;
}

struct Shop {
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir);
    Id alice = addCustomer(*db, QStringLiteral("ALICE"));
    Id tea = addStockedProduct(*db, QStringLiteral("TEA"), 10);
    Id cup = addStockedProduct(*db, QStringLiteral("CUP"), 5);
    OrderRepository orders{*db};

    qint64 onHand(Id product) {
        auto read = readOnHand(*db, {product});
        REQUIRE(read.ok());
        return read->at(product);
    }
    // "reason quantity" of the product's movements, oldest first.
    QStringList movements(Id product) {
        sql::Statement q(db->handle(), "SELECT reason, quantity FROM stock_movement WHERE "
                                       "product_id = ? ORDER BY at, rowid");
        q.bind(1, product);
        QStringList out;
        while (q.step())
            out << QStringLiteral("%1 %2").arg(q.text(0)).arg(q.int64(1));
        return out;
    }
    Id order(const QString& number, std::vector<OrderLine> lines,
             const QString& status = QStringLiteral("confirmed")) {
        return addOrder(*db, makeOrder(number, alice, QStringLiteral("2024-06-01 10:00"),
                                       std::move(lines), status));
    }
};

} // namespace

TEST_CASE("confirming an order takes its quantities from stock; a quote takes nothing", "[stock]") {
    Shop shop;
    const Id confirmed =
        shop.order(QStringLiteral("S-1"), {line(shop.tea, 3, 1000), line(shop.cup, 2, 250)});
    // TEA 10 - 3 = 7, CUP 5 - 2 = 3
    CHECK(shop.onHand(shop.tea) == 7);
    CHECK(shop.onHand(shop.cup) == 3);
    CHECK(shop.movements(shop.tea) == QStringList{QStringLiteral("order -3")});
    CHECK(sql::queryInt(shop.db->handle(), "SELECT count(*) FROM stock_movement WHERE order_id = " +
                                               std::to_string(confirmed)) == 2);

    const Id quote =
        shop.order(QStringLiteral("Q-1"), {line(shop.tea, 4, 1000)}, QStringLiteral("quote"));
    CHECK(shop.onHand(shop.tea) == 7);
    REQUIRE(shop.orders.setStatus(quote, QStringLiteral("confirmed")).ok());
    CHECK(shop.onHand(shop.tea) == 3); // 7 - 4
    // Delivered and paid hold what confirmed held: no movement.
    REQUIRE(shop.orders.setStatus(quote, QStringLiteral("delivered")).ok());
    REQUIRE(shop.orders.setStatus(quote, QStringLiteral("paid")).ok());
    CHECK(shop.onHand(shop.tea) == 3);
    CHECK(shop.movements(shop.tea) ==
          QStringList{QStringLiteral("order -3"), QStringLiteral("order -4")});
}

TEST_CASE("cancelling or returning an order gives its stock back", "[stock]") {
    Shop shop;
    const Id first =
        shop.order(QStringLiteral("S-1"), {line(shop.tea, 3, 1000), line(shop.cup, 2, 250)});
    const Id second =
        shop.order(QStringLiteral("S-2"), {line(shop.tea, 4, 1000)}, QStringLiteral("paid"));
    CHECK(shop.onHand(shop.tea) == 3); // 10 - 3 - 4

    REQUIRE(shop.orders.setStatus(first, QStringLiteral("cancelled")).ok());
    CHECK(shop.onHand(shop.tea) == 6); // 3 + 3
    CHECK(shop.onHand(shop.cup) == 5); // 3 + 2
    REQUIRE(shop.orders.setStatus(second, QStringLiteral("returned")).ok());
    CHECK(shop.onHand(shop.tea) == 10); // 6 + 4
    CHECK(shop.movements(shop.tea) ==
          QStringList{QStringLiteral("order -3"), QStringLiteral("order -4"),
                      QStringLiteral("cancel 3"), QStringLiteral("return 4")});

    // From one status that holds nothing to another: nothing moves. Back to confirmed: taken again.
    REQUIRE(shop.orders.setStatus(second, QStringLiteral("cancelled")).ok());
    CHECK(shop.onHand(shop.tea) == 10);
    REQUIRE(shop.orders.setStatus(second, QStringLiteral("confirmed")).ok());
    CHECK(shop.onHand(shop.tea) == 6);
}

TEST_CASE("editing the lines of a held order moves the difference, also through update's status",
          "[stock]") {
    Shop shop;
    const Id id =
        shop.order(QStringLiteral("S-1"), {line(shop.tea, 3, 1000), line(shop.cup, 2, 250)});
    auto order = shop.orders.get(id);
    REQUIRE(order.ok());
    // TEA 3 -> 5 in two lines (2 + 3), CUP removed.
    order->lines = {line(shop.tea, 2, 1000), line(shop.tea, 3, 900)};
    REQUIRE(shop.orders.update(*order).ok());
    CHECK(shop.onHand(shop.tea) == 5); // 10 - 5
    CHECK(shop.onHand(shop.cup) == 5); // 3 + 2
    CHECK(shop.movements(shop.tea) ==
          QStringList{QStringLiteral("order -3"), QStringLiteral("edit -2")});
    CHECK(shop.movements(shop.cup) ==
          QStringList{QStringLiteral("order -2"), QStringLiteral("edit 2")});

    // The editor saves status and lines together: returned with one TEA less than before gives
    // back what the stored order held (5), not what the new lines say.
    order = shop.orders.get(id);
    REQUIRE(order.ok());
    order->status = QStringLiteral("returned");
    order->lines = {line(shop.tea, 4, 1000)};
    REQUIRE(shop.orders.update(*order).ok());
    CHECK(shop.onHand(shop.tea) == 10);

    // A quote's lines move nothing.
    order = shop.orders.get(id);
    order->status = QStringLiteral("quote");
    order->lines = {line(shop.tea, 9, 1000)};
    REQUIRE(shop.orders.update(*order).ok());
    CHECK(shop.onHand(shop.tea) == 10);
}

TEST_CASE("deleting a held order gives its stock back and keeps the history", "[stock]") {
    Shop shop;
    const Id held = shop.order(QStringLiteral("S-1"), {line(shop.tea, 3, 1000)});
    const Id quote =
        shop.order(QStringLiteral("Q-1"), {line(shop.tea, 1, 1000)}, QStringLiteral("quote"));
    REQUIRE(shop.orders.remove(held).ok());
    REQUIRE(shop.orders.remove(quote).ok());
    CHECK(shop.onHand(shop.tea) == 10);
    CHECK(shop.movements(shop.tea) ==
          QStringList{QStringLiteral("order -3"), QStringLiteral("delete 3")});
    // The order is gone; its movements stay, no longer pointing at it.
    CHECK(sql::queryInt(shop.db->handle(),
                        "SELECT count(*) FROM stock_movement WHERE order_id IS NULL") == 2);
    CHECK(sql::queryInt(shop.db->handle(), "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}

TEST_CASE("an order may take stock below zero", "[stock]") {
    Shop shop;
    shop.order(QStringLiteral("S-1"), {line(shop.cup, 8, 250)});
    CHECK(shop.onHand(shop.cup) == -3); // 5 - 8
    // product.stock keeps its CHECK: only the movements went below.
    CHECK(sql::queryInt(shop.db->handle(), "SELECT min(stock) FROM product") == 5);
    // The product can still be edited while below zero; a new negative figure cannot be typed.
    ProductRepository products(*shop.db);
    auto cup = products.get(shop.cup);
    REQUIRE(cup.ok());
    CHECK(cup->stock == -3);
    cup->name = QStringLiteral("Cup, white");
    CHECK(products.update(*cup).ok());
    cup->stock = -1;
    const Status refused = products.update(*cup);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("stock")));
    CHECK(shop.onHand(shop.cup) == -3);
    CHECK(validateProduct(*cup, -1).empty()); // the same figure as stored is no new figure
}

TEST_CASE("a refused order write moves no stock", "[stock]") {
    Shop shop;
    Order o = makeOrder(QStringLiteral("S-1"), shop.alice, QStringLiteral("2024-06-01 10:00"),
                        {line(shop.tea, 3, 1000), line(987654321, 1, 100)});
    CHECK_FALSE(shop.orders.create(o).ok());
    CHECK(shop.onHand(shop.tea) == 10);
    CHECK(sql::queryInt(shop.db->handle(), "SELECT count(*) FROM stock_movement") == 0);
    CHECK_FALSE(shop.orders.setStatus(987654321, QStringLiteral("cancelled")).ok());
    CHECK(sql::queryInt(shop.db->handle(), "SELECT count(*) FROM stock_movement") == 0);
}

TEST_CASE("saving a product with another stock figure records a count to it", "[stock]") {
    Shop shop;
    shop.order(QStringLiteral("S-1"), {line(shop.tea, 3, 1000)});
    ProductRepository products(*shop.db);
    auto tea = products.get(shop.tea);
    REQUIRE(tea.ok());
    CHECK(tea->stock == 7);
    tea->unitPrice = 1100; // the same stock: no count
    REQUIRE(products.update(*tea).ok());
    CHECK(shop.movements(shop.tea) == QStringList{QStringLiteral("order -3")});
    tea->stock = 12; // counted 12 on the shelf: +5
    REQUIRE(products.update(*tea).ok());
    CHECK(shop.onHand(shop.tea) == 12);
    CHECK(shop.movements(shop.tea) ==
          QStringList{QStringLiteral("order -3"), QStringLiteral("count 5")});
    CHECK(sql::queryInt(shop.db->handle(), "SELECT stock FROM product WHERE sku = 'TEA'") == 10);
    // The products list sorts by what is on hand: CUP 5, TEA 12.
    auto listed = products.list({}, ProductSort::Stock, true, 0, 10);
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).sku == QStringLiteral("CUP"));
    CHECK(listed->at(1).stock == 12);
}

TEST_CASE("what an order holds follows its status", "[stock]") {
    const std::vector<OrderLine> lines = {line(1, 2, 100), line(2, 1, 100), line(1, 3, 100)};
    CHECK(stockHeld(QStringLiteral("confirmed"), lines) == StockQuantities{{1, 5}, {2, 1}});
    CHECK(stockHeld(QStringLiteral("delivered"), lines) == StockQuantities{{1, 5}, {2, 1}});
    CHECK(stockHeld(QStringLiteral("paid"), lines) == StockQuantities{{1, 5}, {2, 1}});
    for (const char* status : {"quote", "cancelled", "returned"})
        CHECK(stockHeld(QLatin1String(status), lines).empty());
}

TEST_CASE("the editor's warning: products an edit would take below zero", "[stock]") {
    // On hand now: product 1 has 4, product 2 has 1, product 3 is already at -2.
    const StockQuantities onHand{{1, 4}, {2, 1}, {3, -2}};
    const OrderStockState none;
    // A new order for 5 of 1 (4 - 5 = -1), 1 of 2 (1 - 1 = 0, not below) and 1 of 3 (-3).
    const OrderStockState order{
        QStringLiteral("confirmed"),
        {line(1, 2, 100), line(1, 3, 100), line(2, 1, 100), line(3, 1, 100)}};
    const auto shortfalls = stockShortfalls(onHand, none, order);
    REQUIRE(shortfalls.size() == 2);
    CHECK(shortfalls[0].productId == 1);
    CHECK(shortfalls[0].onHand == 4);
    CHECK(shortfalls[0].after == -1);
    CHECK(shortfalls[1].productId == 3);
    CHECK(shortfalls[1].after == -3);
    // The same order as a quote takes nothing.
    CHECK(stockShortfalls(onHand, none, {QStringLiteral("quote"), order.lines}).empty());
    // Saved already (its 5 of 1 inside the 4 on hand: 9 before it was saved), edited to 6: one
    // more, 4 - 1 = 3, no warning; product 3 is still at -2 but the edit takes no more of it.
    const OrderStockState more{QStringLiteral("confirmed"),
                               {line(1, 6, 100), line(2, 1, 100), line(3, 1, 100)}};
    CHECK(stockShortfalls(onHand, order, more).empty());
}
