#include "domain/order_totals.h"
#include "domain/order_validation.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

struct Shop {
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir);
    Id alice = addCustomer(*db, QStringLiteral("ALICE"));
    Id bob = addCustomer(*db, QStringLiteral("BOB"));
    Id tea = addProduct(*db, QStringLiteral("TEA"), 1000, 600);
    Id cup = addProduct(*db, QStringLiteral("CUP"), 250, 100);
};

} // namespace

TEST_CASE("an order and its lines are saved together and read back", "[order]") {
    Shop shop;
    Order o = makeOrder(QStringLiteral("S-1"), shop.alice, QStringLiteral("2024-03-05T14:07"),
                        {line(shop.tea, 2, 1000, 150), line(shop.cup, 3, 250)});
    o.channel = QStringLiteral("shop");
    o.dueDate = QStringLiteral("2024-04-05");
    const Id id = addOrder(*shop.db, o);
    auto back = OrderRepository(*shop.db).get(id);
    REQUIRE(back.ok());
    CHECK(back->number == QStringLiteral("S-1"));
    CHECK(back->orderedAt == QStringLiteral("2024-03-05 14:07:00"));
    CHECK(back->channel == QStringLiteral("shop"));
    CHECK(back->dueDate == QStringLiteral("2024-04-05"));
    REQUIRE(back->lines.size() == 2);
    CHECK(back->lines[0].lineNo == 1);
    CHECK(back->lines[0].productSku == QStringLiteral("TEA"));
    CHECK(back->lines[0].discount == 150);
    CHECK(back->lines[1].lineNo == 2);
    CHECK(back->lines[1].quantity == 3);
    CHECK(OrderRepository(*shop.db).idForNumber(QStringLiteral("S-1")) == id);
}

TEST_CASE("order totals follow the line rules", "[order]") {
    Order o;
    o.status = QStringLiteral("delivered");
    o.paidAmount = 1000;
    o.lines = {line(1, 2, 1000, 150, 600), line(2, 3, 250, 0, 100)};
    // revenue = (2*1000 - 150) + (3*250 - 0) = 1850 + 750 = 2600
    // cost    = 2*600 + 3*100 = 1200 + 300 = 1500; profit = 1100; outstanding = 2600 - 1000
    CHECK(orderRevenue(o) == 2600);
    CHECK(orderCost(o) == 1500);
    CHECK(orderProfit(o) == 1100);
    CHECK(orderOutstanding(o) == 1600);
    o.status = QStringLiteral("quote");
    CHECK(orderOutstanding(o) == 0);
    CHECK(order_values::isCounted(QStringLiteral("paid")));
    CHECK_FALSE(order_values::isCounted(QStringLiteral("returned")));
}

TEST_CASE("order validation names the field and the line", "[order]") {
    Order o = makeOrder(QStringLiteral("S-1"), 1, QStringLiteral("2024-02-30"),
                        {line(1, 0, 100), line(1, 2, 100, 201)});
    const QString all = joinFieldErrors(validateOrder(o));
    CHECK(all.contains(QStringLiteral("ordered_at: \"2024-02-30\"")));
    CHECK(all.contains(QStringLiteral("quantity: line 1: 0 is not more than 0")));
    CHECK(all.contains(QStringLiteral("discount: line 2: is more than quantity times unit price")));

    Order empty = makeOrder(QStringLiteral("S-2"), 1, QStringLiteral("2024-02-01"), {});
    CHECK(joinFieldErrors(validateOrder(empty)).contains(QStringLiteral("at least one line")));
    Order noCustomer =
        makeOrder(QStringLiteral("S-3"), 1, QStringLiteral("2024-02-01"), {line(1, 1, 100)});
    noCustomer.customerId.reset();
    CHECK(joinFieldErrors(validateOrder(noCustomer)).contains(QStringLiteral("customer_ref")));
    // A discount equal to the whole line is allowed (a gift).
    CHECK(validateOrderLine(line(1, 2, 100, 200), 1).empty());
}

