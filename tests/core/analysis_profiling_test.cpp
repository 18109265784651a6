#include "analysis/profiling.h"
#include "analysis_demo_database.h"
#include "facts_builder.h"

#include <QJsonArray>

#include <map>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;

namespace {

// Window 2024-01-01 .. 2024-06-30, as of 2024-06-30. Revenue is profit (no costs).
//   A  company, active, tier VIP, Hangzhou, tags tea+gift, no birthday
//      Jun 9, Jun 19, Jun 29 at 300          -> recency 1, frequency 3, monetary 900
//   B  lead, Hangzhou, tag tea, born 2000-07-01 (23 on as_of)
//      Jun 28 at 100                         -> recency 2, frequency 1, monetary 100
//   C  active, Shanghai, born 1999-06-30 (25 on as_of)
//      May 1, May 31 at 250                  -> recency 30, frequency 2, monetary 500
//   D  lost, born 1959-07-01 (64)
//      Jan 1, 11, 21, 31 at 250              -> recency 151, frequency 4, monetary 1000
//   E  prospect, born 1959-06-30 (65)
//      Jan 1 at 50                           -> recency 181, frequency 1, monetary 50
//   F  active, born 2030-01-01 (after as_of: unknown), no orders
Facts shopFacts() {
    FactsBuilder b;
    using K = CustomerKind;
    using S = CustomerStatus;
    const int a = b.customer({.ref = QStringLiteral("A"),
                              .kind = K::Company,
                              .tier = QStringLiteral("VIP"),
                              .city = QStringLiteral("Hangzhou"),
                              .tags = {QStringLiteral("tea"), QStringLiteral("gift")}});
    const int bb = b.customer({.ref = QStringLiteral("B"),
                               .status = S::Lead,
                               .city = QStringLiteral("Hangzhou"),
                               .tags = {QStringLiteral("tea")},
                               .birthday = "2000-07-01"});
    const int c = b.customer(
        {.ref = QStringLiteral("C"), .city = QStringLiteral("Shanghai"), .birthday = "1999-06-30"});
    const int d =
        b.customer({.ref = QStringLiteral("D"), .status = S::Lost, .birthday = "1959-07-01"});
    const int e =
        b.customer({.ref = QStringLiteral("E"), .status = S::Prospect, .birthday = "1959-06-30"});
    const int f = b.customer({.ref = QStringLiteral("F"), .birthday = "2030-01-01"});
    b.sale("A-1", "2024-06-09", a, 300);
    b.sale("A-2", "2024-06-19", a, 300);
    b.sale("A-3", "2024-06-29", a, 300);
    b.sale("B-1", "2024-06-28", bb, 100);
    b.sale("C-1", "2024-05-01", c, 250);
    b.sale("C-2", "2024-05-31", c, 250);
    b.sale("D-1", "2024-01-01", d, 250);
    b.sale("D-2", "2024-01-11", d, 250);
    b.sale("D-3", "2024-01-21", d, 250);
    b.sale("D-4", "2024-01-31", d, 250);
    b.sale("E-1", "2024-01-01", e, 50);
    b.preference(a, "tea", "oolong");
    b.preference(bb, "tea", "oolong", Sentiment::Dislike);
    b.preference(c, "tea", "green");
    b.preference(d, "gift", "box");
    b.preference(e, "tea", "green");
    b.preference(f, "tea", "puer", Sentiment::Neutral);
    return b.build();
}

Window shopWindow() {
    return {day("2024-01-01"), day("2024-06-30"), day("2024-06-30")};
}

const CountTable& countsOf(const ProfilingResult& r, const char* dimension) {
    for (const CountTable& t : r.counts)
        if (t.dimension == QLatin1String(dimension))
            return t;
    FAIL("no counts by " << dimension);
    return r.counts.front();
}

std::vector<std::pair<QString, int>> entries(const CountTable& t) {
    std::vector<std::pair<QString, int>> out;
    for (const CountEntry& e : t.entries)
        out.emplace_back(e.key, e.customers);
    return out;
}

using Entries = std::vector<std::pair<QString, int>>;

} // namespace

