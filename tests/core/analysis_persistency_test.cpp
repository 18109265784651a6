#include "analysis/persistency.h"
#include "analysis_demo_database.h"
#include "facts_builder.h"

#include <QJsonArray>

#include <algorithm>
#include <map>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;

namespace {

// Window 2024-01-01 .. 2024-06-30, as of 2024-06-30 (day 182 of 2024; Feb 10 is day 41,
// Mar 1 day 61, Mar 20 day 80, Jun 1 day 153, Jun 20 day 172).
//   A  Jan 1, Jan 11 (two orders), Feb 10  -> 4 orders, gaps 10, 30, median 20, 141 days since
//   B  Jun 1                               -> 1 order, no median, 29 days since
//   C  2023-03-01 (before), Mar 1, Jun 20  -> 2 orders, gap 111, 10 days since
//   D  2023-01-05 only                     -> not a customer of the window
//   E  Jan 20, Jan 25, Jan 30, Mar 20      -> 4 orders, gaps 5, 5, 50, median 5, 102 days since
//   an erased customer's order in the window is nobody's
Facts shopFacts() {
    FactsBuilder b;
    const int a = b.customer("A"), bb = b.customer("B"), c = b.customer("C"), d = b.customer("D"),
              e = b.customer("E");
    b.sale("A-1", "2024-01-01", a, 100);
    b.sale("A-2", "2024-01-11", a, 100);
    b.sale("A-3", "2024-01-11", a, 100);
    b.sale("A-4", "2024-02-10", a, 100);
    b.sale("B-1", "2024-06-01", bb, 100);
    b.sale("C-0", "2023-03-01", c, 100);
    b.sale("C-1", "2024-03-01", c, 100);
    b.sale("C-2", "2024-06-20", c, 100);
    b.sale("D-1", "2023-01-05", d, 100);
    b.sale("E-1", "2024-01-20", e, 100);
    b.sale("E-2", "2024-01-25", e, 100);
    b.sale("E-3", "2024-01-30", e, 100);
    b.sale("E-4", "2024-03-20", e, 100);
    b.sale("Z-1", "2024-02-02", kNone, 100);
    return b.build();
}

Window shopWindow() {
    return {day("2024-01-01"), day("2024-06-30"), day("2024-06-30")};
}

const CustomerPersistency& customerOf(const PersistencyResult& r, const Facts& f, const char* ref) {
    for (const CustomerPersistency& p : r.customers)
        if (f.customers.ref[p.customer] == QLatin1String(ref))
            return p;
    FAIL("no customer " << ref);
    return r.customers.front();
}

} // namespace

TEST_CASE("persistency measures orders, order days and the gaps between them",
          "[analysis][persistency]") {
    const Facts f = shopFacts();
    const PersistencyResult r = computePersistency(f, shopWindow());
    REQUIRE(r.customers.size() == 4); // A, B, C, E by ref
    const CustomerPersistency& a = customerOf(r, f, "A");
    CHECK(a.orders == 4);
    CHECK(a.firstOrder == day("2024-01-01"));
    CHECK(a.lastOrder == day("2024-02-10"));
    CHECK(a.gaps == std::vector<int>{10, 30});
    CHECK(a.medianGapDays == 20.0); // the mean of the two middle gaps
    CHECK(a.daysSinceLast == 141);
    const CustomerPersistency& c = customerOf(r, f, "C");
    CHECK(c.orders == 2); // the 2023 order is before the window
    CHECK(c.firstOrder == day("2024-03-01"));
    CHECK(c.medianGapDays == 111.0);
    CHECK(customerOf(r, f, "E").medianGapDays == 5.0); // middle of 5, 5, 50
    CHECK_FALSE(customerOf(r, f, "B").medianGapDays);  // one order day: no gap
    CHECK(customerOf(r, f, "B").daysSinceLast == 29);
}

