#include "domain/customer_summary.h"
#include "domain/task_repository.h"
#include "domain/ticket_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

TEST_CASE("the customer summary adds up counted orders, open tasks and tickets", "[summary]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id c = addCustomer(*db, QStringLiteral("C"));
    const Id other = addCustomer(*db, QStringLiteral("OTHER"));
    const Id tea = addProduct(*db, QStringLiteral("TEA"), 1000, 600);
    const Id cup = addProduct(*db, QStringLiteral("CUP"), 250, 100);

    // S-1 2024-01-10 confirmed: tea 2 x 1000 - 100 = 1900, cost 2 x 600 = 1200.
    addOrder(*db, makeOrder(QStringLiteral("S-1"), c, QStringLiteral("2024-01-10 09:00"),
                            {line(tea, 2, 1000, 100)}));
    // S-2 2024-05-20 paid 1000 of: cup 4 x 250 = 1000, cost 4 x 80 (given) = 320.
    Order s2 = makeOrder(QStringLiteral("S-2"), c, QStringLiteral("2024-05-20 15:30"),
                         {line(cup, 4, 250, 0, 80)}, QStringLiteral("paid"));
    s2.paidAmount = 1000;
    s2.paidAt = QStringLiteral("2024-05-21");
    addOrder(*db, s2);
    // Not counted: a quote, a cancelled order (later than S-2), and another customer's order.
    addOrder(*db, makeOrder(QStringLiteral("Q-1"), c, QStringLiteral("2023-12-01"),
                            {line(tea, 9, 1000)}, QStringLiteral("quote")));
    addOrder(*db, makeOrder(QStringLiteral("X-1"), c, QStringLiteral("2024-06-01"),
                            {line(tea, 9, 1000)}, QStringLiteral("cancelled")));
    addOrder(*db, makeOrder(QStringLiteral("O-1"), other, QStringLiteral("2024-06-01"),
                            {line(tea, 9, 1000)}));

    TaskRepository tasks(*db);
    Task t;
    t.customerId = c;
    t.title = QStringLiteral("open");
    t.dueOn = QStringLiteral("2024-06-20");
    REQUIRE(tasks.create(t).ok());
    t.title = QStringLiteral("done");
    const Id done = *tasks.create(t);
    REQUIRE(tasks.complete(done, QStringLiteral("2024-06-01")).ok());

    TicketRepository tickets(*db);
    Ticket k;
    k.customerId = c;
    k.subject = QStringLiteral("open");
    k.openedAt = QStringLiteral("2024-06-01");
    REQUIRE(tickets.create(k).ok());
    k.subject = QStringLiteral("working");
    const Id working = *tickets.create(k);
    REQUIRE(tickets.setStatus(working, QStringLiteral("in_progress")).ok());
    k.subject = QStringLiteral("closed");
    k.status = QStringLiteral("closed");
    REQUIRE(tickets.create(k).ok());

    auto s = readCustomerSummary(*db, c, dayNumber({2024, 6, 15}));
    REQUIRE(s.ok());
    CHECK(s->orders == 2);
    CHECK(s->revenue == 1900 + 1000);
    CHECK(s->cost == 1200 + 320);
    CHECK(s->profit == 2900 - 1520);
    CHECK(s->outstanding == 1900); // S-1 unpaid, S-2 fully paid
    CHECK(s->firstOrder == QStringLiteral("2024-01-10"));
    CHECK(s->lastOrder == QStringLiteral("2024-05-20"));
    CHECK(s->daysSinceLast == 26); // 11 days left in May + 15 in June
    CHECK(s->openTasks == 1);
    CHECK(s->openTickets == 2);
}

TEST_CASE("a customer without counted orders has an empty summary", "[summary]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id c = addCustomer(*db, QStringLiteral("C"));
    auto s = readCustomerSummary(*db, c, dayNumber({2024, 6, 15}));
    REQUIRE(s.ok());
    CHECK(s->orders == 0);
    CHECK(s->revenue == 0);
    CHECK(s->firstOrder.isEmpty());
    CHECK_FALSE(s->daysSinceLast.has_value());
    CHECK(readCustomerSummary(*db, 4242, 0).error().kind == Error::Kind::NotFound);
}
