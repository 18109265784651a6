#include "analysis/models/clv.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace clientele::models;

namespace {

constexpr BgNbdParams kPurchases{0.2425982, 4.4136842, 0.7929899, 2.4261667};
constexpr GammaGammaParams kSpend{6.25, 3.74, 15.44};

} // namespace

// References computed independently with mpmath (30 digits) from the closed forms: customer
// 1516 of CDNOW (x = 26, t_x = 30.857143, T = 31 weeks) with a mean repeat spend of 40:
//   E[Y(52)] = 25.7565378318, E[M] = 6.25 (15.44 + 26 * 40) / (6.25 * 26 + 3.74 - 1) = 39.92072137,
//   CLV at margin 0.3 = 25.7565378318 * 39.92072137 * 0.3 = 308.46587111;
//   with 10 % a year, month by month (months of 365.25 / 12 days), 294.661805706.
TEST_CASE("CLV is expected purchases times expected value times margin", "[models][clv]") {
    const std::vector<CustomerSummary> customers = {{26, 30.857143, 31, 40}, {0, 0, 31, 0}};
    ClvOptions options;
    options.horizon = 52;
    options.unit = TimeUnit::Week;
    options.margin = 0.3;
    const auto values = customerValues(kPurchases, kSpend, customers, options);
    REQUIRE(values.size() == 2);
    REQUIRE(values[0].expectedPurchases);
    CHECK(*values[0].expectedPurchases == Approx(25.7565378318).epsilon(1e-9));
    CHECK(values[0].pAlive.value() == Approx(0.9688523).epsilon(1e-6));
    REQUIRE(values[0].expectedValue);
    CHECK(*values[0].expectedValue == Approx(39.92072137).epsilon(1e-9));
    REQUIRE(values[0].clv);
    CHECK(*values[0].clv == Approx(308.46587111).epsilon(1e-9));

    // A customer without repeat purchases gets the population mean spend p gamma / (q - 1).
    REQUIRE(values[1].expectedValue);
    CHECK(*values[1].expectedValue == Approx(6.25 * 15.44 / 2.74));
    CHECK(values[1].pAlive.value() == 1.0);

    options.yearlyDiscountRate = 0.10;
    const auto discounted = customerValues(kPurchases, kSpend, customers, options);
    REQUIRE(discounted[0].clv);
    CHECK(*discounted[0].clv == Approx(294.661805706).epsilon(1e-9));
    // Discounting changes the value, not the expected purchases.
    CHECK(*discounted[0].expectedPurchases == *values[0].expectedPurchases);

    // A zero rate discounts nothing.
    options.yearlyDiscountRate = 0.0;
    const auto zeroRate = customerValues(kPurchases, kSpend, customers, options);
    CHECK(*zeroRate[0].clv == Approx(*values[0].clv).epsilon(1e-12));
}

TEST_CASE("CLV over one month is discounted by one twelfth of a year", "[models][clv]") {
    // The horizon is a single month (365.25 / 12 days), so everything is discounted by
    // (1 + rate)^(-1/12).
    const std::vector<CustomerSummary> customers = {{3, 200, 250, 1200}};
    ClvOptions options;
    options.unit = TimeUnit::Day;
    options.horizon = 365.25 / 12;
    const BgNbdParams days{0.5, 30, 0.8, 3};
    const auto plain = customerValues(days, kSpend, customers, options);
    options.yearlyDiscountRate = 0.08;
    const auto discounted = customerValues(days, kSpend, customers, options);
    REQUIRE(plain[0].clv);
    REQUIRE(discounted[0].clv);
    CHECK(*discounted[0].clv == Approx(*plain[0].clv * std::pow(1.08, -1.0 / 12)).epsilon(1e-12));
}

TEST_CASE("CLV is null without a spend model or a finite expected value", "[models][clv]") {
    const std::vector<CustomerSummary> customers = {{2, 10, 30, 25}};
    const ClvOptions options;
    const auto noSpend = customerValues(kPurchases, std::nullopt, customers, options);
    CHECK(noSpend[0].expectedPurchases);
    CHECK_FALSE(noSpend[0].expectedValue);
    CHECK_FALSE(noSpend[0].clv);
    // q <= 1: infinite mean spend.
    const auto infinite =
        customerValues(kPurchases, GammaGammaParams{2, 0.9, 10}, customers, options);
    CHECK_FALSE(infinite[0].clv);
}
