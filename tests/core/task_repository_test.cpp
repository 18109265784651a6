#include "domain/task_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Task makeTask(const QString& title, const QString& dueOn, const QString& recurrence = {}) {
    Task t;
    t.title = title;
    t.dueOn = dueOn;
    t.recurrence = recurrence;
    return t;
}

} // namespace

TEST_CASE("a task is saved with its recurrence in the stored form", "[task]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    TaskRepository tasks(*db);
    Task t = makeTask(QStringLiteral("Call about renewal"), QStringLiteral("2024-06-20"),
                      QStringLiteral("Monthly"));
    t.customerId = customer;
    t.kind = QStringLiteral("payment");
    t.cost = 500;
    auto id = tasks.create(t);
    REQUIRE(id.ok());
    Task back = *tasks.get(*id);
    CHECK(back.recurrence == QStringLiteral("every 1 months"));
    CHECK(back.customerId == customer);
    CHECK(back.kind == QStringLiteral("payment"));
    CHECK(back.cost == 500);
    CHECK(back.doneAt.isEmpty());
}

TEST_CASE("task validation names the field and the bad text", "[task]") {
    TempDir dir;
    auto db = createDatabase(dir);
    TaskRepository tasks(*db);
    Task t = makeTask(QString(), QStringLiteral("2024-02-30"), QStringLiteral("every 0 weeks"));
    t.kind = QStringLiteral("party");
    auto refused = tasks.create(t);
    REQUIRE_FALSE(refused.ok());
    const QString m = refused.error().message;
    CHECK(m.contains(QStringLiteral("title: a value is required")));
    CHECK(m.contains(QStringLiteral("due_on: \"2024-02-30\"")));
    CHECK(m.contains(QStringLiteral("kind: \"party\" is not one of")));
    CHECK(m.contains(QStringLiteral("recurrence: \"every 0 weeks\"")));

    Task orphan = makeTask(QStringLiteral("x"), QStringLiteral("2024-02-01"));
    orphan.customerId = 42;
    CHECK(tasks.create(orphan).error().message.contains(
        QStringLiteral("customer_ref: no customer with id 42")));
}

TEST_CASE("completing a recurring task creates its next occurrence", "[task]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    TaskRepository tasks(*db);
    Task t = makeTask(QStringLiteral("Invoice"), QStringLiteral("2024-01-31"),
                      QStringLiteral("monthly"));
    t.customerId = customer;
    t.notes = QStringLiteral("send the PDF");
    const Id id = *tasks.create(t);

    auto next = tasks.complete(id, QStringLiteral("2024-02-02 10:00"));
    REQUIRE(next.ok());
    REQUIRE(next->has_value());
    CHECK(tasks.get(id)->doneAt == QStringLiteral("2024-02-02 10:00:00"));
    Task following = *tasks.get(**next);
    CHECK(following.dueOn == QStringLiteral("2024-02-29")); // from the due date, clamped
    CHECK(following.title == QStringLiteral("Invoice"));
    CHECK(following.recurrence == QStringLiteral("every 1 months"));
    CHECK(following.customerId == customer);
    CHECK(following.notes == QStringLiteral("send the PDF"));
    CHECK(following.doneAt.isEmpty());

    // Completing it twice would create a second next occurrence: refused.
    auto again = tasks.complete(id, QStringLiteral("2024-02-03"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("already done")));
    CHECK(tasks.listForCustomer(customer)->size() == 2);
}

TEST_CASE("completing a one-off task creates nothing", "[task]") {
    TempDir dir;
    auto db = createDatabase(dir);
    TaskRepository tasks(*db);
    const Id id = *tasks.create(makeTask(QStringLiteral("Once"), QStringLiteral("2024-06-15")));
    auto next = tasks.complete(id, QStringLiteral("2024-06-15 09:00"));
    REQUIRE(next.ok());
    CHECK_FALSE(next->has_value());
    CHECK(tasks.listDue(dayNumber({2024, 6, 15}), true)->empty());
    CHECK_FALSE(tasks.complete(id, QStringLiteral("yesterday")).ok());
}

TEST_CASE("due tasks are listed for a day, with or without the overdue ones", "[task]") {
    TempDir dir;
    auto db = createDatabase(dir);
    TaskRepository tasks(*db);
    REQUIRE(tasks.create(makeTask(QStringLiteral("late"), QStringLiteral("2024-06-10"))).ok());
    REQUIRE(tasks.create(makeTask(QStringLiteral("today b"), QStringLiteral("2024-06-15"))).ok());
    REQUIRE(tasks.create(makeTask(QStringLiteral("today a"), QStringLiteral("2024-06-15"))).ok());
    REQUIRE(tasks.create(makeTask(QStringLiteral("later"), QStringLiteral("2024-06-16"))).ok());
    const Id done = *tasks.create(makeTask(QStringLiteral("done"), QStringLiteral("2024-06-14")));
    REQUIRE(tasks.complete(done, QStringLiteral("2024-06-14")).ok());

    const DayNumber asOf = dayNumber({2024, 6, 15});
    auto today = tasks.listDue(asOf, false);
    REQUIRE(today->size() == 2);
    CHECK((*today)[0].task.title == QStringLiteral("today a"));
    auto all = tasks.listDue(asOf, true);
    REQUIRE(all->size() == 3);
    CHECK((*all)[0].task.title == QStringLiteral("late"));
}
