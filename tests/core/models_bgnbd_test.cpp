#include "analysis/models/bgnbd.h"
#include "analysis/models/customer_summary.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <vector>

using namespace clientele;
using namespace clientele::models;

TEST_CASE("Customer summaries merge same-day purchases and stop at the calibration end",
          "[models][summary]") {
    // First day 100 (two orders), repeat days 107 and 121 (two orders), day 130 after the end.
    const std::vector<Purchase> purchases = {{121, 200}, {100, 1000}, {130, 999},
                                             {107, 300}, {100, 500},  {121, 100}};
    const auto weeks = summarisePurchases(purchases, 125, TimeUnit::Week);
    REQUIRE(weeks);
    CHECK(weeks->x == 2);
    CHECK(weeks->tx == Approx(21.0 / 7));
    CHECK(weeks->T == Approx(25.0 / 7));
    CHECK(weeks->meanValue == Approx((300.0 + 300.0) / 2)); // the first day's 1500 is left out

    const auto days = summarisePurchases(purchases, 125, TimeUnit::Day);
    REQUIRE(days);
    CHECK(days->x == 2);
    CHECK(days->tx == 21);
    CHECK(days->T == 25);

    const std::vector<DayNumber> onlyFirst = {50, 50};
    const auto single = summarisePurchaseDays(onlyFirst, 60, TimeUnit::Day);
    REQUIRE(single);
    CHECK(single->x == 0);
    CHECK(single->tx == 0);
    CHECK(single->T == 10);
    CHECK(single->meanValue == 0);

    CHECK_FALSE(summarisePurchaseDays(std::vector<DayNumber>{200}, 199, TimeUnit::Day));
    CHECK_FALSE(summarisePurchaseDays({}, 199, TimeUnit::Day));
}

TEST_CASE("BG/NBD likelihood and P(alive) match hand computation", "[models][bgnbd]") {
    // x = 0, T = 2 at r = alpha = a = b = 1: L = (alpha / (alpha + T))^r = 1/3.
    CHECK(bgnbdLogLikelihood({1, 1, 1, 1}, std::vector<CustomerSummary>{{0, 0, 2, 0}}) ==
          Approx(-std::log(3.0)));
    // x = 1, t_x = 1, T = 2 at r = 1, alpha = 1, a = 2, b = 3:
    // L = B(2,4)/B(2,3) * 1/(1+2)^2 + B(3,3)/B(2,3) * 1/(1+1)^2
    //   = (1/20)/(1/12) / 9 + (1/30)/(1/12) / 4 = 0.6/9 + 0.4/4 = 1/6.
    const BgNbdParams p{1, 1, 2, 3};
    const CustomerSummary c{1, 1, 2, 0};
    CHECK(bgnbdLogLikelihood(p, std::vector<CustomerSummary>{c}) == Approx(-std::log(6.0)));
    // Both customers together: the sum.
    CHECK(bgnbdLogLikelihood(p, std::vector<CustomerSummary>{c, c, {0, 0, 2, 0}}) ==
          Approx(2 * -std::log(6.0) +
                 bgnbdLogLikelihood(p, std::vector<CustomerSummary>{{0, 0, 2, 0}})));
    // P(alive) = 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+t_x))^(r+x)) = 1 / (1 + 2/3 * 9/4) = 0.4.
    CHECK(bgnbdProbabilityAlive(p, c) == Approx(0.4));
    CHECK(bgnbdProbabilityAlive(p, {0, 0, 2, 0}) == 1.0);
}

TEST_CASE("BG/NBD expectations behave at their limits", "[models][bgnbd]") {
    const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
    CHECK(bgnbdExpectedPurchases(p, 0).value() == 0.0);
    CHECK(bgnbdConditionalExpectedPurchases(p, {3, 10, 20, 0}, 0).value() == 0.0);
    CHECK_FALSE(bgnbdExpectedPurchases(p, -1));
    // More time, more purchases.
    CHECK(bgnbdExpectedPurchases(p, 10).value() < bgnbdExpectedPurchases(p, 20).value());
    // a = 1 exactly (both factors of the formula vanish there) lies between its neighbours.
    const BgNbdParams at1{0.5, 4, 1.0, 2}, below{0.5, 4, 0.999, 2}, above{0.5, 4, 1.001, 2};
    const double mid = bgnbdExpectedPurchases(at1, 52).value();
    const double lo = bgnbdExpectedPurchases(below, 52).value();
    const double hi = bgnbdExpectedPurchases(above, 52).value();
    CHECK(std::min(lo, hi) < mid);
    CHECK(mid < std::max(lo, hi));
    // a + b - 1 <= 0 leaves the hypergeometric function's domain: null, not a wrong number.
    CHECK_FALSE(bgnbdExpectedPurchases({0.5, 4, 0.3, 0.5}, 52));
}