TEST_CASE("an order referring to a missing product is refused and nothing is written", "[order]") {
    Shop shop;
    auto refused = OrderRepository(*shop.db).create(
        makeOrder(QStringLiteral("S-1"), shop.alice, QStringLiteral("2024-01-01"),
                  {line(shop.tea, 1, 1000), line(12345, 1, 100)}));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("line 2: no product with id 12345")));
    CHECK(*OrderRepository(*shop.db).count({}) == 0);
}

TEST_CASE("a second order with the same number is refused with the number named", "[order]") {
    Shop shop;
    addOrder(*shop.db, makeOrder(QStringLiteral("S-1"), shop.alice, QStringLiteral("2024-01-01"),
                                 {line(shop.tea, 1, 1000)}));
    auto dup = OrderRepository(*shop.db).create(makeOrder(
        QStringLiteral("S-1"), shop.bob, QStringLiteral("2024-01-02"), {line(shop.cup, 1, 250)}));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == Error::Kind::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("order_number: \"S-1\" already exists")));
}

TEST_CASE("the unit cost of the day of the sale survives a catalogue change", "[order]") {
    Shop shop;
    const Id id = addOrder(
        *shop.db, makeOrder(QStringLiteral("S-1"), shop.alice, QStringLiteral("2024-01-01"),
                            {line(shop.tea, 2, 1000), line(shop.cup, 1, 250, 0, 90)}));
    ProductRepository products(*shop.db);
    Product tea = *products.get(shop.tea);
    tea.unitCost = 800;
    tea.unitPrice = 1500;
    REQUIRE(products.update(tea).ok());

    OrderRepository orders(*shop.db);
    Order back = *orders.get(id);
    CHECK(back.lines[0].unitCost == 600); // captured from the catalogue at creation
    CHECK(back.lines[0].unitPrice == 1000);
    CHECK(back.lines[1].unitCost == 90); // given explicitly
    // Saving the order again (an edit of its notes) keeps the captured costs.
    back.notes = QStringLiteral("gift wrap");
    REQUIRE(orders.update(back).ok());
    CHECK(orders.get(id)->lines[0].unitCost == 600);
}

TEST_CASE("updating an order replaces its lines", "[order]") {
    Shop shop;
    OrderRepository orders(*shop.db);
    const Id id = addOrder(*shop.db, makeOrder(QStringLiteral("S-1"), shop.alice,
                                               QStringLiteral("2024-01-01"),
                                               {line(shop.tea, 2, 1000), line(shop.cup, 1, 250)}));
    Order o = *orders.get(id);
    o.lines = {line(shop.cup, 5, 200)};
    REQUIRE(orders.update(o).ok());
    Order back = *orders.get(id);
    REQUIRE(back.lines.size() == 1);
    CHECK(back.lines[0].productId == shop.cup);
    CHECK(back.lines[0].lineNo == 1);
    CHECK(back.lines[0].unitCost == 100);
    CHECK(orderRevenue(back) == 1000);
}

TEST_CASE("status changes and payments are checked and recorded", "[order]") {
    Shop shop;
    OrderRepository orders(*shop.db);
    const Id id = addOrder(*shop.db, makeOrder(QStringLiteral("S-1"), shop.alice,
                                               QStringLiteral("2024-01-01"),
                                               {line(shop.tea, 1, 1000)}, QStringLiteral("quote")));
    CHECK(orders.setStatus(id, QStringLiteral("shipped"))
              .error()
              .message.contains(QStringLiteral("status: \"shipped\" is not one of")));
    REQUIRE(orders.setStatus(id, QStringLiteral("delivered")).ok());
    CHECK(orders.get(id)->status == QStringLiteral("delivered"));
    CHECK(orders.setStatus(999, QStringLiteral("paid")).error().kind == Error::Kind::NotFound);

    CHECK_FALSE(orders.recordPayment(id, 400, QString()).ok()); // a payment needs its date
    REQUIRE(orders.recordPayment(id, 400, QStringLiteral("2024-01-10 09:30")).ok());
    Order back = *orders.get(id);
    CHECK(back.paidAmount == 400);
    CHECK(back.paidAt == QStringLiteral("2024-01-10 09:30:00"));
    CHECK(orderOutstanding(back) == 600);
}

