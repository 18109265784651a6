#include "domain/campaign_repository.h"
#include "domain/competitor_repository.h"
#include "domain/customer_merge.h"
#include "domain/customer_note_repository.h"
#include "domain/expense_repository.h"
#include "domain/preference_repository.h"
#include "domain/task_repository.h"
#include "domain/ticket_repository.h"
#include "domain/visit_repository.h"
#include "domain_fixture.h"
#include "storage/sqlite.h"

using namespace clientele;
using namespace clientele::test;

namespace {

qint64 countRows(Database& db, const char* sqlText, Id id) {
    sql::Statement q = db.prepare(sqlText);
    q.bind(1, id).step();
    return q.int64(0);
}

Preference preference(Id customer, const char* category, const char* value) {
    Preference p;
    p.customerId = customer;
    p.category = QLatin1String(category);
    p.value = QLatin1String(value);
    return p;
}

} // namespace

TEST_CASE("the survivor keeps its fields, fills empty ones and unions its lists", "[merge]") {
    Customer a;
    a.id = 1;
    a.ref = QStringLiteral("A");
    a.name = QStringLiteral("Wang Wei");
    a.city = QStringLiteral("Hangzhou");
    a.phones = QStringLiteral("138 0000 0001");
    a.emails = QStringLiteral("w@a.com");
    a.tags = QStringLiteral("vip;tea");
    a.status = QStringLiteral("lead");
    Customer b;
    b.id = 2;
    b.ref = QStringLiteral("B");
    b.name = QStringLiteral("W. Wang");
    b.city = QStringLiteral("Shanghai");
    b.region = QStringLiteral("East");
    b.birthday = QStringLiteral("1980-04-05");
    b.birthdayLunar = true;
    b.phones = QStringLiteral("138 0000 0002;138 0000 0001");
    b.emails = QStringLiteral("w@b.com");
    b.tags = QStringLiteral("tea;wholesale");
    b.status = QStringLiteral("active");

    const Customer m = mergedCustomer(a, b);
    CHECK(m.ref == QStringLiteral("A"));
    CHECK(m.name == QStringLiteral("Wang Wei"));
    CHECK(m.city == QStringLiteral("Hangzhou")); // the survivor's own
    CHECK(m.region == QStringLiteral("East"));   // was empty
    CHECK(m.birthday == QStringLiteral("1980-04-05"));
    CHECK(m.birthdayLunar);
    CHECK(m.status == QStringLiteral("lead"));
    CHECK(m.phones == QStringLiteral("138 0000 0001;138 0000 0002"));
    CHECK(m.emails == QStringLiteral("w@a.com;w@b.com"));
    CHECK(m.tags == QStringLiteral("vip;tea;wholesale"));
}

