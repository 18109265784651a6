// The promotion analysis on a small shop whose figures are worked out by hand below.
#include "analysis/promotion.h"
#include "facts_fixture.h"
#include "qt_catch_strings.h"

#include <QJsonArray>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;
using namespace clientele::test::ordered;

namespace {

// Customers A..F, one product. Window 2023-01-01 .. 2024-12-31. Campaigns:
//   NEWBIES 2023-05-01 .. 05-31 + 30 days, cost 300, members D   (nobody bought before it)
//   SPRING  2024-03-01 .. 03-10 + 14 days, cost 1000, members A B C
//   QUIET   2024-06-01 .. 06-30 + 0 days, cost 500, members C E  (nobody buys in June)
//   OPEN    2024-12-01 .. (no end), cost 0, members F
//   UNDATED no dates, cost 100, members A
//   LATE    2025-02-01 .. 2025-02-28, after the window
// Counted orders (revenue/cost):
//   2023-06-01 D 500/300   2023-07-01 E 500/300   2023-08-01 A 400/100   2024-02-01 F 300/200
//   2024-03-05 A 2000/1200 (SPRING)   2024-03-15 D 600/400   2024-03-20 B 1000/700 (UNDATED)
//   2024-03-25 C 800/500   2024-04-01 F 500/300 (SPRING)   2024-12-20 F 300/100
struct Shop {
    FactsBuilder b;
    int newbies, spring, quiet, open, undated, late;

    Shop() {
        const int a = b.customer(QStringLiteral("A")), bb = b.customer(QStringLiteral("B")),
                  c = b.customer(QStringLiteral("C")), d = b.customer(QStringLiteral("D")),
                  e = b.customer(QStringLiteral("E")), f = b.customer(QStringLiteral("F"));
        const int p = b.product(QStringLiteral("P"));
        newbies = b.campaign(QStringLiteral("NEWBIES"), {.cost = 300,
                                                         .startsOn = day(2023, 5, 1),
                                                         .endsOn = day(2023, 5, 31),
                                                         .responseWindowDays = 30,
                                                         .members = {d}});
        spring = b.campaign(QStringLiteral("SPRING"), {.cost = 1000,
                                                       .startsOn = day(2024, 3, 1),
                                                       .endsOn = day(2024, 3, 10),
                                                       .responseWindowDays = 14,
                                                       .members = {a, bb, c}});
        quiet = b.campaign(QStringLiteral("QUIET"), {.cost = 500,
                                                     .startsOn = day(2024, 6, 1),
                                                     .endsOn = day(2024, 6, 30),
                                                     .responseWindowDays = 0,
                                                     .members = {c, e}});
        open = b.campaign(QStringLiteral("OPEN"), {.cost = 0,
                                                   .startsOn = day(2024, 12, 1),
                                                   .endsOn = kNoDay,
                                                   .responseWindowDays = 14,
                                                   .members = {f}});
        undated = b.campaign(QStringLiteral("UNDATED"), {.cost = 100,
                                                         .startsOn = kNoDay,
                                                         .endsOn = kNoDay,
                                                         .responseWindowDays = 14,
                                                         .members = {a}});
        late = b.campaign(QStringLiteral("LATE"), {.cost = 100,
                                                   .startsOn = day(2025, 2, 1),
                                                   .endsOn = day(2025, 2, 28),
                                                   .responseWindowDays = 14,
                                                   .members = {a}});
        const auto order = [&](const char* n, DayNumber on, int who, Money revenue, Money cost,
                               int campaign = kNone) {
            b.order(QLatin1String(n), on, who, {{p, 1, revenue, cost}}, {.campaign = campaign});
        };
        order("1", day(2023, 6, 1), d, 500, 300);
        order("2", day(2023, 7, 1), e, 500, 300);
        order("3", day(2023, 8, 1), a, 400, 100);
        order("4", day(2024, 2, 1), f, 300, 200);
        order("5", day(2024, 3, 5), a, 2000, 1200, spring);
        order("6", day(2024, 3, 15), d, 600, 400);
        order("7", day(2024, 3, 20), bb, 1000, 700, undated);
        order("8", day(2024, 3, 25), c, 800, 500);
        order("9", day(2024, 4, 1), f, 500, 300, spring);
        order("10", day(2024, 12, 20), f, 300, 100);
    }
    Window twoYears() const { return window(day(2023, 1, 1), day(2024, 12, 31)); }

