// The performance analysis on a small shop whose figures are worked out by hand below.
#include "analysis/performance.h"
#include "facts_fixture.h"
#include "qt_catch_strings.h"

#include <QJsonArray>
#include <QMap>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;
using namespace clientele::test::ordered;

namespace {

// Products: CUP (ware), POT (ware), TEA (tea). Customers: C1 north, C2 south, C3 no region.
// Window: 2024-01-01 .. 2024-03-31.
//   P1 2023-01-15 C1 Li   shop:   TEA 1000/600                 (a year before)
//   P2 2023-02-10 C2 Wang online: CUP 500/200                  (a year before)
//   O1 2024-01-05 C1 Li   shop:   TEA x2 2000/1200, CUP 500/200
//   O2 2024-01-20 C2 Wang online: TEA 1000/600
//   O3 2024-02-03 C1 Li   online: POT 800/900                  (a loss)
//   O4 2024-02-14 C3 Li   shop:   CUP x3 1500/1400
//   O5 2024-03-30 (erased customer) Wang shop: TEA 1000/600
//   O6 2024-04-02 C2 Wang shop:   TEA 1000/600                 (after the window)
// Window revenue: 2500 + 1000 + 800 + 1500 + 1000 = 6800.
struct Shop {
    FactsBuilder b;
    int cup, pot, tea;

    Shop() {
        const int c1 = b.customer(QStringLiteral("C1"), {.region = QStringLiteral("north")});
        const int c2 = b.customer(QStringLiteral("C2"), {.region = QStringLiteral("south")});
        const int c3 = b.customer(QStringLiteral("C3"));
        cup = b.product(QStringLiteral("CUP"), QStringLiteral("ware"));
        pot = b.product(QStringLiteral("POT"), QStringLiteral("ware"));
        tea = b.product(QStringLiteral("TEA"), QStringLiteral("tea"));
        const OrderSpec liShop{.channel = QStringLiteral("shop"),
                               .salesperson = QStringLiteral("Li")};
        const OrderSpec liOnline{.channel = QStringLiteral("online"),
                                 .salesperson = QStringLiteral("Li")};
        const OrderSpec wangShop{.channel = QStringLiteral("shop"),
                                 .salesperson = QStringLiteral("Wang")};
        const OrderSpec wangOnline{.channel = QStringLiteral("online"),
                                   .salesperson = QStringLiteral("Wang")};
        b.order(QStringLiteral("P1"), day(2023, 1, 15), c1, {{tea, 1, 1000, 600}}, liShop);
        b.order(QStringLiteral("P2"), day(2023, 2, 10), c2, {{cup, 1, 500, 200}}, wangOnline);
        b.order(QStringLiteral("O1"), day(2024, 1, 5), c1,
                {{tea, 2, 2000, 1200}, {cup, 1, 500, 200}}, liShop);
        b.order(QStringLiteral("O2"), day(2024, 1, 20), c2, {{tea, 1, 1000, 600}}, wangOnline);
        b.order(QStringLiteral("O3"), day(2024, 2, 3), c1, {{pot, 1, 800, 900}}, liOnline);
        b.order(QStringLiteral("O4"), day(2024, 2, 14), c3, {{cup, 3, 1500, 1400}}, liShop);
        b.order(QStringLiteral("O5"), day(2024, 3, 30), kNone, {{tea, 1, 1000, 600}}, wangShop);
        b.order(QStringLiteral("O6"), day(2024, 4, 2), c2, {{tea, 1, 1000, 600}}, wangShop);
    }
    Window quarter() const { return window(day(2024, 1, 1), day(2024, 3, 31)); }
};

PerformanceOptions by(std::vector<Dimension> dimensions, Compare compare = Compare::None) {
    PerformanceOptions o;
    o.by = std::move(dimensions);
    o.compare = compare;
    return o;
}

QStringList labels(const PerformanceResult& r, const Facts& f, size_t k = 0) {
    QStringList out;
    for (const PerformanceRow& row : r.rows)
        out << keyLabel(f, r.by[k], row.keys[k]);
    return out;
}

} // namespace