TEST_CASE("profiling scores recency, frequency and money by quintile", "[analysis][profiling]") {
    const Facts f = shopFacts();
    const ProfilingResult r = computeProfiling(f, shopWindow());
    REQUIRE(r.rfm.size() == 5); // F bought nothing
    // n = 5, so a score is 1 + the position of the first equal value, worst first.
    // Recency worst to best: E 181, D 151, C 30, B 2, A 1.
    // Frequency: B 1 and E 1 (both at position 0), C 2, A 3, D 4.
    // Monetary: E 50, B 100, C 500, A 900, D 1000.
    struct Expected {
        int recency, frequency;
        Money monetary;
        int r, f, m;
        Segment segment;
    };
    // fm = round half up of (f + m) / 2: A 4, B 1.5 -> 2, C 3, D 5, E 1.
    // A r5 fm4 champions; B r4 fm2 frequency 1 new; C r3 fm3 loyal; D r2 fm5 at_risk (r is not
    // 1, so not cant_lose); E r1 fm1 lost.
    const Expected expected[] = {{1, 3, 900, 5, 4, 4, Segment::Champions},
                                 {2, 1, 100, 4, 1, 2, Segment::New},
                                 {30, 2, 500, 3, 3, 3, Segment::Loyal},
                                 {151, 4, 1000, 2, 5, 5, Segment::AtRisk},
                                 {181, 1, 50, 1, 1, 1, Segment::Lost}};
    for (int i = 0; i < 5; ++i) {
        INFO(i);
        const RfmRow& row = r.rfm[i];
        CHECK(row.customer == i);
        CHECK(row.recencyDays == expected[i].recency);
        CHECK(row.frequency == expected[i].frequency);
        CHECK(row.monetary == expected[i].monetary);
        CHECK(row.r == expected[i].r);
        CHECK(row.f == expected[i].f);
        CHECK(row.m == expected[i].m);
        CHECK(row.segment == expected[i].segment);
    }
}

TEST_CASE("profiling's segment rules match in order with fm rounded half up",
          "[analysis][profiling]") {
    CHECK(rfmSegment(5, 5, 4, 9) == Segment::Champions);
    CHECK(rfmSegment(4, 4, 3, 5) == Segment::Champions); // fm 3.5 -> 4
    CHECK(rfmSegment(3, 3, 2, 3) == Segment::Loyal);     // fm 2.5 -> 3
    CHECK(rfmSegment(5, 3, 3, 3) == Segment::Loyal);
    CHECK(rfmSegment(1, 4, 3, 4) == Segment::CantLose); // fm 3.5 -> 4
    CHECK(rfmSegment(1, 3, 3, 3) == Segment::AtRisk);
    CHECK(rfmSegment(2, 5, 5, 9) == Segment::AtRisk);
    CHECK(rfmSegment(4, 1, 1, 1) == Segment::New);
    CHECK(rfmSegment(4, 2, 1, 2) == Segment::PotentialLoyalist); // fm 1.5 -> 2, two orders
    CHECK(rfmSegment(5, 1, 3, 1) == Segment::New); // fm 2: new before potential loyalist
    CHECK(rfmSegment(3, 2, 2, 2) == Segment::NeedAttention);
    CHECK(rfmSegment(2, 1, 2, 1) == Segment::Hibernating); // fm 1.5 -> 2
    CHECK(rfmSegment(1, 2, 2, 2) == Segment::Lost);
}