    const CampaignRow& row(const PromotionResult& r, int campaign) const {
        for (const CampaignRow& x : r.campaigns)
            if (x.campaign == campaign)
                return x;
        FAIL("campaign not listed");
        return r.campaigns.front();
    }
};

} // namespace

TEST_CASE("promotion lists the window's campaigns by start, undated last",
          "[analysis][promotion]") {
    Shop shop;
    const PromotionResult r = computePromotion(shop.b.facts, shop.twoYears());
    REQUIRE(r.campaigns.size() == 5); // LATE starts after the window
    CHECK(r.campaigns[0].campaign == shop.newbies);
    CHECK(r.campaigns[1].campaign == shop.spring);
    CHECK(r.campaigns[2].campaign == shop.quiet);
    CHECK(r.campaigns[3].campaign == shop.open);
    CHECK(r.campaigns[4].campaign == shop.undated);
}

TEST_CASE("promotion measures responders against a control group of earlier buyers",
          "[analysis][promotion]") {
    Shop shop;
    const PromotionResult r = computePromotion(shop.b.facts, shop.twoYears());
    const CampaignRow& s = shop.row(r, shop.spring);
    // Response period 2024-03-01 .. 03-24. Members A B C: A (03-05) and B (03-20) respond,
    // C's order of 03-25 is a day late: 2 of 3. Revenue 2000 + 1000, profit 800 + 300.
    // Control: non-members with an order before 03-01: D, E, F (F's first is 2024-02-01);
    // only D responds (03-15, profit 200): rate 1/3, lift (2/3) / (1/3) = 2.
    // Incremental: 1100 - 3 x 1/3 x 200 = 900; roi (900 - 1000) / 1000 = -0.1.
    // Attributed: orders 5 and 9 carry SPRING (9 is after the response period): 2, 2500.
    CHECK(s.responseFrom == day(2024, 3, 1));
    CHECK(s.responseTo == day(2024, 3, 24));
    CHECK(s.members == 3);
    CHECK(s.responders == 2);
    CHECK(*s.responseRate == Approx(2.0 / 3));
    CHECK(s.controlCustomers == 3);
    CHECK(*s.controlRate == Approx(1.0 / 3));
    CHECK(*s.lift == Approx(2.0));
    CHECK(s.revenue == 3000);
    CHECK(s.profit == 1100);
    CHECK(s.incrementalProfit == 900);
    CHECK(*s.roi == Approx(-0.1));
    CHECK(s.attributedOrders == 2);
    CHECK(s.attributedRevenue == 2500);
    const QString text = promotionText(r, shop.b.facts, shop.twoYears());
    CHECK(text.contains(QStringLiteral("SPRING  members 3  responders 2  lift 2")));
}

TEST_CASE("promotion gives a null control rate and lift to a campaign without a control group",
          "[analysis][promotion]") {
    Shop shop;
    const PromotionResult r = computePromotion(shop.b.facts, shop.twoYears());
    const CampaignRow& n = shop.row(r, shop.newbies);
    // Period 2023-05-01 .. 06-30; D buys on 06-01 (500/300). Nobody bought before 05-01.
    CHECK(n.responders == 1);
    CHECK(*n.responseRate == Approx(1.0));
    CHECK(n.controlCustomers == 0);
    CHECK_FALSE(n.controlRate);
    CHECK_FALSE(n.lift);
    CHECK(n.revenue == 500);
    CHECK(n.profit == 200);
    CHECK_FALSE(n.incrementalProfit);
    CHECK_FALSE(n.roi);
    const QJsonObject json = promotionJson(r, shop.b.facts, shop.twoYears())
                                 .value(QStringLiteral("campaigns"))
                                 .toArray()
                                 .at(0)
                                 .toObject();
    CHECK(json.value(QStringLiteral("code")).toString() == QStringLiteral("NEWBIES"));
    CHECK(json.value(QStringLiteral("control_rate")).isNull());
    CHECK(json.value(QStringLiteral("lift")).isNull());
    CHECK(json.value(QStringLiteral("roi")).isNull());
    CHECK(json.value(QStringLiteral("revenue")).toDouble() == 5.0);
}