TEST_CASE("performance by category sums the window's lines, largest revenue first",
          "[analysis][performance]") {
    Shop shop;
    const PerformanceResult r = computePerformance(shop.b.facts, shop.quarter());
    // tea: O1 2000/1200, O2 1000/600, O5 1000/600 = 4000/2400, quantity 4, orders O1 O2 O5,
    //      customers C1 C2 (O5's customer was erased), share 4000/6800.
    // ware: O1 CUP 500/200, O3 POT 800/900, O4 CUP 1500/1400 = 2800/2500, quantity 5, orders 3,
    //       customers C1 C3, share 2800/6800.
    CHECK(r.totalRevenue == 6800);
    REQUIRE(labels(r, shop.b.facts) == QStringList{QStringLiteral("tea"), QStringLiteral("ware")});
    const PerformanceRow& tea = r.rows[0];
    CHECK(tea.revenue == 4000);
    CHECK(tea.cost == 2400);
    CHECK(tea.quantity == 4);
    CHECK(tea.orders == 3);
    CHECK(tea.customers == 2);
    CHECK_FALSE(tea.previousRevenue);
    const PerformanceRow& ware = r.rows[1];
    CHECK(ware.revenue == 2800);
    CHECK(ware.profit() == 300);
    CHECK(ware.quantity == 5);
    CHECK(ware.orders == 3);
    CHECK(ware.customers == 2);
    const QJsonObject json = performanceJson(r, shop.b.facts, shop.quarter());
    const QJsonObject row = json.value(QStringLiteral("rows")).toArray().at(0).toObject();
    CHECK(row.value(QStringLiteral("keys")).toObject().value(QStringLiteral("category")) ==
          QStringLiteral("tea"));
    CHECK(row.value(QStringLiteral("revenue_share")).toDouble() == Approx(4000.0 / 6800));
    CHECK(row.value(QStringLiteral("margin")).toDouble() == Approx(0.4));
    CHECK(row.value(QStringLiteral("change")).isNull());
}

TEST_CASE("performance by category agrees with a plain sum over the fixture's lines",
          "[analysis][performance]") {
    Shop shop;
    const Facts& f = shop.b.facts;
    const Window w = shop.quarter();
    QMap<QString, std::pair<Money, Money>> expected; // category -> (revenue, cost)
    for (int line = 0; line < f.lines.size(); ++line) {
        if (!w.contains(f.orders.day[static_cast<size_t>(f.lines.order[line])]))
            continue;
        const QString category =
            f.categories.text(f.products.category[static_cast<size_t>(f.lines.product[line])]);
        expected[category].first += f.lines.revenue[line];
        expected[category].second += f.lines.cost[line];
    }
    const PerformanceResult r = computePerformance(f, w);
    REQUIRE(r.rows.size() == static_cast<size_t>(expected.size()));
    for (const PerformanceRow& row : r.rows) {
        const auto sums = expected.value(keyLabel(f, Dimension::Category, row.keys[0]));
        CHECK(row.revenue == sums.first);
        CHECK(row.cost == sums.second);
    }
}

TEST_CASE("performance by salesperson and month counts distinct orders and customers",
          "[analysis][performance]") {
    Shop shop;
    const PerformanceResult r = computePerformance(shop.b.facts, shop.quarter(),
                                                   by({Dimension::Salesperson, Dimension::Month}));
    // Li 2024-01: O1 2500/1400. Li 2024-02: O3 + O4 = 2300/2300, 2 orders, customers C1 C3.
    // Wang 2024-01: O2 1000/600. Wang 2024-03: O5 1000/600, no known customer.
    // Revenue first; the two Wang rows tie at 1000 and go by month.
    REQUIRE(r.rows.size() == 4);
    CHECK(labels(r, shop.b.facts, 0) == QStringList{QStringLiteral("Li"), QStringLiteral("Li"),
                                                    QStringLiteral("Wang"),
                                                    QStringLiteral("Wang")});
    CHECK(labels(r, shop.b.facts, 1) ==
          QStringList{QStringLiteral("2024-01"), QStringLiteral("2024-02"),
                      QStringLiteral("2024-01"), QStringLiteral("2024-03")});
    CHECK(r.rows[1].revenue == 2300);
    CHECK(r.rows[1].profit() == 0);
    CHECK(r.rows[1].orders == 2);
    CHECK(r.rows[1].customers == 2);
    CHECK(r.rows[3].customers == 0);
    CHECK(r.rows[3].orders == 1);
}

TEST_CASE("performance by region uses the customer's region, empty when unknown",
          "[analysis][performance]") {
    Shop shop;
    const PerformanceResult r =
        computePerformance(shop.b.facts, shop.quarter(), by({Dimension::Region}));
    // north (C1): O1 2500 + O3 800 = 3300; no region: O4 (C3) 1500 + O5 (erased) 1000 = 2500;
    // south (C2): O2 1000.
    CHECK(labels(r, shop.b.facts) ==
          QStringList{QStringLiteral("north"), QString(), QStringLiteral("south")});
    CHECK(r.rows[0].revenue == 3300);
    CHECK(r.rows[1].revenue == 2500);
    CHECK(r.rows[2].revenue == 1000);
}

