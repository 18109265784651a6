#include "agenda/agenda.h"
#include "domain/task_repository.h"
#include "domain/ticket_repository.h"
#include "domain_fixture.h"
#include "qt_catch_strings.h"

using namespace clientele;
using namespace clientele::test;

namespace {

DayNumber day(int y, int m, int d) {
    return dayNumber({y, m, d});
}

Id person(Database& db, const QString& name, const QString& birthday, bool lunar,
          const QString& status = QStringLiteral("active")) {
    Customer c;
    c.ref = QStringLiteral("R-") + name;
    c.name = name;
    c.birthday = birthday;
    c.birthdayLunar = lunar;
    c.status = status;
    auto id = CustomerRepository(db).create(c);
    INFO(message(id));
    REQUIRE(id.ok());
    return *id;
}

struct AgendaShop {
    Id zhao, qian, sun, li, zhou, g3, g4, g5, g6, lost;
    Id o1, o2;
    Id t1, t2;
    Id k1, k2;
};

Id task(Database& db, const char* title, const char* due, std::optional<Id> customer,
        const char* doneAt = "") {
    Task t;
    t.title = QLatin1String(title);
    t.dueOn = QLatin1String(due);
    t.customerId = customer;
    t.doneAt = QLatin1String(doneAt);
    auto id = TaskRepository(db).create(t);
    INFO(message(id));
    REQUIRE(id.ok());
    return *id;
}

Id order(Database& db, const char* number, Id customer, const char* at, qint64 quantity,
         const char* status, const char* due, Money paid) {
    static Id product = 0;
    if (!ProductRepository(db).get(product))
        product = addProduct(db, QStringLiteral("P1"), 1000, 600);
    Order o = makeOrder(QLatin1String(number), customer, QLatin1String(at),
                        {line(product, quantity, 1000)}, QLatin1String(status));
    o.dueDate = QLatin1String(due);
    o.paidAmount = paid;
    if (paid > 0)
        o.paidAt = QLatin1String(at);
    return addOrder(db, o);
}

Id ticket(Database& db, Id customer, const char* subject, const char* openedAt,
          const char* status) {
    Ticket t;
    t.customerId = customer;
    t.subject = QLatin1String(subject);
    t.openedAt = QLatin1String(openedAt);
    t.status = QLatin1String(status);
    if (ticket_values::isFinished(t.status))
        t.resolvedAt = QLatin1String(openedAt);
    auto id = TicketRepository(db).create(t);
    INFO(message(id));
    REQUIRE(id.ok());
    return *id;
}

// Dates of birth chosen from published lunar dates: 27 Jan 1990 was Spring Festival (1/1), 10
// Feb 1990 its Lantern Festival (1/15), 9 Feb 2024 New Year's Eve on the 30th of the twelfth
// month. In 2025 the twelfth month of the 2024 lunar year has 29 days (Eve on 28 January).
AgendaShop makeAgendaShop(Database& db) {
    AgendaShop s{};
    s.zhao = person(db, QStringLiteral("Zhao"), QStringLiteral("1990-01-27"), true);
    s.qian = person(db, QStringLiteral("Qian"), QStringLiteral("2024-02-09"), true);
    s.sun = person(db, QStringLiteral("Sun"), QStringLiteral("1990-01-27"), false);
    s.li = person(db, QStringLiteral("Li"), QStringLiteral("1990-02-10"), true);
    s.zhou = person(db, QStringLiteral("Zhou"), QStringLiteral("1985-02-02"), false);
    s.g3 = person(db, QStringLiteral("Wu"), QStringLiteral("1980-12-31"), false);
    s.g4 = person(db, QStringLiteral("Zheng"), QStringLiteral("1992-01-02"), false);
    s.g5 = person(db, QStringLiteral("Wang"), QStringLiteral("1992-12-27"), false);
    s.g6 = person(db, QStringLiteral("Feng"), QStringLiteral("1970-01-04"), false);
    s.lost = person(db, QStringLiteral("Chen"), QString(), false, QStringLiteral("lost"));

    s.o1 = order(db, "O1", s.g3, "2024-11-01 10:00:00", 3, "confirmed", "2024-12-01", 1000);
    s.o2 = order(db, "O2", s.g4, "2024-11-20 10:00:00", 5, "delivered", "2024-12-20", 0);
    order(db, "O3", s.g5, "2024-10-01 10:00:00", 2, "paid", "2024-12-01", 2000);
    order(db, "O4", s.g3, "2024-10-05 10:00:00", 1, "cancelled", "2024-12-01", 0);
    order(db, "O5", s.g5, "2024-12-20 10:00:00", 2, "confirmed", "2024-12-28", 0);
    order(db, "O6", s.g4, "2024-10-10 10:00:00", 1, "quote", "2024-11-01", 0);
    order(db, "O7", s.g6, "2023-06-01 10:00:00", 10, "confirmed", "", 0);
    order(db, "O8", s.lost, "2024-12-01 10:00:00", 20, "confirmed", "", 20000);

    s.t1 = task(db, "Call Wu back", "2024-12-28", s.g3);
    s.t2 = task(db, "Send the price list", "2024-12-20", std::nullopt);
    task(db, "Done already", "2024-12-10", s.g4, "2024-12-11 09:00:00");
    task(db, "Tomorrow's visit", "2024-12-29", s.g4);

    s.k1 = ticket(db, s.g3, "Broken lid", "2024-12-01 10:00:00", "open");
    s.k2 = ticket(db, s.g4, "Late delivery", "2024-11-15 09:00:00", "in_progress");
    ticket(db, s.g5, "Wrong colour", "2024-11-01 09:00:00", "resolved");
    return s;
}

} // namespace