TEST_CASE("persistency calls a customer at risk after twice the median gap",
          "[analysis][persistency]") {
    const Facts f = shopFacts();
    const PersistencyResult r = computePersistency(f, shopWindow());
    // A: 141 > 2 x 20; E: 102 > 2 x 5; C: 10 <= 2 x 111; B: no median, 29 <= 365.
    CHECK(customerOf(r, f, "A").status == PersistencyStatus::AtRisk);
    CHECK(customerOf(r, f, "E").status == PersistencyStatus::AtRisk);
    CHECK(customerOf(r, f, "C").status == PersistencyStatus::Active);
    CHECK(customerOf(r, f, "B").status == PersistencyStatus::Active);
    CHECK(r.statusCounts == std::array<int, 3>{2, 2, 0});
}

TEST_CASE("persistency's lapse days and risk factor are options, and lapsed wins over at risk",
          "[analysis][persistency]") {
    const Facts f = shopFacts();
    // Lapsed after 100 days: A (141) and E (102). Risk factor 6: C 10 <= 666, nobody at risk.
    const PersistencyResult r = computePersistency(f, shopWindow(), {100, 6.0});
    CHECK(customerOf(r, f, "A").status == PersistencyStatus::Lapsed);
    CHECK(customerOf(r, f, "E").status == PersistencyStatus::Lapsed);
    CHECK(r.statusCounts == std::array<int, 3>{2, 0, 2});
    // Exactly at the limit is not beyond it: E's 102 days with lapse 102 and factor 20.4.
    const PersistencyResult edge = computePersistency(f, shopWindow(), {102, 20.4});
    CHECK(customerOf(edge, f, "E").status == PersistencyStatus::Active);
}

TEST_CASE("persistency's repeat rate is customers with two orders over customers with one",
          "[analysis][persistency]") {
    // A 4, B 1, C 2, E 4 orders in the window: 3 of 4.
    CHECK(computePersistency(shopFacts(), shopWindow()).repeatRate == 0.75);
}

TEST_CASE("persistency's cohorts start at the first order ever and retain by month",
          "[analysis][persistency]") {
    const Facts f = shopFacts();
    const PersistencyResult r = computePersistency(f, shopWindow());
    // First orders ever: A and E in 2024-01, B in 2024-06; C (2023-03) and D (2023-01) belong to
    // months before the window. Cohort 2024-01 (A, E) buys in Jan (both), Feb (A), Mar (E), then
    // never up to June.
    REQUIRE(r.cohorts.size() == 2);
    CHECK(monthLabel(r.cohorts[0].month) == QStringLiteral("2024-01"));
    CHECK(r.cohorts[0].size == 2);
    CHECK(r.cohorts[0].retention == std::vector<double>{1, 0.5, 0.5, 0, 0, 0});
    CHECK(monthLabel(r.cohorts[1].month) == QStringLiteral("2024-06"));
    CHECK(r.cohorts[1].size == 1);
    CHECK(r.cohorts[1].retention == std::vector<double>{1});
}

TEST_CASE("persistency of a window without orders is empty with a null repeat rate",
          "[analysis][persistency]") {
    const Facts f = shopFacts();
    const PersistencyResult r =
        computePersistency(f, {day("2022-01-01"), day("2022-12-31"), day("2022-12-31")});
    CHECK(r.customers.empty());
    CHECK_FALSE(r.repeatRate);
    CHECK(r.cohorts.empty());
    CHECK(r.statusCounts == std::array<int, 3>{0, 0, 0});
}

