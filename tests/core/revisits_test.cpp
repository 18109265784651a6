#include "agenda/revisits.h"
#include "domain/task_repository.h"
#include "domain/visit_repository.h"
#include "domain_fixture.h"
#include "qt_catch_strings.h"

using namespace clientele;
using namespace clientele::test;

namespace {

// A customer of a tier, added on a given day.
Id customer(Database& db, const char* ref, const char* tier, const char* addedOn,
            const char* status = "active") {
    Customer c;
    c.ref = QLatin1String(ref);
    c.name = QLatin1String(ref);
    c.tier = QLatin1String(tier);
    c.status = QLatin1String(status);
    auto id = CustomerRepository(db).create(c);
    INFO(message(id));
    REQUIRE(id.ok());
    db.exec("UPDATE customer SET created_at = '" + std::string(addedOn) +
            " 09:00:00' WHERE id = " + std::to_string(*id));
    return *id;
}

void contact(Database& db, Id customer, const char* at, const char* kind = "visit") {
    Visit v;
    v.customerId = customer;
    v.occurredAt = QLatin1String(at) + QStringLiteral(" 10:00:00");
    v.kind = QLatin1String(kind);
    auto id = VisitRepository(db).create(v);
    INFO(message(id));
    REQUIRE(id.ok());
}

void revisitTask(Database& db, Id customer, const char* doneAt) {
    Task t;
    t.title = QStringLiteral("Revisit");
    t.kind = QStringLiteral("revisit");
    t.dueOn = QStringLiteral("2024-06-01");
    t.customerId = customer;
    t.doneAt = QLatin1String(doneAt);
    auto id = TaskRepository(db).create(t);
    INFO(message(id));
    REQUIRE(id.ok());
}

} // namespace

TEST_CASE("revisit rules are read from TIER=DAYS pairs and bad ones are named",
          "[agenda][revisit]") {
    auto rules = RevisitRules::parse(QStringLiteral(" A=30; B = 90 ;"));
    REQUIRE(rules.ok());
    CHECK(*rules == std::vector<RevisitRule>{{QStringLiteral("A"), 30}, {QStringLiteral("B"), 90}});
    CHECK(RevisitRules::format(*rules) == QStringLiteral("A=30;B=90"));

    auto zero = RevisitRules::parse(QStringLiteral("A=0"));
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().message.contains(QStringLiteral("tier A")));
    auto twice = RevisitRules::parse(QStringLiteral("A=30;A=40"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message.contains(QStringLiteral("twice")));
    auto junk = RevisitRules::parse(QStringLiteral("monthly"));
    REQUIRE_FALSE(junk.ok());
    CHECK(junk.error().message.contains(QStringLiteral("TIER=DAYS")));
}

TEST_CASE("revisits due follow each tier's rule, the last real contact and open revisit tasks",
          "[agenda][revisit]") {
    TempDir dir;
    auto db = createDatabase(dir);
    REQUIRE(RevisitRules::save(*db, {{QStringLiteral("A"), 30}, {QStringLiteral("B"), 90}}).ok());
    const DayNumber today = dayNumber({2024, 6, 30});

    // Worked out by hand: due day = last contact + the tier's days; overdue = today - due day.
    const Id a1 = customer(*db, "A1", "A", "2023-01-01");
    contact(*db, a1, "2024-05-20"); // due 06-19: 11 days overdue
    const Id a2 = customer(*db, "A2", "A", "2023-01-01");
    contact(*db, a2, "2024-06-10"); // due 07-10: not yet
    const Id a3 = customer(*db, "A3", "A", "2023-01-01");
    contact(*db, a3, "2024-04-30", "call");    // due 05-30: 31 days overdue ...
    contact(*db, a3, "2024-06-25", "message"); // ... a greeting sent is not a revisit
    const Id a4 = customer(*db, "A4", "A", "2023-01-01", "lost");
    contact(*db, a4, "2024-01-01"); // lost customers are not chased
    const Id a5 = customer(*db, "A5", "A", "2023-01-01");
    contact(*db, a5, "2024-01-01");
    revisitTask(*db, a5, "");                             // already planned
    customer(*db, "A6", "A", "2024-06-20");               // new, never visited: due 07-20
    const Id a7 = customer(*db, "A7", "A", "2024-05-01"); // never visited: due 05-31, 30 days
    const Id a8 = customer(*db, "A8", "A", "2023-01-01");
    contact(*db, a8, "2024-05-30");              // due 06-29: 1 day overdue
    revisitTask(*db, a8, "2024-05-30 11:00:00"); // a done revisit task does not hold it back
    const Id b1 = customer(*db, "B1", "B", "2023-01-01");
    contact(*db, b1, "2024-04-01", "meeting"); // due 06-30: due today
    const Id b2 = customer(*db, "B2", "B", "2023-01-01");
    contact(*db, b2, "2024-04-02");                       // due 07-01: not yet
    const Id c1 = customer(*db, "C1", "C", "2020-01-01"); // tier C has no rule
    contact(*db, c1, "2020-01-02");

    auto due = readRevisitsDue(*db, today);
    INFO(message(due));
    REQUIRE(due.ok());
    std::vector<std::pair<Id, int>> got;
    for (const RevisitDue& d : *due)
        got.emplace_back(d.customer.id, d.daysOverdue);
    CHECK(got == std::vector<std::pair<Id, int>>{{a3, 31}, {a7, 30}, {a1, 11}, {a8, 1}, {b1, 0}});
    CHECK_FALSE((*due)[1].everContacted);
    CHECK((*due)[1].lastContact == dayNumber({2024, 5, 1}));
    CHECK((*due)[0].lastContact == dayNumber({2024, 4, 30}));
    CHECK((*due)[4].tier == QStringLiteral("B"));

    // No rules, nothing due.
    REQUIRE(RevisitRules::save(*db, {}).ok());
    CHECK(readRevisitsDue(*db, today)->empty());
}
