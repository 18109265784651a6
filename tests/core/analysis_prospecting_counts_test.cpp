// The prospecting counts on a small shop whose figures are worked out by hand below.
#include "analysis/prospecting_counts.h"
#include "facts_fixture.h"
#include "qt_catch_strings.h"

#include <QJsonArray>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;
using namespace clientele::test::ordered;

namespace {

// Window 2024-01-01 .. 2024-03-31. Customers (source, created, status; counted orders):
//   A fair 2024-01-10 active;   2024-01-15, 2024-03-01
//   B web  2024-01-20 lead;     none
//   C web  2024-02-05 active;   2024-02-10
//   D -    2023-11-01 active;   2023-12-01, 2024-02-12   (first order before the window)
//   E fair 2024-03-31 prospect; 2024-04-02               (after the window: not converted)
//   F web  2024-03-15 lost;     2024-03-20
//   G web  2023-12-15 active;   2024-02-20               (created before the window)
struct Shop {
    FactsBuilder b;

    Shop() {
        using S = CustomerStatus;
        const auto customer = [&](const char* ref, const char* source, DayNumber created,
                                  S status) {
            return b.customer(
                QLatin1String(ref),
                {.status = status, .source = QLatin1String(source), .createdOn = created});
        };
        const int a = customer("A", "fair", day(2024, 1, 10), S::Active);
        customer("B", "web", day(2024, 1, 20), S::Lead);
        const int c = customer("C", "web", day(2024, 2, 5), S::Active);
        const int d = customer("D", "", day(2023, 11, 1), S::Active);
        const int e = customer("E", "fair", day(2024, 3, 31), S::Prospect);
        const int f = customer("F", "web", day(2024, 3, 15), S::Lost);
        const int g = customer("G", "web", day(2023, 12, 15), S::Active);
        const int p = b.product(QStringLiteral("P"));
        int n = 0;
        const auto order = [&](DayNumber on, int who) {
            b.order(QString::number(++n).rightJustified(2, QLatin1Char('0')), on, who,
                    {{p, 1, 100, 50}});
        };
        order(day(2023, 12, 1), d);
        order(day(2024, 1, 15), a);
        order(day(2024, 2, 10), c);
        order(day(2024, 2, 12), d);
        order(day(2024, 2, 20), g);
        order(day(2024, 3, 1), a);
        order(day(2024, 3, 20), f);
        order(day(2024, 4, 2), e);
    }
    Window quarter() const { return window(day(2024, 1, 1), day(2024, 3, 31)); }
};

} // namespace

TEST_CASE("prospecting counts new customers by the month of their first order ever",
          "[analysis][prospecting]") {
    Shop shop;
    const ProspectingCounts r = computeProspectingCounts(shop.b.facts, shop.quarter());
    // January: A. February: C and G (D's first order was in December 2023). March: F.
    REQUIRE(r.months.size() == 3);
    CHECK(r.months[0].month == monthIndex(day(2024, 1, 1)));
    CHECK(r.months[0].newCustomers == 1);
    CHECK(r.months[1].newCustomers == 2);
    CHECK(r.months[2].newCustomers == 1);
}

TEST_CASE("prospecting counts every customer created in a month as a lead, whatever its status",
          "[analysis][prospecting]") {
    Shop shop;
    const ProspectingCounts r = computeProspectingCounts(shop.b.facts, shop.quarter());
    // January: A (now active), B (lead). February: C. March: F (lost), E (prospect).
    CHECK(r.months[0].leads == 2);
    CHECK(r.months[1].leads == 1);
    CHECK(r.months[2].leads == 2);
}

TEST_CASE("prospecting conversion by source counts customers created in the window who bought",
          "[analysis][prospecting]") {
    Shop shop;
    const ProspectingCounts r = computeProspectingCounts(shop.b.facts, shop.quarter());
    // Created in the window: A, B, C, E, F (D and G earlier).
    // fair: A converted, E not (its order is after the window): 1 of 2.
    // web: B not, C and F converted: 2 of 3.
    REQUIRE(r.conversion.size() == 2);
    const Facts& f = shop.b.facts;
    CHECK(f.sources.text(r.conversion[0].source) == QStringLiteral("fair"));
    CHECK(r.conversion[0].customers == 2);
    CHECK(r.conversion[0].converted == 1);
    CHECK(f.sources.text(r.conversion[1].source) == QStringLiteral("web"));
    CHECK(r.conversion[1].customers == 3);
    CHECK(r.conversion[1].converted == 2);
    const QJsonObject json = prospectingCountsJson(r, f, shop.quarter());
    const QJsonObject web = json.value(QStringLiteral("conversion")).toArray().at(1).toObject();
    CHECK(web.value(QStringLiteral("rate")).toDouble() == Approx(2.0 / 3));
    const QJsonObject feb = json.value(QStringLiteral("new_by_month")).toArray().at(1).toObject();
    CHECK(feb.value(QStringLiteral("month")).toString() == QStringLiteral("2024-02"));
    CHECK(feb.value(QStringLiteral("new_customers")).toInt() == 2);
    const QString text = prospectingCountsText(r, f, shop.quarter());
    CHECK(text.contains(QStringLiteral("2024-02  new 2  leads 1")));
    CHECK(text.contains(QStringLiteral("web  2 of 3")));
}

TEST_CASE("prospecting counts of a window without activity list its months with zeros",
          "[analysis][prospecting]") {
    Shop shop;
    const ProspectingCounts r =
        computeProspectingCounts(shop.b.facts, window(day(2022, 1, 15), day(2022, 3, 2)));
    REQUIRE(r.months.size() == 3);
    for (const MonthCounts& m : r.months) {
        CHECK(m.newCustomers == 0);
        CHECK(m.leads == 0);
    }
    CHECK(r.conversion.empty());
    CHECK(prospectingCountsTable(r, shop.b.facts).rows.size() == 3);
}
