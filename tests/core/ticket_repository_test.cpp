#include "domain/ticket_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Ticket makeTicket(Id customer, const QString& subject, const QString& openedAt) {
    Ticket t;
    t.customerId = customer;
    t.subject = subject;
    t.openedAt = openedAt;
    return t;
}

} // namespace

TEST_CASE("a ticket moves through the workflow and resolving stamps the date", "[ticket]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    TicketRepository tickets(*db);
    const Id id = *tickets.create(
        makeTicket(customer, QStringLiteral("Broken lid"), QStringLiteral("2024-06-01 10:00")));
    CHECK(tickets.get(id)->status == QStringLiteral("open"));

    REQUIRE(tickets.setStatus(id, QStringLiteral("in_progress")).ok());
    REQUIRE(tickets.setStatus(id, QStringLiteral("resolved")).ok());
    Ticket resolved = *tickets.get(id);
    CHECK(resolved.resolvedAt == QStringLiteral("2024-06-15 12:00:00")); // the test clock's now
    resolved.satisfaction = 4;
    resolved.resolution = QStringLiteral("Sent a new lid");
    REQUIRE(tickets.update(resolved).ok());
    REQUIRE(tickets.setStatus(id, QStringLiteral("closed")).ok());
    Ticket closed = *tickets.get(id);
    CHECK(closed.satisfaction == 4);
    CHECK(closed.resolvedAt == QStringLiteral("2024-06-15 12:00:00"));

    // Reopening clears the resolution date and the rating, which belonged to that resolution.
    REQUIRE(tickets.setStatus(id, QStringLiteral("open")).ok());
    Ticket reopened = *tickets.get(id);
    CHECK(reopened.resolvedAt.isEmpty());
    CHECK_FALSE(reopened.satisfaction.has_value());
}

TEST_CASE("moves off the ticket workflow are refused", "[ticket]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    TicketRepository tickets(*db);
    const Id id =
        *tickets.create(makeTicket(customer, QStringLiteral("Late"), QStringLiteral("2024-06-01")));
    const Status skip = tickets.setStatus(id, QStringLiteral("resolved"));
    REQUIRE_FALSE(skip.ok());
    CHECK(skip.error().message.contains(QStringLiteral("cannot go from open to resolved")));
    CHECK_FALSE(tickets.setStatus(id, QStringLiteral("closed")).ok());
    REQUIRE(tickets.setStatus(id, QStringLiteral("in_progress")).ok());
    CHECK_FALSE(tickets.setStatus(id, QStringLiteral("open")).ok());
    CHECK_FALSE(tickets.setStatus(id, QStringLiteral("closed")).ok());
    CHECK(tickets.setStatus(id, QStringLiteral("done"))
              .error()
              .message.contains(QStringLiteral("status: \"done\" is not one of")));
    // An edit that changes the status follows the same rules.
    Ticket t = *tickets.get(id);
    t.status = QStringLiteral("closed");
    CHECK_FALSE(tickets.update(t).ok());
    CHECK(tickets.get(id)->status == QStringLiteral("in_progress"));
}

TEST_CASE("satisfaction is rated 1 to 5 and only once resolved", "[ticket]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    TicketRepository tickets(*db);
    Ticket early = makeTicket(customer, QStringLiteral("x"), QStringLiteral("2024-06-01"));
    early.satisfaction = 5;
    CHECK(tickets.create(early).error().message.contains(
        QStringLiteral("satisfaction: is rated once the ticket is resolved or closed")));
    Ticket old = makeTicket(customer, QStringLiteral("old"), QStringLiteral("2024-01-01"));
    old.status = QStringLiteral("closed");
    old.resolvedAt = QStringLiteral("2024-01-03");
    old.satisfaction = 6;
    CHECK(tickets.create(old).error().message.contains(
        QStringLiteral("satisfaction: 6 is not between 1 and 5")));
    old.satisfaction = 2;
    CHECK(tickets.create(old).ok()); // an imported closed ticket
    Ticket backwards = old;
    backwards.resolvedAt = QStringLiteral("2023-12-31");
    CHECK(tickets.create(backwards).error().message.contains(
        QStringLiteral("resolved_at: 2023-12-31 is before the ticket was opened")));
}

TEST_CASE("a ticket's order must be the customer's", "[ticket]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id alice = addCustomer(*db, QStringLiteral("ALICE"));
    const Id bob = addCustomer(*db, QStringLiteral("BOB"));
    const Id tea = addProduct(*db, QStringLiteral("TEA"), 100, 50);
    const Id order = addOrder(*db, makeOrder(QStringLiteral("S-1"), alice,
                                             QStringLiteral("2024-01-01"), {line(tea, 1, 100)}));
    TicketRepository tickets(*db);
    Ticket wrong = makeTicket(bob, QStringLiteral("x"), QStringLiteral("2024-06-01"));
    wrong.orderId = order;
    CHECK(tickets.create(wrong).error().message.contains(
        QStringLiteral("order_number: order S-1 is not this customer's")));
    Ticket right = makeTicket(alice, QStringLiteral("x"), QStringLiteral("2024-06-01"));
    right.orderId = order;
    const Id id = *tickets.create(right);
    CHECK((*tickets.listForCustomer(alice))[0].orderNumber == QStringLiteral("S-1"));
    // Removing the order keeps the ticket, without the link.
    REQUIRE(OrderRepository(*db).remove(order).ok());
    CHECK_FALSE(tickets.get(id)->orderId.has_value());
}

TEST_CASE("open tickets are listed most severe first, then oldest", "[ticket]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    TicketRepository tickets(*db);
    const auto open = [&](const char* subject, const char* at, const char* severity) {
        Ticket t = makeTicket(customer, QLatin1String(subject), QLatin1String(at));
        t.severity = QLatin1String(severity);
        auto id = tickets.create(t);
        REQUIRE(id.ok());
        return *id;
    };
    open("low old", "2024-01-01", "low");
    open("high new", "2024-06-01", "high");
    open("high old", "2024-05-01", "high");
    const Id critical = open("critical", "2024-06-10", "critical");
    const Id done = open("done", "2024-02-01", "critical");
    REQUIRE(tickets.setStatus(done, QStringLiteral("in_progress")).ok());
    REQUIRE(tickets.setStatus(done, QStringLiteral("resolved")).ok());
    REQUIRE(tickets.setStatus(critical, QStringLiteral("in_progress")).ok());

    auto list = tickets.listOpen();
    REQUIRE(list->size() == 4);
    CHECK((*list)[0].ticket.subject == QStringLiteral("critical"));
    CHECK((*list)[1].ticket.subject == QStringLiteral("high old"));
    CHECK((*list)[2].ticket.subject == QStringLiteral("high new"));
    CHECK((*list)[3].ticket.subject == QStringLiteral("low old"));
    CHECK((*list)[0].customerRef == QStringLiteral("C1"));
}
