#include "analysis/profitability.h"
#include "analysis_demo_database.h"
#include "facts_builder.h"

#include <QJsonArray>

#include <map>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;

namespace {

// Customers A..F, one erased customer's order, window 2023-01-01 .. 2024-06-30.
//   A  2023-01-10 12000/1000, 2024-01-05 5000/1000  -> 2 orders, 17000/2000, profit 15000
//   B  2023-02-10 3500/1000                         -> profit 2500
//   C  2023-02-20 3000/500                          -> profit 2500 (ties with B)
//   D  2024-02-01 1000/1000                         -> profit 0
//   E  2024-01-20 1000/3000                         -> profit -2000
//   F  2022-12-31 9999/0                            -> before the window: not a customer here
//   erased 2024-01-05 2000/500                      -> in the totals, not among customers
Facts shopFacts() {
    FactsBuilder b;
    const int a = b.customer("A"), bb = b.customer("B"), c = b.customer("C"), d = b.customer("D"),
              e = b.customer("E"), f = b.customer("F");
    b.sale("A-1", "2023-01-10", a, 12000, 1000);
    b.sale("A-2", "2024-01-05", a, 5000, 1000);
    b.sale("B-1", "2023-02-10", bb, 3500, 1000);
    b.sale("C-1", "2023-02-20", c, 3000, 500);
    b.sale("D-1", "2024-02-01", d, 1000, 1000);
    b.sale("E-1", "2024-01-20", e, 1000, 3000);
    b.sale("F-1", "2022-12-31", f, 9999, 0);
    b.sale("Z-1", "2024-01-05", kNone, 2000, 500);
    return b.build();
}

Window shopWindow() {
    return {day("2023-01-01"), day("2024-06-30"), day("2024-06-30")};
}

const PeriodFigures& monthOf(const ProfitabilityResult& r, const char* iso) {
    const int m = monthIndex(day(iso));
    for (const PeriodFigures& p : r.byMonth)
        if (p.period == m)
            return p;
    FAIL("no month " << iso);
    return r.byMonth.front();
}

} // namespace

TEST_CASE("profitability adds up each customer's orders, revenue, cost and profit in the window",
          "[analysis][profitability]") {
    const Facts f = shopFacts();
    const ProfitabilityResult r = computeProfitability(f, shopWindow());
    REQUIRE(r.customers.size() == 5);
    // By profit descending, B before C on their tie.
    std::vector<QString> refs;
    for (const CustomerProfit& c : r.customers)
        refs.push_back(f.customers.ref[c.customer]);
    CHECK(refs == std::vector<QString>{QStringLiteral("A"), QStringLiteral("B"),
                                       QStringLiteral("C"), QStringLiteral("D"),
                                       QStringLiteral("E")});
    CHECK(r.customers[0].orders == 2);
    CHECK(r.customers[0].revenue == 17000);
    CHECK(r.customers[0].cost == 2000);
    CHECK(r.customers[0].profit() == 15000);
    CHECK(r.customers[4].profit() == -2000);
    // Totals include the erased customer's order: revenue 17000 + 3500 + 3000 + 1000 + 1000 +
    // 2000 = 27500, cost 2000 + 1000 + 500 + 1000 + 3000 + 500 = 8000.
    CHECK(r.revenue == 27500);
    CHECK(r.cost == 8000);
}

TEST_CASE("profitability tiers customers by profit and puts loss-makers in tier C",
          "[analysis][profitability]") {
    const ProfitabilityResult r = computeProfitability(shopFacts(), shopWindow());
    // Positive total 15000 + 2500 + 2500 = 20000: A before 0 -> A; B before 75% -> A; C before
    // 87.5% -> B; D (0) and E (loss) -> C.
    CHECK(r.customers[0].tier == Tier::A);
    CHECK(r.customers[1].tier == Tier::A);
    CHECK(r.customers[2].tier == Tier::B);
    CHECK(r.customers[3].tier == Tier::C);
    CHECK(r.customers[4].tier == Tier::C);
}

TEST_CASE("profitability's Pareto counts losses in the total, so the whale curve passes 1",
          "[analysis][profitability]") {
    const ProfitabilityResult r = computeProfitability(shopFacts(), shopWindow());
    // Net total 15000 + 2500 + 2500 + 0 - 2000 = 18000; ceil(0.2 x 5) = 1 customer: 15000/18000.
    REQUIRE(r.pareto.top20ProfitShare);
    CHECK(*r.pareto.top20ProfitShare == Approx(15000.0 / 18000));
    // 15000 >= 0.8 x 18000 = 14400 already with the first customer.
    CHECK(r.pareto.customersFor80pct == 1);
    CHECK(r.pareto.customersFor80pctShare == Approx(0.2));
    // Cumulative 0, 15000, 17500, 20000, 20000, 18000 over 18000.
    REQUIRE(r.pareto.curve.size() == 6);
    const double expected[] = {
        0, 15000.0 / 18000, 17500.0 / 18000, 20000.0 / 18000, 20000.0 / 18000, 1};
    for (int k = 0; k <= 5; ++k) {
        CHECK(r.pareto.curve[k].customers == k);
        CHECK(r.pareto.curve[k].customersShare == Approx(k / 5.0));
        CHECK(r.pareto.curve[k].profitShare == Approx(expected[k]));
    }
}