TEST_CASE("merging moves everything to the survivor and deletes the merged customer", "[merge]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id a = addCustomer(*db, QStringLiteral("A"), QStringLiteral("company"));
    const Id b = addCustomer(*db, QStringLiteral("B"), QStringLiteral("company"));
    const Id personOfB = addCustomer(*db, QStringLiteral("P"), QStringLiteral("person"), b);
    const Id tea = addProduct(*db, QStringLiteral("TEA"), 100, 50);
    const Id order = addOrder(*db, makeOrder(QStringLiteral("S-1"), b, QStringLiteral("2024-01-01"),
                                             {line(tea, 1, 100)}));
    Visit v;
    v.customerId = b;
    v.occurredAt = QStringLiteral("2024-02-01");
    v.contactId = personOfB;
    REQUIRE(VisitRepository(*db).create(v).ok());
    PreferenceRepository prefs(*db);
    REQUIRE(prefs.create(preference(a, "food", "tea")).ok());
    REQUIRE(prefs.create(preference(b, "food", "tea")).ok()); // duplicate of A's: dropped
    REQUIRE(prefs.create(preference(b, "food", "cake")).ok());
    CompetitorPresence presence;
    presence.customerId = b;
    presence.competitor = QStringLiteral("BigTea");
    REQUIRE(CompetitorRepository(*db).create(presence).ok());
    CustomerNote note;
    note.customerId = b;
    note.text = QStringLiteral("wants faster delivery");
    REQUIRE(CustomerNoteRepository(*db).create(note).ok());
    Ticket ticket;
    ticket.customerId = b;
    ticket.subject = QStringLiteral("late");
    ticket.openedAt = QStringLiteral("2024-03-01");
    ticket.orderId = order;
    REQUIRE(TicketRepository(*db).create(ticket).ok());
    Task task;
    task.customerId = b;
    task.title = QStringLiteral("call");
    task.dueOn = QStringLiteral("2024-07-01");
    REQUIRE(TaskRepository(*db).create(task).ok());
    Expense expense;
    expense.customerId = b;
    expense.spentOn = QStringLiteral("2024-01-05");
    expense.amount = 5000;
    REQUIRE(ExpenseRepository(*db).create(expense).ok());
    CampaignRepository campaigns(*db);
    Campaign both;
    both.code = QStringLiteral("BOTH");
    both.name = QStringLiteral("Both");
    const Id bothId = *campaigns.create(both);
    Campaign onlyB = both;
    onlyB.code = QStringLiteral("ONLYB");
    const Id onlyBId = *campaigns.create(onlyB);
    REQUIRE(campaigns.addMembers(bothId, {a, b}).ok());
    REQUIRE(campaigns.addMembers(onlyBId, {b}).ok());

    auto report = mergeCustomers(*db, a, b);
    INFO(message(report));
    REQUIRE(report.ok());
    CHECK(report->orders == 1);
    CHECK(report->visits == 1);
    CHECK(report->preferences == 1);
    CHECK(report->competitors == 1);
    CHECK(report->notes == 1);
    CHECK(report->tickets == 1);
    CHECK(report->tasks == 1);
    CHECK(report->expenses == 1);
    CHECK(report->campaigns == 1);
    CHECK(report->people == 1);

    CHECK(CustomerRepository(*db).get(b).error().kind == Error::Kind::NotFound);
    CHECK(OrderRepository(*db).get(order)->customerId == a);
    CHECK(CustomerRepository(*db).get(personOfB)->companyId == a);
    CHECK(VisitRepository(*db).listForCustomer(a)->size() == 1);
    CHECK(prefs.listForCustomer(a)->size() == 2); // tea once, cake
    CHECK(*campaigns.memberCount(bothId) == 1);
    CHECK(*campaigns.memberCount(onlyBId) == 1);
    CHECK((*campaigns.members(onlyBId))[0].customerId == a);
    // Nothing anywhere still points at B.
    for (const char* check :
         {"SELECT count(*) FROM orders WHERE customer_id = ?",
          "SELECT count(*) FROM visit WHERE customer_id = ?1 OR contact_id = ?1",
          "SELECT count(*) FROM preference WHERE customer_id = ?",
          "SELECT count(*) FROM competitor_presence WHERE customer_id = ?",
          "SELECT count(*) FROM customer_note WHERE customer_id = ?",
          "SELECT count(*) FROM ticket WHERE customer_id = ?",
          "SELECT count(*) FROM task WHERE customer_id = ?",
          "SELECT count(*) FROM expense WHERE customer_id = ?",
          "SELECT count(*) FROM campaign_member WHERE customer_id = ?",
          "SELECT count(*) FROM customer WHERE company_id = ?"}) {
        INFO(check);
        CHECK(countRows(*db, check, b) == 0);
    }
}

TEST_CASE("a merged person's visits as a contact move to the survivor", "[merge]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id company = addCustomer(*db, QStringLiteral("CO"), QStringLiteral("company"));
    const Id a = addCustomer(*db, QStringLiteral("A"), QStringLiteral("person"), company);
    const Id b = addCustomer(*db, QStringLiteral("B"), QStringLiteral("person"), company);
    Visit v;
    v.customerId = company;
    v.occurredAt = QStringLiteral("2024-02-01");
    v.contactId = b;
    const Id visit = *VisitRepository(*db).create(v);
    auto report = mergeCustomers(*db, a, b);
    REQUIRE(report.ok());
    CHECK(report->visitsAsContact == 1);
    CHECK(VisitRepository(*db).get(visit)->contactId == a);
}

TEST_CASE("a customer cannot be merged with itself nor a company into a person", "[merge]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id person = addCustomer(*db, QStringLiteral("P"));
    const Id company = addCustomer(*db, QStringLiteral("C"), QStringLiteral("company"));
    CHECK(mergeCustomers(*db, person, person)
              .error()
              .message.contains(QStringLiteral("cannot be merged with itself")));
    auto refused = mergeCustomers(*db, person, company);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QStringLiteral("a company cannot be merged into a person")));
    CHECK(CustomerRepository(*db).get(company).ok());
    CHECK(mergeCustomers(*db, person, 987654).error().kind == Error::Kind::NotFound);
}