TEST_CASE("profiling counts every segment with its revenue", "[analysis][profiling]") {
    const ProfilingResult r = computeProfiling(shopFacts(), shopWindow());
    REQUIRE(r.segments.size() == 9);
    std::map<QString, std::pair<int, Money>> got;
    for (const SegmentCount& s : r.segments)
        got[segmentName(s.segment)] = {s.customers, s.revenue};
    CHECK(got[QStringLiteral("champions")] == std::pair<int, Money>{1, 900});
    CHECK(got[QStringLiteral("new")] == std::pair<int, Money>{1, 100});
    CHECK(got[QStringLiteral("loyal")] == std::pair<int, Money>{1, 500});
    CHECK(got[QStringLiteral("at_risk")] == std::pair<int, Money>{1, 1000});
    CHECK(got[QStringLiteral("lost")] == std::pair<int, Money>{1, 50});
    CHECK(got[QStringLiteral("cant_lose")] == std::pair<int, Money>{0, 0});
    CHECK(segmentName(r.segments.front().segment) == QStringLiteral("champions"));
    CHECK(segmentName(r.segments.back().segment) == QStringLiteral("lost"));
}

TEST_CASE("profiling counts every customer by kind, status, city, tag and tier",
          "[analysis][profiling]") {
    const ProfilingResult r = computeProfiling(shopFacts(), shopWindow());
    CHECK(r.customers == 6);
    CHECK(entries(countsOf(r, "kind")) ==
          Entries{{QStringLiteral("person"), 5}, {QStringLiteral("company"), 1}});
    CHECK(entries(countsOf(r, "status")) == Entries{{QStringLiteral("lead"), 1},
                                                    {QStringLiteral("prospect"), 1},
                                                    {QStringLiteral("active"), 3},
                                                    {QStringLiteral("lost"), 1}});
    // Most customers first; D, E and F have no city.
    CHECK(entries(countsOf(r, "city")) == Entries{{QString(), 3},
                                                  {QStringLiteral("Hangzhou"), 2},
                                                  {QStringLiteral("Shanghai"), 1}});
    CHECK(entries(countsOf(r, "tag")) ==
          Entries{{QStringLiteral("tea"), 2}, {QStringLiteral("gift"), 1}});
    CHECK(entries(countsOf(r, "tier")) == Entries{{QString(), 5}, {QStringLiteral("VIP"), 1}});
    CHECK(entries(countsOf(r, "salesperson")) == Entries{{QString(), 6}});
}

TEST_CASE("profiling puts customers in age bands by their birthday at as_of",
          "[analysis][profiling]") {
    const ProfilingResult r = computeProfiling(shopFacts(), shopWindow());
    // B 23 (birthday tomorrow), C 25 today, D 64 (birthday tomorrow), E 65 today; A has no
    // birthday and F's lies after as_of.
    CHECK(entries(countsOf(r, "age_band")) == Entries{{QStringLiteral("<25"), 1},
                                                      {QStringLiteral("25-34"), 1},
                                                      {QStringLiteral("35-44"), 0},
                                                      {QStringLiteral("45-54"), 0},
                                                      {QStringLiteral("55-64"), 1},
                                                      {QStringLiteral("65+"), 1},
                                                      {QStringLiteral("unknown"), 2}});
    CHECK(ageBand(day("1980-02-29"), day("2024-02-28")) == QStringLiteral("35-44")); // 43
    CHECK(ageBand(day("1979-03-01"), day("2024-02-29")) == QStringLiteral("35-44")); // 44
    CHECK(ageBand(day("1979-02-28"), day("2024-02-29")) == QStringLiteral("45-54")); // 45
}