TEST_CASE("the agenda lists open tasks due today and overdue ones, oldest first", "[agenda]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const AgendaShop s = makeAgendaShop(*db);
    auto a = readAgenda(*db, day(2024, 12, 28));
    REQUIRE(a.ok());
    REQUIRE(a->tasks.size() == 2);
    CHECK(a->tasks[0].id == s.t2);
    CHECK(a->tasks[0].daysOverdue == 8);
    CHECK(a->tasks[0].customer.id == 0);
    CHECK(a->tasks[1].id == s.t1);
    CHECK(a->tasks[1].daysOverdue == 0);
    CHECK(a->tasks[1].customer.name == QStringLiteral("Wu"));
}

TEST_CASE("Gregorian birthdays of the coming week cross the year end", "[agenda]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const AgendaShop s = makeAgendaShop(*db);
    // 28 Dec 2024 to 3 Jan 2025; Wang's (27 Dec) has passed, Feng's (4 Jan) is the day after.
    auto b = readBirthdays(*db, day(2024, 12, 28));
    REQUIRE(b.ok());
    REQUIRE(b->size() == 2);
    CHECK((*b)[0].customer.id == s.g3);
    CHECK((*b)[0].day == day(2024, 12, 31));
    CHECK((*b)[0].turns == 44);
    CHECK((*b)[1].customer.id == s.g4);
    CHECK((*b)[1].day == day(2025, 1, 2));
    CHECK((*b)[1].turns == 33);
    CHECK_FALSE((*b)[1].lunar);
}

TEST_CASE("lunar birthdays fall on the lunar month and day of birth this year", "[agenda]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const AgendaShop s = makeAgendaShop(*db);
    // 26 Jan to 1 Feb 2025: Spring Festival is on the 29th, its eve (12/29) on the 28th.
    auto b = readBirthdays(*db, day(2025, 1, 26));
    REQUIRE(b.ok());
    REQUIRE(b->size() == 3);
    // Sun celebrates 27 January by the Gregorian calendar.
    CHECK((*b)[0].customer.id == s.sun);
    CHECK((*b)[0].day == day(2025, 1, 27));
    CHECK((*b)[0].turns == 35);
    // Qian was born on 12/30; this year's twelfth month ends on the 29th.
    CHECK((*b)[1].customer.id == s.qian);
    CHECK((*b)[1].day == day(2025, 1, 28));
    CHECK((*b)[1].turns == 1);
    CHECK((*b)[1].lunar);
    // Zhao was born on Spring Festival 1990 and celebrates on Spring Festival 2025.
    CHECK((*b)[2].customer.id == s.zhao);
    CHECK((*b)[2].day == day(2025, 1, 29));
    CHECK((*b)[2].turns == 35);
    CHECK((*b)[2].lunar);

    // Li's Lantern Festival birthday comes on 12 February 2025.
    auto lantern = readBirthdays(*db, day(2025, 2, 10));
    REQUIRE(lantern.ok());
    REQUIRE(lantern->size() == 1);
    CHECK(lantern->front().customer.id == s.li);
    CHECK(lantern->front().day == day(2025, 2, 12));
}