TEST_CASE("profitability's Pareto needs several customers for 80 percent when profit is spread",
          "[analysis][profitability]") {
    FactsBuilder b;
    // Profits 40, 30, 20, 10 (total 100): cumulative 40, 70, 90 -> 3 customers reach 80.
    for (const char* ref : {"P", "Q", "R", "S"})
        b.customer(ref);
    b.sale("1", "2024-01-01", 0, 40);
    b.sale("2", "2024-01-01", 1, 30);
    b.sale("3", "2024-01-01", 2, 20);
    b.sale("4", "2024-01-01", 3, 10);
    const Facts f = b.build();
    const ProfitabilityResult r =
        computeProfitability(f, {day("2024-01-01"), day("2024-01-31"), day("2024-01-31")});
    CHECK(r.pareto.customersFor80pct == 3);
    CHECK(r.pareto.customersFor80pctShare == Approx(0.75));
    // ceil(0.2 x 4) = 1: 40 / 100.
    CHECK(r.pareto.top20ProfitShare == Approx(0.4));
}

TEST_CASE("profitability's Pareto and tiers are null when nobody makes a profit",
          "[analysis][profitability]") {
    FactsBuilder b;
    b.customer("L");
    b.customer("M");
    b.sale("1", "2024-01-01", 0, 100, 300); // -200
    b.sale("2", "2024-01-02", 1, 100, 100); // 0
    const Facts f = b.build();
    const ProfitabilityResult r =
        computeProfitability(f, {day("2024-01-01"), day("2024-01-31"), day("2024-01-31")});
    REQUIRE(r.customers.size() == 2);
    CHECK_FALSE(r.pareto.top20ProfitShare);
    CHECK_FALSE(r.pareto.customersFor80pct);
    CHECK_FALSE(r.pareto.customersFor80pctShare);
    CHECK(r.pareto.curve.empty());
    CHECK_FALSE(r.customers[0].tier);
    CHECK_FALSE(r.customers[1].tier);
}

TEST_CASE("profitability by month compares revenue with the month before and a year before",
          "[analysis][profitability]") {
    const ProfitabilityResult r = computeProfitability(shopFacts(), shopWindow());
    // 2023-01 .. 2024-06: 18 months.
    REQUIRE(r.byMonth.size() == 18);
    // 2023-01: 12000/1000; 2023-02: 3500 + 3000 = 6500 / 1500; 2024-01: A 5000/1000, E
    // 1000/3000, erased 2000/500 = 8000/4500; 2024-02: 1000/1000.
    CHECK(monthOf(r, "2023-01-01").revenue == 12000);
    CHECK(monthOf(r, "2023-02-01").revenue == 6500);
    CHECK(monthOf(r, "2023-02-01").cost == 1500);
    CHECK(monthOf(r, "2024-01-01").revenue == 8000);
    CHECK(monthOf(r, "2024-01-01").profit() == 3500);
    // mom: 2023-01 has no month before in the window; 2023-02 (6500 - 12000) / 12000;
    // 2023-03 (0 - 6500) / 6500 = -1; 2023-04 base 0; 2024-02 (1000 - 8000) / 8000.
    CHECK_FALSE(monthOf(r, "2023-01-01").mom);
    CHECK(monthOf(r, "2023-02-01").mom == Approx(-5500.0 / 12000));
    CHECK(monthOf(r, "2023-03-01").mom == Approx(-1.0));
    CHECK_FALSE(monthOf(r, "2023-04-01").mom);
    CHECK_FALSE(monthOf(r, "2024-01-01").mom);
    CHECK(monthOf(r, "2024-02-01").mom == Approx(-0.875));
    // yoy: none in 2023 (no year before in the window); 2024-01 (8000 - 12000) / 12000;
    // 2024-02 (1000 - 6500) / 6500; 2024-03 base 0.
    CHECK_FALSE(monthOf(r, "2023-06-01").yoy);
    CHECK(monthOf(r, "2024-01-01").yoy == Approx(-4000.0 / 12000));
    CHECK(monthOf(r, "2024-02-01").yoy == Approx(-5500.0 / 6500));
    CHECK_FALSE(monthOf(r, "2024-03-01").yoy);
    // Years: 2023 12000 + 6500 = 18500 / 2500; 2024 8000 + 1000 = 9000 / 5500.
    REQUIRE(r.byYear.size() == 2);
    CHECK(r.byYear[0].revenue == 18500);
    CHECK(r.byYear[1].cost == 5500);
    CHECK(r.byYear[1].yoy == Approx(-9500.0 / 18500));
}

