// Profitability's cost to serve and net profit, against a fixture worked out by hand.
#include "analysis/profitability.h"
#include "facts_builder.h"

#include <QJsonArray>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;

namespace {

// Window 2024-01-01 .. 2024-12-31. Money in minor units.
//   A  sale 10000 / cost 4000 -> profit 6000; visit 500 + expense 3500 -> cost to serve 4000
//      (an expense of 9999 on 2023-12-31 is before the window); net 6000 - 4000 = 2000
//   B  sale  8000 / 3000 -> profit 5000; a task of 4500 -> net 5000 - 4500 = 500
//   C  sale  3000 / 1000 -> profit 2000; nothing spent -> net 2000
//   D  sale  2000 / 1500 -> profit  500; expense 1000 -> net -500
//   E  no order in the window: its 700 of costs are in no row
Facts servedShop() {
    FactsBuilder b;
    const int a = b.customer("A"), bb = b.customer("B"), c = b.customer("C"), d = b.customer("D"),
              e = b.customer("E");
    b.sale("A-1", "2024-03-01", a, 10000, 4000);
    b.sale("B-1", "2024-02-01", bb, 8000, 3000);
    b.sale("C-1", "2024-04-01", c, 3000, 1000);
    b.sale("D-1", "2024-05-01", d, 2000, 1500);
    b.sale("E-1", "2023-06-01", e, 5000, 0);
    b.serviceCost(a, "2024-03-02", 500);
    b.serviceCost(a, "2024-05-01", 3500);
    b.serviceCost(a, "2023-12-31", 9999);
    b.serviceCost(bb, "2024-06-01", 4500);
    b.serviceCost(d, "2024-12-31", 1000);
    b.serviceCost(e, "2024-07-01", 700);
    return b.build();
}

Window year2024() {
    return {day("2024-01-01"), day("2024-12-31"), day("2024-12-31")};
}

QString order(const ProfitabilityResult& r, const Facts& f) {
    QStringList out;
    for (const CustomerProfit& c : r.customers)
        out << QStringLiteral("%1:%2")
                   .arg(f.customers.ref[c.customer])
                   .arg(QChar::fromLatin1(static_cast<char>(*c.tier)));
    return out.join(u' ');
}

} // namespace

TEST_CASE("cost to serve and net profit per customer, by profit: the spec's figures unchanged",
          "[analysis][profitability][cost-to-serve]") {
    const Facts f = servedShop();
    const ProfitabilityResult r = computeProfitability(f, year2024());
    REQUIRE(r.customers.size() == 4);
    // Profit 6000, 5000, 2000, 500; total 13500. Tiers: A (0 before), B (6000 / 13500 = 0.44
    // before), C is B (11000 / 13500 = 0.81 before), D is C (13000 / 13500 = 0.96 before).
    CHECK(order(r, f) == QStringLiteral("A:A B:A C:B D:C"));
    CHECK(r.customers[0].costToServe == 4000);
    CHECK(r.customers[0].netProfit() == 2000);
    CHECK(r.customers[1].costToServe == 4500);
    CHECK(r.customers[1].netProfit() == 500);
    CHECK(r.customers[2].costToServe == 0);
    CHECK(r.customers[3].netProfit() == -500);
    // 4000 + 4500 + 0 + 1000 = 9500; E's 700 is not among the listed customers.
    CHECK(r.costToServe == 9500);
    // Top 20% = ceil(0.8) = 1 customer: 6000 / 13500; 80% of 13500 = 10800 needs A and B.
    CHECK(*r.pareto.top20ProfitShare == Approx(6000.0 / 13500));
    CHECK(*r.pareto.customersFor80pct == 2);
}

TEST_CASE("ranked by net profit, tiers and Pareto follow the net figures",
          "[analysis][profitability][cost-to-serve]") {
    const Facts f = servedShop();
    ProfitabilityOptions options;
    options.measure = ProfitMeasure::NetProfit;
    const ProfitabilityResult r = computeProfitability(f, year2024(), options);
    // Net 2000 (A), 2000 (C, after A on the tie by ref), 500 (B), -500 (D). Positive total
    // 4500: A (0 before), C (2000 / 4500 = 0.44 before), B is B (4000 / 4500 = 0.89 before),
    // D is C (not positive).
    CHECK(order(r, f) == QStringLiteral("A:A C:A B:B D:C"));
    // Pareto on the net sum 2000 + 2000 + 500 - 500 = 4000: the first customer has 2000 / 4000;
    // 80% = 3200 needs two customers (4000), 2 of 4.
    CHECK(*r.pareto.top20ProfitShare == Approx(0.5));
    CHECK(*r.pareto.customersFor80pct == 2);
    CHECK(*r.pareto.customersFor80pctShare == Approx(0.5));
    // The profit figures themselves do not depend on the measure.
    CHECK(r.profit() == 13500);
    CHECK(r.costToServe == 9500);

    const QJsonObject json = profitabilityJson(r, f, year2024());
    CHECK(json[QStringLiteral("measure")].toString() == QStringLiteral("net_profit"));
    const QJsonObject totals = json[QStringLiteral("totals")].toObject();
    CHECK(totals[QStringLiteral("cost_to_serve")].toDouble() == 95.0);
    CHECK(totals[QStringLiteral("net_profit")].toDouble() == 40.0); // 135.00 - 95.00
    const QJsonObject second = json[QStringLiteral("customers")].toArray()[1].toObject();
    CHECK(second[QStringLiteral("ref")].toString() == QStringLiteral("C"));
    CHECK(second[QStringLiteral("cost_to_serve")].toDouble() == 0.0);
    CHECK(second[QStringLiteral("net_profit")].toDouble() == 20.0);
    CHECK(second[QStringLiteral("profit")].toDouble() == 20.0);

    const Table table = profitabilityTable(r, f);
    CHECK(table.header.join(u',') == QStringLiteral("ref,name,orders,revenue,cost,profit,margin,"
                                                    "tier,cost_to_serve,net_profit"));
    CHECK(table.rows[2] == QStringList{QStringLiteral("B"), QStringLiteral("Name of B"),
                                       QStringLiteral("1"), QStringLiteral("80.00"),
                                       QStringLiteral("30.00"), QStringLiteral("50.00"),
                                       table.rows[2][6], QStringLiteral("B"),
                                       QStringLiteral("45.00"), QStringLiteral("5.00")});
}

TEST_CASE("the measure has the names the CLI takes", "[analysis][profitability][cost-to-serve]") {
    CHECK(measureNamed(QStringLiteral("profit")) == ProfitMeasure::Profit);
    CHECK(measureNamed(QStringLiteral("net_profit")) == ProfitMeasure::NetProfit);
    CHECK_FALSE(measureNamed(QStringLiteral("revenue")));
    CHECK(measureName(ProfitMeasure::NetProfit) == QStringLiteral("net_profit"));
}