TEST_CASE("orders are listed with totals, filtered by date, status and unpaid", "[order]") {
    Shop shop;
    OrderRepository orders(*shop.db);
    // S-1: revenue 2*1000 - 100 = 1900, cost 1200, fully paid.
    Order s1 = makeOrder(QStringLiteral("S-1"), shop.alice, QStringLiteral("2024-01-31 18:00"),
                         {line(shop.tea, 2, 1000, 100)}, QStringLiteral("paid"));
    s1.paidAmount = 1900;
    s1.paidAt = QStringLiteral("2024-01-31");
    addOrder(*shop.db, s1);
    // S-2: revenue 4*250 = 1000, nothing paid: unpaid.
    addOrder(*shop.db, makeOrder(QStringLiteral("S-2"), shop.bob, QStringLiteral("2024-02-01"),
                                 {line(shop.cup, 4, 250)}));
    // S-3: a quote is never a debt.
    addOrder(*shop.db, makeOrder(QStringLiteral("S-3"), shop.alice, QStringLiteral("2024-02-10"),
                                 {line(shop.cup, 1, 250)}, QStringLiteral("quote")));

    auto all = orders.list({}, OrderSort::Date, false, 0, 10);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK((*all)[2].number == QStringLiteral("S-1"));
    CHECK((*all)[2].revenue == 1900);
    CHECK((*all)[2].cost == 1200);
    CHECK((*all)[2].outstanding == 0);
    CHECK((*all)[2].customerRef == QStringLiteral("ALICE"));

    OrderFilter january;
    january.from = QStringLiteral("2024-01-01");
    january.to = QStringLiteral("2024-01-31"); // includes the evening of the 31st
    CHECK(*orders.count(january) == 1);

    OrderFilter unpaid;
    unpaid.unpaidOnly = true;
    auto debts = orders.list(unpaid, OrderSort::Number, true, 0, 10);
    REQUIRE(debts->size() == 1);
    CHECK((*debts)[0].number == QStringLiteral("S-2"));
    CHECK((*debts)[0].outstanding == 1000);

    OrderFilter quotes;
    quotes.status = QStringLiteral("quote");
    quotes.customerId = shop.alice;
    CHECK(*orders.count(quotes) == 1);

    OrderFilter bad;
    bad.from = QStringLiteral("2024-13-01");
    CHECK(orders.count(bad).error().message.contains(QStringLiteral("from:")));

    // The text finds the start of a number, or the customer by name or ref.
    OrderFilter byNumber;
    byNumber.text = QStringLiteral("S-2");
    CHECK(*orders.count(byNumber) == 1);
    OrderFilter byName;
    byName.text = QStringLiteral("of ALICE");
    auto named = orders.list(byName, OrderSort::Number, true, 0, 10);
    REQUIRE(named->size() == 2);
    CHECK((*named)[0].number == QStringLiteral("S-1"));
    CHECK((*named)[1].number == QStringLiteral("S-3"));
    OrderFilter byRef;
    byRef.text = QStringLiteral("bob");
    CHECK(*orders.count(byRef) == 1);
    // Sorted by profit: S-3 250 - 100 = 150, S-2 1000 - 400 = 600, S-1 1900 - 1200 = 700.
    auto byProfit = orders.list({}, OrderSort::Profit, true, 0, 10);
    REQUIRE(byProfit->size() == 3);
    CHECK((*byProfit)[0].number == QStringLiteral("S-3"));
    CHECK((*byProfit)[2].number == QStringLiteral("S-1"));

    auto alices = orders.listForCustomer(shop.alice);
    REQUIRE(alices->size() == 2);
    CHECK((*alices)[0].number == QStringLiteral("S-3")); // newest first
}

TEST_CASE("a customer with orders cannot be deleted; removing the order frees them", "[order]") {
    Shop shop;
    const Id id =
        addOrder(*shop.db, makeOrder(QStringLiteral("S-1"), shop.alice,
                                     QStringLiteral("2024-01-01"), {line(shop.tea, 1, 1000)}));
    CustomerRepository customers(*shop.db);
    const Status refused = customers.remove(shop.alice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("1 orders")));
    REQUIRE(OrderRepository(*shop.db).remove(id).ok());
    CHECK(customers.remove(shop.alice).ok());
}
