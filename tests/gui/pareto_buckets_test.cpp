#include "../core/qt_catch_strings.h"
#include "analysis/analysis_toolbar.h"
#include "analysis/pareto_buckets.h"
#include "gui_fixture.h"

#include <QCheckBox>
#include <QDateEdit>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

std::vector<analysis::CustomerProfit> customersWithProfits(const std::vector<Money>& profits) {
    std::vector<analysis::CustomerProfit> customers;
    for (std::size_t i = 0; i < profits.size(); ++i) {
        analysis::CustomerProfit c;
        c.customer = static_cast<int>(i);
        c.revenue = std::max<Money>(profits[i], 0) + 100;
        c.cost = c.revenue - profits[i];
        customers.push_back(c);
    }
    return customers;
}

} // namespace

TEST_CASE("a Pareto chart of few customers has a bar per customer", "[gui][analysis]") {
    const auto buckets = paretoBuckets(customersWithProfits({600, 300, 200, -100}));
    REQUIRE(buckets.size() == 4);
    CHECK(buckets[0].first == 0);
    CHECK(buckets[0].end == 1);
    CHECK(buckets[0].profit == 600);
    // Shares of the net total (1000), so they climb past 1 before the loss brings them back.
    CHECK(*buckets[0].cumulativeShare == Approx(0.6));
    CHECK(*buckets[2].cumulativeShare == Approx(1.1));
    CHECK(*buckets[3].cumulativeShare == Approx(1.0));
}

TEST_CASE("a Pareto chart of many customers has 100 percentile bars covering them all",
          "[gui][analysis]") {
    std::vector<Money> profits(1234);
    for (std::size_t i = 0; i < profits.size(); ++i)
        profits[i] = static_cast<Money>(profits.size() - i);
    const auto buckets = paretoBuckets(customersWithProfits(profits));
    REQUIRE(buckets.size() == 100);
    CHECK(buckets.front().first == 0);
    CHECK(buckets.back().end == 1234);
    Money total = 0;
    for (std::size_t b = 0; b < buckets.size(); ++b) {
        if (b > 0)
            CHECK(buckets[b].first == buckets[b - 1].end);
        const int size = buckets[b].end - buckets[b].first;
        CHECK((size == 12 || size == 13));
        total += buckets[b].profit;
    }
    CHECK(total == 1234 * 1235 / 2);
    CHECK(*buckets.back().cumulativeShare == Approx(1.0));
}

TEST_CASE("without a positive total profit the Pareto bars have no shares", "[gui][analysis]") {
    const auto buckets = paretoBuckets(customersWithProfits({100, -300}));
    REQUIRE(buckets.size() == 2);
    CHECK_FALSE(buckets[0].cumulativeShare);
    CHECK(paretoBuckets({}).empty());
}

TEST_CASE("the analysis dates default to the spec's: since the first order, to and as of today",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(createDatabase(dir));
    AnalysisToolbar toolbar(window.app());
    const auto request = toolbar.request();
    CHECK(toolbar.sinceFirstOrder()->isChecked());
    CHECK_FALSE(request.from);
    CHECK(request.to == testClock().today());
    CHECK(request.asOf == testClock().today());
    // "To" follows the as-of date until it is set itself.
    toolbar.asOfEdit()->setDate(toQDate(testClock().today() - 10));
    CHECK(toolbar.request().to == testClock().today() - 10);
    toolbar.toEdit()->setDate(toQDate(testClock().today() - 20));
    toolbar.asOfEdit()->setDate(toQDate(testClock().today()));
    CHECK(toolbar.request().to == testClock().today() - 20);
}
