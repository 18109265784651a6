// The CDNOW sample (../shared/data/cdnow) as a shop's sales: the Pareto and repeat figures of
// the profitability and persistency analyses against counts made independently of this code
// (SOURCE.md's own Pareto check, and a count of customers with two or more purchases made with
// a separate script over the raw file: 1,152 of 2,357).
#include "analysis/persistency.h"
#include "analysis/profitability.h"
#include "models_cdnow_data.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::analysis;

TEST_CASE("CDNOW as sales gives the Pareto figures of its SOURCE.md and its repeat rate",
          "[analysis][cdnow]") {
    const QString dir = test::sharedDataDir(QStringLiteral("cdnow"));
    if (dir.isEmpty())
        return;
    const Facts facts = test::cdnow::purchasesAsFacts(
        test::cdnow::loadSample(dir + QStringLiteral("/CDNOW_sample.txt")));
    REQUIRE(facts.orders.size() == 6919);
    const Window window{dayNumber({1997, 1, 1}), dayNumber({1998, 6, 30}),
                        dayNumber({1998, 6, 30})};

    // No costs: profit is the dollars spent, so the profit Pareto is the spend Pareto.
    const ProfitabilityResult profit = computeProfitability(facts, window);
    CHECK(profit.customers.size() == 2357);
    REQUIRE(profit.pareto.top20ProfitShare);
    // SOURCE.md: the top 20% of customers (472) account for 67.46% of dollars; 80% of dollars
    // comes from 777 customers (32.97%).
    CHECK(*profit.pareto.top20ProfitShare == Approx(0.6746).margin(0.00005));
    REQUIRE(profit.pareto.customersFor80pct);
    CHECK(*profit.pareto.customersFor80pct == 777);
    CHECK(*profit.pareto.customersFor80pctShare == Approx(0.3297).margin(0.00005));

    // Every raw row is an order: 1,152 customers bought twice or more.
    const PersistencyResult loyalty = computePersistency(facts, window);
    REQUIRE(loyalty.repeatRate);
    CHECK(*loyalty.repeatRate == Approx(1152.0 / 2357.0));
}