TEST_CASE("BG/NBD batch predictions equal one-by-one predictions", "[models][bgnbd]") {
    const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
    const std::vector<CustomerSummary> customers = {
        {0, 0, 30, 0}, {2, 10, 30, 0}, {2, 25, 30, 0}, {0, 0, 30, 0}, {7, 20, 35, 0}};
    const auto batch = predictBgNbd(p, customers, 52);
    REQUIRE(batch.size() == customers.size());
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const auto single = bgnbdConditionalExpectedPurchases(p, customers[i], 52);
        REQUIRE(single);
        REQUIRE(batch[i].expectedPurchases);
        CHECK(*batch[i].expectedPurchases == Approx(*single).epsilon(1e-14));
        CHECK(batch[i].pAlive.value() == bgnbdProbabilityAlive(p, customers[i]));
    }
    // Same x and T, later last purchase: more likely alive, more purchases expected.
    CHECK(*batch[2].expectedPurchases > *batch[1].expectedPurchases);
}

TEST_CASE("BG/NBD with too few repeat customers reports not enough history", "[models][bgnbd]") {
    std::vector<CustomerSummary> customers(500, CustomerSummary{0, 0, 30, 0});
    for (int i = 0; i < 29; ++i) {
        customers.push_back({1 + i % 4, 5.0 + i % 7, 30, 0});
    }
    const BgNbdFit fit = fitBgNbd(customers);
    CHECK(fit.status.status == FitStatus::NotEnoughHistory);
    CHECK(fit.status.reason.contains(QStringLiteral("29")));
    CHECK(fit.customers == 529);
    CHECK(fit.repeatCustomers == 29);
    CHECK_FALSE(fit.converged);
    CHECK(fitBgNbd({}).status.status == FitStatus::NotEnoughHistory);
}

TEST_CASE("BG/NBD on degenerate data gives finite parameters or says it did not converge",
          "[models][bgnbd]") {
    // Everybody bought every week up to the end: no sign of dropping out, so the likelihood
    // keeps rising as the dropout probability goes to 0.
    std::vector<CustomerSummary> customers;
    for (int i = 0; i < 60; ++i) {
        customers.push_back({10 + i % 3, 10.0 + i % 3, 10.0 + i % 3, 0});
    }
    const BgNbdFit fit = fitBgNbd(customers);
    if (fit.status.fitted()) {
        CHECK(std::isfinite(fit.params.r));
        CHECK(std::isfinite(fit.params.alpha));
        CHECK(std::isfinite(fit.params.a));
        CHECK(std::isfinite(fit.params.b));
        CHECK(std::isfinite(fit.logLikelihood));
    } else {
        CHECK(fit.status.status == FitStatus::NotConverged);
        CHECK_FALSE(fit.status.reason.isEmpty());
    }
}

TEST_CASE("BG/NBD refuses impossible summaries and predicts nothing for them", "[models][bgnbd]") {
    std::vector<CustomerSummary> customers(100, CustomerSummary{2, 5, 10, 0});
    customers[40] = {2, 12, 10, 0}; // last purchase after the calibration end
    const BgNbdFit fit = fitBgNbd(customers);
    CHECK(fit.status.status == FitStatus::InvalidInput);
    CHECK(fit.status.reason.contains(QStringLiteral("customer 41")));

    const BgNbdParams p{0.243, 4.414, 0.793, 2.426};
    const std::vector<CustomerSummary> odd = {
        {1, 1, -5, 0}, {0, 0, std::numeric_limits<double>::infinity(), 0}, {1, 1, 2, 0}};
    const auto predictions = predictBgNbd(p, odd, 52);
    CHECK_FALSE(predictions[0].pAlive);
    CHECK_FALSE(predictions[0].expectedPurchases);
    CHECK_FALSE(predictions[1].pAlive);
    CHECK(predictions[2].pAlive);
    CHECK(predictions[2].expectedPurchases);
}