TEST_CASE("promotion with no responders has a zero rate and loses its cost",
          "[analysis][promotion]") {
    Shop shop;
    const PromotionResult r = computePromotion(shop.b.facts, shop.twoYears());
    const CampaignRow& q = shop.row(r, shop.quiet);
    // June 2024: no orders. Control: A, B, D, F (C and E are members) bought before June, none
    // in June: rate 0, so the lift divides by zero (null). Incremental 0 - 2 x 0 = 0,
    // roi (0 - 500) / 500 = -1.
    CHECK(q.responders == 0);
    CHECK(*q.responseRate == 0.0);
    CHECK(q.controlCustomers == 4);
    CHECK(*q.controlRate == 0.0);
    CHECK_FALSE(q.lift);
    CHECK(q.revenue == 0);
    CHECK(q.incrementalProfit == 0);
    CHECK(*q.roi == Approx(-1.0));
}

TEST_CASE("promotion runs an open-ended campaign to the window's end and a zero cost has no roi",
          "[analysis][promotion]") {
    Shop shop;
    const PromotionResult r = computePromotion(shop.b.facts, shop.twoYears());
    const CampaignRow& o = shop.row(r, shop.open);
    // Period 2024-12-01 .. 12-31 (the window's end). F buys on 12-20 (300/100).
    // Control: A B C D E all bought before December, none in it: rate 0. Incremental 200.
    CHECK(o.responseTo == day(2024, 12, 31));
    CHECK(o.responders == 1);
    CHECK(o.controlCustomers == 5);
    CHECK(o.incrementalProfit == 200);
    CHECK_FALSE(o.roi);
}

TEST_CASE("promotion leaves the response figures of an undated campaign null",
          "[analysis][promotion]") {
    Shop shop;
    const PromotionResult r = computePromotion(shop.b.facts, shop.twoYears());
    const CampaignRow& u = shop.row(r, shop.undated);
    CHECK(u.members == 1);
    CHECK_FALSE(u.responders);
    CHECK_FALSE(u.responseRate);
    CHECK_FALSE(u.revenue);
    CHECK_FALSE(u.roi);
    CHECK(u.attributedOrders == 1); // order 7 (B, 1000)
    CHECK(u.attributedRevenue == 1000);
    const Table t = promotionTable(r, shop.b.facts);
    REQUIRE(t.rows.size() == 5);
    CHECK(t.rows[4][0] == QStringLiteral("UNDATED"));
    CHECK(t.rows[4][6].isEmpty());
}

TEST_CASE("promotion cuts the response period at the window's end and can pick one campaign",
          "[analysis][promotion]") {
    Shop shop;
    PromotionOptions o;
    o.campaign = QStringLiteral("SPRING");
    // Window ending 2024-03-10: only A's order of 03-05 is in the period; D's (03-15) is not.
    const PromotionResult r =
        computePromotion(shop.b.facts, window(day(2023, 1, 1), day(2024, 3, 10)), o);
    REQUIRE(r.campaigns.size() == 1);
    const CampaignRow& s = r.campaigns[0];
    CHECK(s.responseTo == day(2024, 3, 10));
    CHECK(s.responders == 1);
    CHECK(*s.controlRate == 0.0);
    CHECK(s.incrementalProfit == 800);
    CHECK(s.attributedOrders == 1);
}

TEST_CASE("promotion over a window before every campaign lists only undated ones",
          "[analysis][promotion]") {
    Shop shop;
    const PromotionResult r =
        computePromotion(shop.b.facts, window(day(2020, 1, 1), day(2020, 12, 31)));
    REQUIRE(r.campaigns.size() == 1);
    CHECK(r.campaigns[0].campaign == shop.undated);
    CHECK(r.campaigns[0].attributedOrders == 0);
}