TEST_CASE("a 29 February birthday is kept on the 28th in other years", "[agenda]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id leapling = person(*db, QStringLiteral("Leap"), QStringLiteral("2000-02-29"), false);
    auto b = readBirthdays(*db, day(2025, 2, 25));
    REQUIRE(b.ok());
    REQUIRE(b->size() == 1);
    CHECK(b->front().customer.id == leapling);
    CHECK(b->front().day == day(2025, 2, 28));
    CHECK(b->front().turns == 25);
}

TEST_CASE("overdue payments are counted orders due before today with money still owed",
          "[agenda]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const AgendaShop s = makeAgendaShop(*db);
    auto a = readAgenda(*db, day(2024, 12, 28));
    REQUIRE(a.ok());
    REQUIRE(a->payments.size() == 2);
    CHECK(a->payments[0].orderId == s.o1);
    CHECK(a->payments[0].daysOverdue == 27);
    CHECK(a->payments[0].total == 3000);
    CHECK(a->payments[0].paid == 1000);
    CHECK(a->payments[0].amountDue == 2000);
    CHECK(a->payments[0].customer.name == QStringLiteral("Wu"));
    CHECK(a->payments[1].orderId == s.o2);
    CHECK(a->payments[1].daysOverdue == 8);
    CHECK(a->payments[1].amountDue == 5000);
}

TEST_CASE("open tickets are listed oldest first with the days they have been open", "[agenda]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const AgendaShop s = makeAgendaShop(*db);
    auto a = readAgenda(*db, day(2024, 12, 28));
    REQUIRE(a.ok());
    REQUIRE(a->tickets.size() == 2);
    CHECK(a->tickets[0].id == s.k2);
    CHECK(a->tickets[0].daysOpen == 43);
    CHECK(a->tickets[0].status == QStringLiteral("in_progress"));
    CHECK(a->tickets[1].id == s.k1);
    CHECK(a->tickets[1].daysOpen == 27);
}

TEST_CASE("holidays of the next month come with the year's best active customers to greet",
          "[agenda]") {
    TempDir dir;
    auto db = createDatabase(dir); // a zh_CN shop
    const AgendaShop s = makeAgendaShop(*db);
    auto a = readAgenda(*db, day(2024, 12, 28));
    REQUIRE(a.ok());
    // Up to 27 January 2025: New Year only (Chinese New Year's Eve is the 28th).
    REQUIRE(a->holidays.size() == 1);
    CHECK(a->holidays[0].holiday.key == QStringLiteral("new_year"));
    CHECK(a->holidays[0].daysAway == 4);
    // Counted orders since 29 Dec 2023: Zheng 5 000, Wang 2 000 + 2 000, Wu 3 000 (not the
    // cancelled one, nor the quote). Feng's order is older; Chen is lost.
    const auto& greet = a->holidays[0].greet;
    REQUIRE(greet.size() == 3);
    CHECK(greet[0].customer.id == s.g4);
    CHECK(greet[0].revenue == 5000);
    CHECK(greet[1].customer.id == s.g5);
    CHECK(greet[1].revenue == 4000);
    CHECK(greet[2].customer.id == s.g3);
    CHECK(greet[2].revenue == 3000);

    auto christmas = readAgenda(*db, day(2024, 12, 20), QStringLiteral("en_GB"));
    REQUIRE(christmas.ok());
    REQUIRE(christmas->holidays.size() == 2);
    CHECK(christmas->holidays[0].holiday.key == QStringLiteral("christmas"));
    CHECK(christmas->holidays[0].daysAway == 5);
}

TEST_CASE("the agenda's order queries never scan the order lines", "[agenda]") {
    TempDir dir;
    auto db = createDatabase(dir);
    for (const QString& query : agendaQueries()) {
        sql::Statement plan = db->prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + query);
        QStringList steps;
        while (plan.step())
            steps << plan.text(3);
        INFO(steps.join(QStringLiteral(" | ")).toStdString());
        for (const QString& step : steps)
            CHECK_FALSE(step.startsWith(QStringLiteral("SCAN l")));
        CHECK_FALSE(steps.join(u'|').contains(QStringLiteral("SCAN order_line")));
    }
}