TEST_CASE("performance by month year over year compares with the same month a year earlier",
          "[analysis][performance]") {
    Shop shop;
    const PerformanceResult r = computePerformance(shop.b.facts, shop.quarter(),
                                                   by({Dimension::Month}, Compare::YearOverYear));
    // 2024-01: O1 + O2 = 3500/2000; 2023-01: P1 1000/600 -> change (3500 - 1000) / 1000 = 2.5.
    // 2024-02: O3 + O4 = 2300/2300; 2023-02: P2 500/200 -> change 1800 / 500 = 3.6.
    // 2024-03: O5 1000/600; nothing in 2023-03 -> previous 0, change null.
    REQUIRE(labels(r, shop.b.facts) == QStringList{QStringLiteral("2024-01"),
                                                   QStringLiteral("2024-02"),
                                                   QStringLiteral("2024-03")});
    CHECK(r.rows[0].previousRevenue == 1000);
    CHECK(r.rows[0].previousProfit == 400);
    CHECK(r.rows[1].previousRevenue == 500);
    CHECK(r.rows[1].previousProfit == 300);
    CHECK(r.rows[2].previousRevenue == 0);
    const QJsonArray rows =
        performanceJson(r, shop.b.facts, shop.quarter()).value(QStringLiteral("rows")).toArray();
    CHECK(rows.at(0).toObject().value(QStringLiteral("change")).toDouble() == Approx(2.5));
    CHECK(rows.at(1).toObject().value(QStringLiteral("change")).toDouble() == Approx(3.6));
    CHECK(rows.at(2).toObject().value(QStringLiteral("change")).isNull());
    CHECK(rows.at(2).toObject().value(QStringLiteral("previous_revenue")).toDouble() == 0);
}

TEST_CASE("performance by month month over month compares with the month before",
          "[analysis][performance]") {
    Shop shop;
    const PerformanceResult r = computePerformance(shop.b.facts, shop.quarter(),
                                                   by({Dimension::Month}, Compare::MonthOverMonth));
    // 2024-01 vs December 2023 (nothing): 0. 2024-02 vs 2024-01: 3500, change -1200/3500.
    // 2024-03 vs 2024-02: 2300, change -1300/2300.
    REQUIRE(r.rows.size() == 3);
    CHECK(r.rows[0].previousRevenue == 0);
    CHECK(r.rows[1].previousRevenue == 3500);
    CHECK(r.rows[1].previousProfit == 1500);
    CHECK(r.rows[2].previousRevenue == 2300);
    CHECK(r.rows[2].previousProfit == 0);
}

TEST_CASE("performance without a time key compares with the window a year earlier",
          "[analysis][performance]") {
    Shop shop;
    const PerformanceResult r = computePerformance(
        shop.b.facts, shop.quarter(), by({Dimension::Category}, Compare::YearOverYear));
    // 2023-01-01 .. 2023-03-31: tea P1 1000/600, ware P2 500/200.
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].previousRevenue == 1000);
    CHECK(r.rows[0].previousProfit == 400);
    CHECK(r.rows[1].previousRevenue == 500);
    CHECK(r.rows[1].previousProfit == 300);
}

TEST_CASE("performance commission pays each tier's rate on the salesperson's revenue",
          "[analysis][performance]") {
    Shop shop;
    PerformanceOptions o = by({Dimension::Salesperson});
    o.commission = true;
    const PerformanceResult r = computePerformance(shop.b.facts, shop.quarter(), o);
    // Product profit in the window: TEA 800 + 400 + 400 = 1600, CUP 300 + 100 = 400, POT -100.
    // Tiers: total 2000; TEA before 0 -> A; CUP before 1600/2000 = 0.80 -> B; POT -> C.
    // Li: A TEA 2000; B CUP 500 + 1500 = 2000; C POT 800 -> 5% 100 + 3% 60 + 1% 8 = 168.
    // Wang: A TEA 1000 + 1000 = 2000 -> 100.
    REQUIRE(labels(r, shop.b.facts) == QStringList{QStringLiteral("Li"), QStringLiteral("Wang")});
    CHECK(r.rows[0].tierRevenue == std::array<Money, 3>{2000, 2000, 800});
    CHECK(r.rows[0].commission == 168);
    CHECK(r.rows[1].tierRevenue == std::array<Money, 3>{2000, 0, 0});
    CHECK(r.rows[1].commission == 100);
    const QString text = performanceText(r, shop.b.facts, shop.quarter());
    CHECK(text.contains(QStringLiteral("revenue 68.00")));
    CHECK(text.contains(QStringLiteral("commission 1.68")));
    const QJsonObject li = performanceJson(r, shop.b.facts, shop.quarter())
                               .value(QStringLiteral("rows"))
                               .toArray()
                               .at(0)
                               .toObject();
    CHECK(li.value(QStringLiteral("commission")).toDouble() == 1.68);
    CHECK(li.value(QStringLiteral("revenue_b")).toDouble() == 20.0);
}