TEST_CASE("persistency's JSON has the spec's keys", "[analysis][persistency]") {
    const Facts f = shopFacts();
    const Window w = shopWindow();
    const QJsonObject json = persistencyJson(computePersistency(f, w), f, w);
    CHECK(json[QStringLiteral("analysis")].toString() == QStringLiteral("persistency"));
    CHECK(json[QStringLiteral("repeat_rate")].toDouble() == 0.75);
    const QJsonObject b = json[QStringLiteral("customers")].toArray()[1].toObject();
    CHECK(b[QStringLiteral("ref")].toString() == QStringLiteral("B"));
    CHECK(b[QStringLiteral("first_order")].toString() == QStringLiteral("2024-06-01"));
    CHECK(b[QStringLiteral("median_gap_days")].isNull());
    CHECK(b[QStringLiteral("days_since_last")].toInt() == 29);
    CHECK(b[QStringLiteral("status")].toString() == QStringLiteral("active"));
    const QJsonObject cohort = json[QStringLiteral("cohorts")].toArray()[0].toObject();
    CHECK(cohort[QStringLiteral("cohort")].toString() == QStringLiteral("2024-01"));
    CHECK(cohort[QStringLiteral("retention")].toArray().size() == 6);
    const QJsonObject counts = json[QStringLiteral("status_counts")].toObject();
    CHECK(counts[QStringLiteral("at_risk")].toInt() == 2);
    CHECK(counts[QStringLiteral("lapsed")].toInt() == 0);
}

TEST_CASE("persistency agrees with plain SQL on a generated shop", "[analysis][persistency]") {
    const DemoDatabase& demo = DemoDatabase::get();
    const Window w = demo.window();
    const PersistencyResult r = computePersistency(*demo.facts, w);
    // Distinct order days per customer in the window, from SQL; orders counted separately.
    std::map<QString, std::vector<DayNumber>> days;
    std::map<QString, int> orders;
    const char* counted = "o.status IN ('confirmed', 'delivered', 'paid') AND "
                          "substr(o.ordered_at, 1, 10) BETWEEN ?1 AND ?2";
    sql::Statement q = demo.db->prepare(
        QStringLiteral("SELECT DISTINCT c.ref, substr(o.ordered_at, 1, 10) AS d FROM orders o "
                       "JOIN customer c ON c.id = o.customer_id WHERE %1 ORDER BY c.ref, d")
            .arg(QLatin1String(counted)));
    q.bind(1, formatIsoDate(w.from)).bind(2, formatIsoDate(w.to));
    while (q.step())
        days[q.text(0)].push_back(*parseIsoDate(q.text(1)));
    sql::Statement n = demo.db->prepare(
        QStringLiteral("SELECT c.ref, count(DISTINCT o.number) FROM orders o JOIN customer c ON "
                       "c.id = o.customer_id WHERE %1 GROUP BY c.ref")
            .arg(QLatin1String(counted)));
    n.bind(1, formatIsoDate(w.from)).bind(2, formatIsoDate(w.to));
    int repeaters = 0;
    while (n.step()) {
        orders[n.text(0)] = n.integer(1);
        repeaters += n.integer(1) >= 2 ? 1 : 0;
    }
    REQUIRE(days.size() > 50);
    REQUIRE(r.customers.size() == days.size());
    std::array<int, 3> statusCounts{};
    for (const CustomerPersistency& p : r.customers) {
        const QString& ref = demo.facts->customers.ref[p.customer];
        INFO(ref.toStdString());
        const std::vector<DayNumber>& d = days[ref];
        REQUIRE_FALSE(d.empty());
        CHECK(p.orders == orders[ref]);
        CHECK(p.firstOrder == d.front());
        CHECK(p.lastOrder == d.back());
        CHECK(p.daysSinceLast == w.asOf - d.back());
        // The status by the spec's rule, from a median of the SQL days' gaps.
        std::vector<int> gaps;
        for (std::size_t i = 1; i < d.size(); ++i)
            gaps.push_back(d[i] - d[i - 1]);
        std::sort(gaps.begin(), gaps.end());
        const int since = w.asOf - d.back();
        int status = 0;
        if (since > 365)
            status = 2;
        else if (!gaps.empty() &&
                 since > 2 * (gaps.size() % 2 == 1
                                  ? gaps[gaps.size() / 2]
                                  : (gaps[gaps.size() / 2 - 1] + gaps[gaps.size() / 2]) / 2.0))
            status = 1;
        CHECK(static_cast<int>(p.status) == status);
        ++statusCounts[static_cast<std::size_t>(status)];
    }
    CHECK(r.statusCounts == statusCounts);
    CHECK(*r.repeatRate == Approx(static_cast<double>(repeaters) / orders.size()));
}
