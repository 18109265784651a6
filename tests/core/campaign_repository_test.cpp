#include "domain/campaign_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Campaign makeCampaign(const QString& code, const QString& startsOn = {},
                      const QString& endsOn = {}) {
    Campaign c;
    c.code = code;
    c.name = QStringLiteral("Campaign ") + code;
    c.startsOn = startsOn;
    c.endsOn = endsOn;
    return c;
}

} // namespace

TEST_CASE("a campaign is saved, found by code and listed newest first", "[campaign]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CampaignRepository campaigns(*db);
    Campaign spring = makeCampaign(QStringLiteral("SPRING"), QStringLiteral("2024-03-01"),
                                   QStringLiteral("2024-03-31"));
    spring.cost = 200000;
    spring.responseWindowDays = 30;
    const Id springId = *campaigns.create(spring);
    REQUIRE(campaigns.create(makeCampaign(QStringLiteral("SUMMER"), QStringLiteral("2024-06-01")))
                .ok());
    REQUIRE(campaigns.create(makeCampaign(QStringLiteral("UNDATED"))).ok());

    Campaign back = *campaigns.get(springId);
    CHECK(back.cost == 200000);
    CHECK(back.responseWindowDays == 30);
    CHECK(back.endsOn == QStringLiteral("2024-03-31"));
    CHECK(campaigns.idForCode(QStringLiteral("SPRING")) == springId);

    auto list = campaigns.list();
    REQUIRE(list->size() == 3);
    CHECK((*list)[0].campaign.code == QStringLiteral("SUMMER"));
    CHECK((*list)[1].campaign.code == QStringLiteral("SPRING"));
    CHECK((*list)[2].campaign.code == QStringLiteral("UNDATED"));
}

TEST_CASE("campaign validation and a duplicate code are refused with the field named",
          "[campaign]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CampaignRepository campaigns(*db);
    Campaign backwards = makeCampaign(QStringLiteral("X"), QStringLiteral("2024-03-31"),
                                      QStringLiteral("2024-03-01"));
    backwards.responseWindowDays = -1;
    const QString m = campaigns.create(backwards).error().message;
    CHECK(m.contains(QStringLiteral("ends_on: 2024-03-01 is before the start, 2024-03-31")));
    CHECK(m.contains(QStringLiteral("response_window_days: must not be negative")));

    REQUIRE(campaigns.create(makeCampaign(QStringLiteral("X"))).ok());
    auto dup = campaigns.create(makeCampaign(QStringLiteral("X")));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == Error::Kind::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("code: \"X\" is already used")));
}

TEST_CASE("members are added and removed in bulk, existing ones skipped", "[campaign]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id a = addCustomer(*db, QStringLiteral("A"));
    const Id b = addCustomer(*db, QStringLiteral("B"));
    const Id c = addCustomer(*db, QStringLiteral("C"));
    CampaignRepository campaigns(*db);
    const Id id = *campaigns.create(makeCampaign(QStringLiteral("X")));

    CHECK(*campaigns.addMembers(id, {a, b}) == 2);
    CHECK(*campaigns.addMembers(id, {b, c}) == 1); // b was already a member
    CHECK(*campaigns.memberCount(id) == 3);

    // An unknown customer refuses the whole batch.
    auto refused = campaigns.addMembers(id, {a, 424242});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("no customer with id 424242")));
    CHECK(*campaigns.memberCount(id) == 3);

    REQUIRE(campaigns.setContacted(id, b, QStringLiteral("2024-03-02T09:15")).ok());
    CHECK(campaigns.setContacted(id, 9, QStringLiteral("2024-03-02")).error().kind ==
          Error::Kind::NotFound);
    auto members = campaigns.members(id);
    REQUIRE(members->size() == 3);
    CHECK((*members)[1].customerRef == QStringLiteral("B"));
    CHECK((*members)[1].contactedAt == QStringLiteral("2024-03-02 09:15:00"));

    CHECK(*campaigns.removeMembers(id, {a, c, 12345}) == 2);
    CHECK(*campaigns.memberCount(id) == 1);
    CHECK((*campaigns.list())[0].members == 1);
}

TEST_CASE("removing a campaign keeps its orders without it", "[campaign]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("A"));
    const Id tea = addProduct(*db, QStringLiteral("TEA"), 100, 50);
    CampaignRepository campaigns(*db);
    const Id id = *campaigns.create(makeCampaign(QStringLiteral("X")));
    REQUIRE(campaigns.addMembers(id, {customer}).ok());
    Order o = makeOrder(QStringLiteral("S-1"), customer, QStringLiteral("2024-01-01"),
                        {line(tea, 1, 100)});
    o.campaignId = id;
    const Id order = addOrder(*db, o);
    REQUIRE(campaigns.remove(id).ok());
    auto back = OrderRepository(*db).get(order);
    REQUIRE(back.ok());
    CHECK_FALSE(back->campaignId.has_value());
}
