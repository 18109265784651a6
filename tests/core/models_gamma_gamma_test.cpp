#include "analysis/models/gamma_gamma.h"
#include "models_cdnow_data.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace clientele;
using namespace clientele::models;

namespace {

// The CDNOW calibration summaries with mean spend in dollars, as in the published figures.
std::vector<CustomerSummary> cdnowInDollars(const QString& dir) {
    auto summaries = test::cdnow::calibrationSummaries(
        test::cdnow::loadSample(dir + QStringLiteral("/CDNOW_sample.txt")));
    for (CustomerSummary& s : summaries) {
        s.meanValue /= 100;
    }
    return summaries;
}

} // namespace

TEST_CASE("Gamma-Gamma fit on the CDNOW sample reproduces the published parameters",
          "[models][gamma_gamma][cdnow]") {
    const QString dir = test::sharedDataDir(QStringLiteral("cdnow"));
    if (dir.isEmpty()) {
        return;
    }
    const auto summaries = cdnowInDollars(dir);
    const GammaGammaFit fit = fitGammaGamma(summaries);
    REQUIRE(fit.status.fitted());
    CHECK(fit.converged);
    CHECK(fit.customers == 946);
    // lifetimes: p = 6.25, q = 3.74, v = 15.44 (15.45 in its Quickstart), fitted on the summary
    // file, whose mean values are rounded to cents. On the exact means built from the raw file the
    // optimum moves along the model's flat ridge (p, q and gamma are strongly correlated); an
    // independent Newton iteration on the same likelihood (Python, finite differences) gives
    // p = 6.249572, q = 3.744225, gamma = 15.443521, LL = -4055.917695.
    CHECK(fit.params.p == Approx(6.249572).margin(0.00002));
    CHECK(fit.params.q == Approx(3.744225).margin(0.00002));
    CHECK(fit.params.gamma == Approx(15.443521).margin(0.00005));
    CHECK(fit.logLikelihood == Approx(-4055.917695).margin(0.000005));
    CHECK(fit.params.p == Approx(6.25).margin(0.005));
    CHECK(fit.params.q == Approx(3.74).margin(0.005));
    CHECK(fit.params.gamma == Approx(15.44).margin(0.005));

    // Hardie's spreadsheet (note 025), via lifetimes: conditional expected average spend of
    // customers 1-10.
    const std::vector<double> expected = {24.65, 18.91, 35.17, 35.17, 35.17,
                                          71.46, 18.91, 35.17, 27.28, 35.17};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("customer " << i + 1);
        const auto value = gammaGammaExpectedValue(fit.params, summaries[i]);
        REQUIRE(value);
        CHECK(*value == Approx(expected[i]).margin(0.005));
    }
}

TEST_CASE("Gamma-Gamma fit on the published CDNOW summary file gives the ML figures of SOURCE.md",
          "[models][gamma_gamma][cdnow]") {
    const QString dir = test::sharedDataDir(QStringLiteral("cdnow"));
    if (dir.isEmpty()) {
        return;
    }
    std::vector<CustomerSummary> summaries;
    for (const auto& p : test::cdnow::loadPublishedSummaries(
             dir + QStringLiteral("/cdnow_customers_summary_with_transactions.csv"))) {
        summaries.push_back({p.x, p.tx, p.T, p.zbar});
    }
    const GammaGammaFit fit = fitGammaGamma(summaries);
    REQUIRE(fit.status.fitted());
    CHECK(fit.customers == 946);
    // SOURCE.md: maximum-likelihood fit p = 6.249, q = 3.745, v = 15.448, LL -4055.92.
    CHECK(fit.params.p == Approx(6.249).margin(0.0005));
    CHECK(fit.params.q == Approx(3.745).margin(0.0005));
    CHECK(fit.params.gamma == Approx(15.448).margin(0.0005));
    CHECK(fit.logLikelihood == Approx(-4055.92).margin(0.005));
}

TEST_CASE("Gamma-Gamma likelihood and expectation match hand computation",
          "[models][gamma_gamma]") {
    // One customer, x = 2, mean 10, at p = 2, q = 3, gamma = 4:
    // log f = lgamma(7) - lgamma(4) - lgamma(3) + 3 log 4 + 3 log 10 + 4 log 2 - 7 log 24
    //       = log(720 / (6 * 2)) + 3 log 4 + 3 log 10 + 4 log 2 - 7 log 24 = -3.934129...
    const std::vector<CustomerSummary> one = {{2, 5, 10, 10}};
    const GammaGammaParams params{2, 3, 4};
    const double expectedLogF = std::log(60.0) + 3 * std::log(4.0) + 3 * std::log(10.0) +
                                4 * std::log(2.0) - 7 * std::log(24.0);
    CHECK(gammaGammaLogLikelihood(params, one) == Approx(expectedLogF).epsilon(1e-12));
    // E[M] = p (gamma + x m) / (p x + q - 1) = 2 * 24 / 6 = 8.
    CHECK(gammaGammaExpectedValue(params, one[0]).value() == Approx(8.0));
    // Without repeat purchases: the population mean p gamma / (q - 1) = 4.
    CHECK(gammaGammaExpectedValue(params, {0, 0, 10, 0}).value() == Approx(4.0));
    // q <= 1: the mean spend is infinite, so there is no figure.
    CHECK_FALSE(gammaGammaExpectedValue({2, 1, 4}, one[0]));
}

TEST_CASE("Gamma-Gamma leaves out customers without positive repeat spend",
          "[models][gamma_gamma]") {
    CHECK(gammaGammaEligible({1, 1, 2, 5}));
    CHECK_FALSE(gammaGammaEligible({0, 0, 2, 0}));
    CHECK_FALSE(gammaGammaEligible({2, 1, 2, 0})); // repeat purchases worth nothing
    const std::vector<CustomerSummary> customers = {{1, 1, 2, 5}, {0, 0, 2, 0}, {2, 1, 2, 0}};
    const GammaGammaParams params{2, 3, 4};
    CHECK(gammaGammaLogLikelihood(params, customers) ==
          Approx(gammaGammaLogLikelihood(params, {customers.begin(), 1})));
}

TEST_CASE("Gamma-Gamma with too few repeat customers reports not enough history",
          "[models][gamma_gamma]") {
    std::vector<CustomerSummary> few;
    for (int i = 0; i < 29; ++i) {
        few.push_back({1 + i % 3, 1, 5, 10.0 + i});
    }
    const GammaGammaFit fit = fitGammaGamma(few);
    CHECK(fit.status.status == FitStatus::NotEnoughHistory);
    CHECK(fit.status.reason.contains(QStringLiteral("29")));
    CHECK_FALSE(fit.converged);
}
