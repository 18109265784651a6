#include "agenda/due_watch.h"
#include "agenda/task_listing.h"
#include "domain_fixture.h"
#include "qt_catch_strings.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Id addTask(Database& db, const char* title, const char* due, std::optional<Id> customer,
           const char* kind = "follow_up", const char* doneAt = "") {
    Task t;
    t.title = QLatin1String(title);
    t.dueOn = QLatin1String(due);
    t.customerId = customer;
    t.kind = QLatin1String(kind);
    t.doneAt = QLatin1String(doneAt);
    auto id = TaskRepository(db).create(t);
    INFO(message(id));
    REQUIRE(id.ok());
    return *id;
}

QString titles(Database& db, const TaskFilter& f) {
    auto rows = listTasks(db, f, 0, 100);
    REQUIRE(rows.ok());
    QStringList out;
    for (const TaskRow& r : *rows)
        out << r.task.title;
    CHECK(countTasks(db, f).valueOr(-1) == out.size());
    return out.join(u'|');
}

AgendaTask due(Id id, DayNumber day) {
    AgendaTask t;
    t.id = id;
    t.due = day;
    return t;
}

} // namespace

TEST_CASE("tasks are listed by state, due range, kind and customer text", "[agenda][tasks]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id c1 = addCustomer(*db, QStringLiteral("C-100"));
    const Id c2 = addCustomer(*db, QStringLiteral("C-200"));
    addTask(*db, "B call", "2024-06-20", c1);
    addTask(*db, "A visit", "2024-06-10", c2, "revisit");
    addTask(*db, "C greet", "2024-07-01", std::nullopt, "birthday");
    addTask(*db, "D done", "2024-06-01", c1, "follow_up", "2024-06-02 10:00:00");
    addTask(*db, "E done later", "2024-06-05", c2, "follow_up", "2024-06-08 10:00:00");

    TaskFilter f;
    CHECK(titles(*db, f) == QStringLiteral("A visit|B call|C greet"));
    f.state = TaskFilter::State::Done;
    CHECK(titles(*db, f) == QStringLiteral("E done later|D done"));
    f.state = TaskFilter::State::All;
    CHECK(titles(*db, f).count(u'|') == 4);
    f.dueFrom = QStringLiteral("2024-06-05");
    f.dueTo = QStringLiteral("2024-06-20");
    CHECK(titles(*db, f) == QStringLiteral("A visit|B call|E done later"));
    f.kind = QStringLiteral("revisit");
    CHECK(titles(*db, f) == QStringLiteral("A visit"));
    f = {};
    f.state = TaskFilter::State::All;
    f.customerText = QStringLiteral("c-1"); // the ref, case-insensitively
    CHECK(titles(*db, f) == QStringLiteral("B call|D done"));
    f.customerText = QStringLiteral("%");
    CHECK(titles(*db, f).isEmpty());
}

TEST_CASE("the due watch announces each task once, when it falls due", "[agenda][tasks]") {
    DueWatch watch;
    const DayNumber d = dayNumber({2024, 6, 15});
    // At start: today's tasks, not the overdue one.
    auto first = watch.check({due(1, d - 3), due(2, d), due(3, d)}, d);
    REQUIRE(first.size() == 2);
    CHECK(first[0].id == 2);
    CHECK(watch.check({due(1, d - 3), due(2, d), due(3, d)}, d).empty());
    // A task moved to today during the day.
    auto moved = watch.check({due(2, d), due(3, d), due(4, d)}, d);
    REQUIRE(moved.size() == 1);
    CHECK(moved[0].id == 4);
    // After midnight, tomorrow's task is due; yesterday's are overdue now.
    auto next = watch.check({due(2, d), due(3, d), due(5, d + 1)}, d + 1);
    REQUIRE(next.size() == 1);
    CHECK(next[0].id == 5);
}
