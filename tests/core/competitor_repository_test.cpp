#include "domain/competitor_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

CompetitorPresence makePresence(Id customer, const QString& competitor, const QString& product,
                                std::optional<double> share = std::nullopt) {
    CompetitorPresence c;
    c.customerId = customer;
    c.competitor = competitor;
    c.product = product;
    c.estimatedShare = share;
    return c;
}

} // namespace

TEST_CASE("competitor presence is saved with its share and listed", "[competitor]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    CompetitorRepository competitors(*db);
    const Id id = *competitors.create(
        makePresence(customer, QStringLiteral("BigTea"), QStringLiteral("green"), 0.25));
    REQUIRE(competitors.create(makePresence(customer, QStringLiteral("AcmeTea"), {})).ok());
    CHECK(competitors.get(id)->estimatedShare == 0.25);
    auto list = competitors.listForCustomer(customer);
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].competitor == QStringLiteral("AcmeTea"));
    CHECK_FALSE((*list)[0].estimatedShare.has_value());
    REQUIRE(competitors.remove(id).ok());
    CHECK(competitors.listForCustomer(customer)->size() == 1);
}

TEST_CASE("a share outside 0..1 and a duplicate competitor product are refused", "[competitor]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    CompetitorRepository competitors(*db);
    auto tooMuch = competitors.create(
        makePresence(customer, QStringLiteral("BigTea"), QStringLiteral("green"), 1.5));
    REQUIRE_FALSE(tooMuch.ok());
    CHECK(tooMuch.error().message.contains(
        QStringLiteral("estimated_share: 1.5 is not a share between 0 and 1")));
    CHECK_FALSE(
        competitors.create(makePresence(customer, QStringLiteral("BigTea"), {}, -0.1)).ok());
    REQUIRE(competitors
                .create(makePresence(customer, QStringLiteral("BigTea"), QStringLiteral("green")))
                .ok());
    auto dup = competitors.create(
        makePresence(customer, QStringLiteral("BigTea"), QStringLiteral("green"), 0.5));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == Error::Kind::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("already recorded")));
}