TEST_CASE("profiling lists the most frequent preference values per category",
          "[analysis][profiling]") {
    ProfilingOptions options;
    options.topPreferences = 2;
    const ProfilingResult r = computeProfiling(shopFacts(), shopWindow(), options);
    // gift: box 1. tea: green 2 (2 likes), oolong 2 (1 like, 1 dislike), puer 1: the tie goes
    // by value and puer falls off the top 2.
    REQUIRE(r.preferences.size() == 2);
    CHECK(r.preferences[0].category == QStringLiteral("gift"));
    REQUIRE(r.preferences[1].values.size() == 2);
    const PreferenceValueCount& green = r.preferences[1].values[0];
    const PreferenceValueCount& oolong = r.preferences[1].values[1];
    CHECK(green.value == QStringLiteral("green"));
    CHECK(green.customers == 2);
    CHECK(green.likes == 2);
    CHECK(oolong.value == QStringLiteral("oolong"));
    CHECK(oolong.likes == 1);
    CHECK(oolong.dislikes == 1);
}

TEST_CASE("profiling a window without orders still counts customers", "[analysis][profiling]") {
    const ProfilingResult r =
        computeProfiling(shopFacts(), {day("2023-01-01"), day("2023-12-31"), day("2024-06-30")});
    CHECK(r.rfm.empty());
    CHECK(r.customers == 6);
    for (const SegmentCount& s : r.segments)
        CHECK(s.customers == 0);
}

TEST_CASE("profiling shows one customer's value in one view", "[analysis][profiling]") {
    const Facts f = shopFacts();
    // Profits D 1000, A 900, C 500, B 100, E 50 (total 2550): D before 0 -> A, A before 39% ->
    // A, C before 75% -> A, B before 94% -> B, E before 98% -> C.
    // D's order days Jan 1, 11, 21, 31: median gap 10, 151 days since > 2 x 10 -> at_risk.
    const CustomerProfile d =
        profileCustomer(f, shopWindow(), f.customers.indexOf(QStringLiteral("D")));
    CHECK(d.orders == 4);
    CHECK(d.profit() == 1000);
    CHECK(d.tier == Tier::A);
    REQUIRE(d.rfm);
    CHECK(d.rfm->r == 2);
    CHECK(d.rfm->f == 5);
    CHECK(d.rfm->segment == Segment::AtRisk);
    CHECK(d.status == PersistencyStatus::AtRisk);
    CHECK(d.daysSinceLast == 151);
    const CustomerProfile b =
        profileCustomer(f, shopWindow(), f.customers.indexOf(QStringLiteral("B")));
    CHECK(b.tier == Tier::B);
    CHECK(b.status == PersistencyStatus::Active);
    const CustomerProfile none =
        profileCustomer(f, shopWindow(), f.customers.indexOf(QStringLiteral("F")));
    CHECK_FALSE(none.rfm);
    CHECK_FALSE(none.tier);
    CHECK_FALSE(none.status);
    CHECK_FALSE(none.daysSinceLast);
    CHECK(f.customers.indexOf(QStringLiteral("NOPE")) == kNone);
    const QJsonObject json = customerProfileJson(d, f, shopWindow());
    const QJsonObject customer = json[QStringLiteral("customer")].toObject();
    CHECK(customer[QStringLiteral("segment")].toString() == QStringLiteral("at_risk"));
    CHECK(customer[QStringLiteral("tier")].toString() == QStringLiteral("A"));
    CHECK(customer[QStringLiteral("profit")].toDouble() == 10.0);
    CHECK(customerProfileJson(none, f, shopWindow())[QStringLiteral("customer")]
              .toObject()[QStringLiteral("segment")]
              .isNull());
}

