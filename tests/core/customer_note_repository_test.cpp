#include "domain/customer_note_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

TEST_CASE("goals and needs are kept per customer, goals first", "[note]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    CustomerNoteRepository notes(*db);
    CustomerNote need;
    need.customerId = customer;
    need.kind = QStringLiteral("need");
    need.text = QStringLiteral("Deliveries arrive late");
    const Id needId = *notes.create(need);
    CustomerNote goal = need;
    goal.kind = QStringLiteral("goal");
    goal.text = QStringLiteral("Open a second shop");
    REQUIRE(notes.create(goal).ok());

    auto list = notes.listForCustomer(customer);
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].kind == QStringLiteral("goal"));
    CHECK((*list)[1].text == QStringLiteral("Deliveries arrive late"));

    CustomerNote edited = *notes.get(needId);
    edited.text = QStringLiteral("Deliveries arrive late on Mondays");
    REQUIRE(notes.update(edited).ok());
    CHECK(notes.get(needId)->text == QStringLiteral("Deliveries arrive late on Mondays"));
    REQUIRE(notes.remove(needId).ok());
    CHECK(notes.get(needId).error().kind == Error::Kind::NotFound);
}

TEST_CASE("a note needs a kind of goal or need and a text", "[note]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    CustomerNote bad;
    bad.customerId = customer;
    bad.kind = QStringLiteral("wish");
    const QString m = CustomerNoteRepository(*db).create(bad).error().message;
    CHECK(m.contains(QStringLiteral("kind: \"wish\" is not one of goal, need")));
    CHECK(m.contains(QStringLiteral("text: a value is required")));
}
