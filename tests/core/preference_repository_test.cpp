#include "domain/preference_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Preference makePreference(Id customer, const QString& category, const QString& value) {
    Preference p;
    p.customerId = customer;
    p.category = category;
    p.value = value;
    return p;
}

} // namespace

TEST_CASE("preferences are saved, edited, listed by category and removed", "[preference]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    PreferenceRepository prefs(*db);
    const Id seat = *prefs.create(
        makePreference(customer, QStringLiteral("travel"), QStringLiteral("window seat")));
    Preference spicy = makePreference(customer, QStringLiteral("food"), QStringLiteral("spicy"));
    spicy.sentiment = QStringLiteral("dislike");
    const Id food = *prefs.create(spicy);

    auto list = prefs.listForCustomer(customer);
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].category == QStringLiteral("food"));
    CHECK((*list)[0].sentiment == QStringLiteral("dislike"));

    Preference edited = *prefs.get(seat);
    edited.notes = QStringLiteral("long flights only");
    REQUIRE(prefs.update(edited).ok());
    CHECK(prefs.get(seat)->notes == QStringLiteral("long flights only"));
    REQUIRE(prefs.remove(food).ok());
    CHECK(prefs.listForCustomer(customer)->size() == 1);
}

TEST_CASE("the same category and value twice for a customer is refused", "[preference]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    const Id other = addCustomer(*db, QStringLiteral("C2"));
    PreferenceRepository prefs(*db);
    REQUIRE(
        prefs.create(makePreference(customer, QStringLiteral("food"), QStringLiteral("tea"))).ok());
    auto dup =
        prefs.create(makePreference(customer, QStringLiteral("food"), QStringLiteral(" tea ")));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == Error::Kind::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("already has a preference for \"tea\"")));
    // Another customer may like the same thing.
    CHECK(prefs.create(makePreference(other, QStringLiteral("food"), QStringLiteral("tea"))).ok());
}

TEST_CASE("preference validation names the fields", "[preference]") {
    TempDir dir;
    auto db = createDatabase(dir);
    PreferenceRepository prefs(*db);
    Preference p = makePreference(0, QString(), QStringLiteral("x"));
    p.sentiment = QStringLiteral("love");
    const QString m = prefs.create(p).error().message;
    CHECK(m.contains(QStringLiteral("customer_ref: a customer is required")));
    CHECK(m.contains(QStringLiteral("category: a value is required")));
    CHECK(m.contains(QStringLiteral("sentiment: \"love\" is not one of like, dislike, neutral")));
    CHECK(prefs.create(makePreference(77, QStringLiteral("a"), QStringLiteral("b")))
              .error()
              .message.contains(QStringLiteral("customer_ref: no customer with id 77")));
}