TEST_CASE("profiling's JSON has the spec's keys", "[analysis][profiling]") {
    const Facts f = shopFacts();
    const Window w = shopWindow();
    const QJsonObject json = profilingJson(computeProfiling(f, w), f, w);
    CHECK(json[QStringLiteral("analysis")].toString() == QStringLiteral("profiling"));
    const QJsonObject row = json[QStringLiteral("rfm")].toArray()[0].toObject();
    for (const char* key :
         {"ref", "name", "recency_days", "frequency", "monetary", "r", "f", "m", "segment"})
        CHECK(row.contains(QString::fromLatin1(key)));
    CHECK(row[QStringLiteral("monetary")].toDouble() == 9.0);
    const QJsonObject segment = json[QStringLiteral("segments")].toArray()[0].toObject();
    CHECK(segment[QStringLiteral("segment")].toString() == QStringLiteral("champions"));
    CHECK(segment[QStringLiteral("revenue")].toDouble() == 9.0);
    const QJsonObject counts = json[QStringLiteral("counts")].toObject();
    for (const char* key :
         {"kind", "status", "tier", "source", "region", "city", "salesperson", "tag", "age_band"})
        CHECK(counts.contains(QString::fromLatin1(key)));
    CHECK(counts[QStringLiteral("kind")].toObject()[QStringLiteral("person")].toInt() == 5);
}

TEST_CASE("profiling agrees with plain SQL on a generated shop", "[analysis][profiling]") {
    const DemoDatabase& demo = DemoDatabase::get();
    const Window w = demo.window();
    const ProfilingResult r = computeProfiling(*demo.facts, w);
    struct Measures {
        int recency = 0, frequency = 0;
        Money monetary = 0;
    };
    std::map<QString, Measures> expected;
    sql::Statement q = demo.db->prepare(
        "SELECT c.ref, julianday(?3) - julianday(max(substr(o.ordered_at, 1, 10))), "
        "count(DISTINCT o.number), sum(l.quantity * l.unit_price - l.discount) FROM orders o "
        "JOIN customer c ON c.id = o.customer_id JOIN order_line l ON l.order_id = o.id WHERE "
        "o.status IN ('confirmed', 'delivered', 'paid') AND substr(o.ordered_at, 1, 10) BETWEEN "
        "?1 AND ?2 GROUP BY c.ref");
    q.bind(1, formatIsoDate(w.from)).bind(2, formatIsoDate(w.to)).bind(3, formatIsoDate(w.asOf));
    while (q.step())
        expected[q.text(0)] = {static_cast<int>(q.real(1)), q.integer(2), q.int64(3)};
    REQUIRE(r.rfm.size() == expected.size());
    // Scores by counting rather than sorting: 1 + floor(5 x (how many are strictly worse) / n).
    const auto n = static_cast<qint64>(expected.size());
    auto score = [&](auto worse) {
        qint64 count = 0;
        for (const auto& [ref, m] : expected)
            count += worse(m) ? 1 : 0;
        return static_cast<int>(1 + 5 * count / n);
    };
    for (const RfmRow& row : r.rfm) {
        const QString& ref = demo.facts->customers.ref[row.customer];
        INFO(ref.toStdString());
        const Measures& mine = expected[ref];
        CHECK(row.recencyDays == mine.recency);
        CHECK(row.frequency == mine.frequency);
        CHECK(row.monetary == mine.monetary);
        CHECK(row.r == score([&](const Measures& m) { return m.recency > mine.recency; }));
        CHECK(row.f == score([&](const Measures& m) { return m.frequency < mine.frequency; }));
        CHECK(row.m == score([&](const Measures& m) { return m.monetary < mine.monetary; }));
    }
    sql::Statement kinds = demo.db->prepare("SELECT kind, count(*) FROM customer GROUP BY kind");
    const CountTable& byKind = r.counts[0];
    while (kinds.step())
        for (const CountEntry& e : byKind.entries)
            if (e.key == kinds.text(0))
                CHECK(e.customers == kinds.integer(1));
    sql::Statement cities = demo.db->prepare("SELECT city, count(*) FROM customer GROUP BY city");
    std::map<QString, int> cityCounts;
    while (cities.step())
        cityCounts[cities.text(0)] = cities.integer(1);
    for (const CountTable& t : r.counts)
        if (t.dimension == QLatin1String("city")) {
            CHECK(t.entries.size() == cityCounts.size());
            for (const CountEntry& e : t.entries)
                CHECK(e.customers == cityCounts[e.key]);
        }
}