TEST_CASE("profitability of a window without orders has no customers and no shares",
          "[analysis][profitability]") {
    const Facts f = shopFacts();
    const ProfitabilityResult r =
        computeProfitability(f, {day("2025-01-01"), day("2025-12-31"), day("2025-12-31")});
    CHECK(r.customers.empty());
    CHECK(r.revenue == 0);
    CHECK_FALSE(r.pareto.top20ProfitShare);
    REQUIRE(r.byMonth.size() == 12);
    for (const PeriodFigures& m : r.byMonth) {
        CHECK(m.revenue == 0);
        CHECK_FALSE(m.mom);
        CHECK_FALSE(m.yoy);
    }
    const ProfitabilityResult inverted =
        computeProfitability(f, {day("2024-02-01"), day("2024-01-01"), day("2024-06-30")});
    CHECK(inverted.customers.empty());
    CHECK(inverted.byMonth.empty());
}

TEST_CASE("profitability's JSON has the spec's keys, exact money and nulls",
          "[analysis][profitability]") {
    const Facts f = shopFacts();
    const Window w = shopWindow();
    const QJsonObject json = profitabilityJson(computeProfitability(f, w), f, w);
    CHECK(json[QStringLiteral("analysis")].toString() == QStringLiteral("profitability"));
    CHECK(json[QStringLiteral("from")].toString() == QStringLiteral("2023-01-01"));
    const QJsonObject totals = json[QStringLiteral("totals")].toObject();
    CHECK(totals[QStringLiteral("revenue")].toDouble() == 275.0);
    CHECK(totals[QStringLiteral("profit")].toDouble() == 195.0);
    CHECK(totals[QStringLiteral("customers")].toInt() == 5);
    const QJsonObject first = json[QStringLiteral("customers")].toArray()[0].toObject();
    for (const char* key : {"ref", "name", "orders", "revenue", "cost", "profit", "margin", "tier"})
        CHECK(first.contains(QString::fromLatin1(key)));
    CHECK(first[QStringLiteral("tier")].toString() == QStringLiteral("A"));
    CHECK(first[QStringLiteral("profit")].toDouble() == 150.0);
    const QJsonObject pareto = json[QStringLiteral("pareto")].toObject();
    CHECK(pareto[QStringLiteral("customers_for_80pct")].toInt() == 1);
    CHECK(pareto[QStringLiteral("curve")].toArray().size() == 6);
    const QJsonObject january = json[QStringLiteral("by_month")].toArray()[0].toObject();
    CHECK(january[QStringLiteral("month")].toString() == QStringLiteral("2023-01"));
    CHECK(january[QStringLiteral("mom")].isNull());
    const Table table = profitabilityTable(computeProfitability(f, w), f);
    CHECK(table.header.join(u',') ==
          QStringLiteral("ref,name,orders,revenue,cost,profit,margin,tier,cost_to_serve,"
                         "net_profit"));
    CHECK(table.rows[0][0] == QStringLiteral("A"));
    CHECK(table.rows[0][3] == QStringLiteral("170.00"));
    CHECK(table.rows[0][6].toDouble() == Approx(15000.0 / 17000));
    CHECK(table.rows[0][7] == QStringLiteral("A"));
}

TEST_CASE("profitability agrees with plain SQL on a generated shop", "[analysis][profitability]") {
    const DemoDatabase& demo = DemoDatabase::get();
    const Window w = demo.window();
    const ProfitabilityResult r = computeProfitability(*demo.facts, w);
    struct Figures {
        qint64 orders = 0;
        Money revenue = 0, cost = 0;
    };
    std::map<QString, Figures> expected;
    sql::Statement q = demo.db->prepare(
        "SELECT c.ref, count(DISTINCT o.number), sum(l.quantity * l.unit_price - l.discount), "
        "sum(l.quantity * l.unit_cost) FROM orders o JOIN customer c ON c.id = o.customer_id "
        "JOIN order_line l ON l.order_id = o.id WHERE o.status IN ('confirmed', 'delivered', "
        "'paid') AND substr(o.ordered_at, 1, 10) BETWEEN ? AND ? GROUP BY c.ref");
    q.bind(1, formatIsoDate(w.from)).bind(2, formatIsoDate(w.to));
    while (q.step())
        expected[q.text(0)] = {q.int64(1), q.int64(2), q.int64(3)};
    REQUIRE(expected.size() > 50);
    REQUIRE(r.customers.size() == expected.size());
    Money revenue = 0;
    for (const CustomerProfit& c : r.customers) {
        const QString& ref = demo.facts->customers.ref[c.customer];
        INFO(ref.toStdString());
        REQUIRE(expected.count(ref) == 1);
        CHECK(c.orders == expected[ref].orders);
        CHECK(c.revenue == expected[ref].revenue);
        CHECK(c.cost == expected[ref].cost);
        revenue += c.revenue;
    }
    sql::Statement total = demo.db->prepare(
        "SELECT sum(l.quantity * l.unit_price - l.discount) FROM orders o JOIN order_line l ON "
        "l.order_id = o.id WHERE o.status IN ('confirmed', 'delivered', 'paid') AND "
        "substr(o.ordered_at, 1, 10) BETWEEN ? AND ?");
    total.bind(1, formatIsoDate(w.from)).bind(2, formatIsoDate(w.to)).step();
    CHECK(r.revenue == total.int64(0));
    CHECK(r.revenue >= revenue);
}