TEST_CASE("performance commission rounds half up to the minor unit per row and tier",
          "[analysis][performance]") {
    FactsBuilder b;
    const int c = b.customer(QStringLiteral("C"));
    const int p = b.product(QStringLiteral("P"));
    b.order(QStringLiteral("1"), day(2024, 1, 1), c, {{p, 1, 150, 100}},
            {.salesperson = QStringLiteral("Li")});
    b.order(QStringLiteral("2"), day(2024, 1, 1), c, {{p, 1, 149, 100}},
            {.salesperson = QStringLiteral("Wang")});
    PerformanceOptions o = by({Dimension::Salesperson});
    o.commission = true;
    o.rates.basisPoints = {100, 100, 100};
    const PerformanceResult r =
        computePerformance(b.facts, window(day(2024, 1, 1), day(2024, 1, 1)), o);
    // 1% of 150 = 1.5 -> 2; 1% of 149 = 1.49 -> 1.
    REQUIRE(r.rows.size() == 2);
    CHECK(r.rows[0].commission == 2);
    CHECK(r.rows[1].commission == 1);
}

TEST_CASE("performance of an empty window has no rows and no share", "[analysis][performance]") {
    Shop shop;
    const PerformanceResult r =
        computePerformance(shop.b.facts, window(day(2022, 1, 1), day(2022, 12, 31)));
    CHECK(r.rows.empty());
    CHECK(r.totalRevenue == 0);
    CHECK(performanceTable(r, shop.b.facts).header.first() == QStringLiteral("category"));
}

TEST_CASE("performance refuses meaningless dimension and comparison choices",
          "[analysis][performance]") {
    CHECK(checkPerformanceOptions(by({Dimension::Month}, Compare::YearOverYear)));
    CHECK(checkPerformanceOptions(
        by({Dimension::Product, Dimension::Quarter}, Compare::QuarterOverQuarter)));
    CHECK_FALSE(checkPerformanceOptions(by({})));
    CHECK_FALSE(checkPerformanceOptions(by({Dimension::Region, Dimension::Region})));
    CHECK_FALSE(checkPerformanceOptions(by({Dimension::Year, Dimension::Month})));
    CHECK_FALSE(checkPerformanceOptions(by({Dimension::Quarter}, Compare::MonthOverMonth)));
    CHECK_FALSE(checkPerformanceOptions(by({Dimension::Year}, Compare::QuarterOverQuarter)));
    const Status monthly =
        checkPerformanceOptions(by({Dimension::Quarter}, Compare::MonthOverMonth));
    CHECK(monthly.error().kind == Error::Kind::Usage);
    CHECK(monthly.error().message.contains(QStringLiteral("--compare mom")));
    CHECK(monthly.error().message.contains(QStringLiteral("quarter")));
    CHECK(parseDimension(u"salesperson") == Dimension::Salesperson);
    CHECK_FALSE(parseDimension(u"colour"));
    CHECK(parseCompare(u"qoq") == Compare::QuarterOverQuarter);
}

TEST_CASE("performance by quarter year over year labels quarters and compares a year back",
          "[analysis][performance]") {
    Shop shop;
    const PerformanceResult r = computePerformance(shop.b.facts, shop.quarter(),
                                                   by({Dimension::Quarter}, Compare::YearOverYear));
    // 2024-Q1: the whole window, 6800; 2023-Q1: P1 1000/600 + P2 500/200 = 1500, profit 700.
    REQUIRE(labels(r, shop.b.facts) == QStringList{QStringLiteral("2024-Q1")});
    CHECK(r.rows[0].revenue == 6800);
    CHECK(r.rows[0].previousRevenue == 1500);
    CHECK(r.rows[0].previousProfit == 700);
    const Table t = performanceTable(r, shop.b.facts);
    CHECK(t.header.mid(9) == QStringList{QStringLiteral("previous_revenue"),
                                         QStringLiteral("previous_profit"),
                                         QStringLiteral("change")});
    CHECK(t.rows[0].mid(9) == QStringList{QStringLiteral("15.00"), QStringLiteral("7.00"),
                                          QStringLiteral("3.533333333333333")});
}
