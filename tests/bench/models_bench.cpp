// Times the prospecting models on a synthetic population drawn from the models themselves (so
// the fitted parameters can be compared with the true ones) and on the CDNOW master file.
// Not a test: run it by hand, on a quiet machine, from a release build.
//   clientele_models_bench [customers]   (default 100000)
#include "analysis/models/bgnbd.h"
#include "analysis/models/clv.h"
#include "analysis/models/gamma_gamma.h"
#include "test_paths.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QList>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>
#include <vector>

using namespace clientele;
using namespace clientele::models;

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// One customer of the BG/NBD and Gamma-Gamma models: acquired on one of the 364 days before the
// calibration end; buys at rate lambda a week while alive; after each repeat purchase drops out
// with probability p; each repeat purchase is worth Gamma(p_s, nu) dollars. Purchases land on
// whole days, as the order history gives them, and go through the same summary code as real data
// (purchases of one day merge, which the model does not know about; at these rates it is rare).
CustomerSummary drawCustomer(std::mt19937_64& rng, const BgNbdParams& b,
                             const GammaGammaParams& g) {
    constexpr DayNumber kEnd = 10000;
    std::uniform_real_distribution<double> uniform(0, 1);
    const double lambda = std::gamma_distribution<double>(b.r, 1 / b.alpha)(rng);
    const double ga = std::gamma_distribution<double>(b.a, 1)(rng);
    const double gb = std::gamma_distribution<double>(b.b, 1)(rng);
    const double dropout = ga / (ga + gb);
    const double nu = std::gamma_distribution<double>(g.q, 1 / g.gamma)(rng);
    std::gamma_distribution<double> value(g.p, 1 / nu);
    std::exponential_distribution<double> wait(lambda);

    const DayNumber first = kEnd - std::uniform_int_distribution<int>(0, 363)(rng);
    std::vector<Purchase> purchases = {{first, 1000}};
    double weeks = 0;
    while (true) {
        weeks += wait(rng);
        if (weeks * 7 >= kEnd + 1 - first) {
            break;
        }
        const DayNumber day = first + static_cast<DayNumber>(weeks * 7);
        purchases.push_back({day, std::llround(value(rng) * 100)});
        if (uniform(rng) < dropout) {
            break;
        }
    }
    CustomerSummary c = *summarisePurchases(purchases, kEnd, TimeUnit::Week);
    c.meanValue /= 100;
    return c;
}

void synthetic(int n) {
    const BgNbdParams trueB{0.25, 4.0, 0.8, 2.5};
    const GammaGammaParams trueG{6.0, 3.5, 15.0};
    std::mt19937_64 rng(20240615);
    std::vector<CustomerSummary> customers;
    customers.reserve(n);
    for (int i = 0; i < n; ++i) {
        customers.push_back(drawCustomer(rng, trueB, trueG));
    }

    const auto start = Clock::now();
    const BgNbdFit b = fitBgNbd(customers);
    const double bgnbdMs = msSince(start);
    const auto ggStart = Clock::now();
    const GammaGammaFit g = fitGammaGamma(customers);
    const double ggMs = msSince(ggStart);
    const auto predictStart = Clock::now();
    ClvOptions options;
    options.margin = 0.3;
    const auto values = customerValues(b.params, g.params, customers, options);
    const double predictMs = msSince(predictStart);
    const auto discountStart = Clock::now();
    options.yearlyDiscountRate = 0.1;
    const auto discounted = customerValues(b.params, g.params, customers, options);
    const double discountMs = msSince(discountStart);

    int nulls = 0;
    for (const auto& v : values) {
        nulls += !v.clv;
    }
    std::printf("synthetic population: %d customers, %d with repeat purchases\n", n,
                b.repeatCustomers);
    std::printf("  BG/NBD  true r %.4f alpha %.4f a %.4f b %.4f\n", trueB.r, trueB.alpha, trueB.a,
                trueB.b);
    std::printf("  BG/NBD  fit  r %.4f alpha %.4f a %.4f b %.4f  LL %.2f converged %d  %.1f ms\n",
                b.params.r, b.params.alpha, b.params.a, b.params.b, b.logLikelihood, b.converged,
                bgnbdMs);
    std::printf("  Gamma-Gamma true p %.4f q %.4f gamma %.4f\n", trueG.p, trueG.q, trueG.gamma);
    std::printf(
        "  Gamma-Gamma fit  p %.4f q %.4f gamma %.4f  (%d customers) converged %d  %.1f ms\n",
        g.params.p, g.params.q, g.params.gamma, g.customers, g.converged, ggMs);
    std::printf("  predictions + CLV (52 weeks): %.1f ms, %d null CLVs; discounted: %.1f ms\n",
                predictMs, nulls, discountMs);
    std::printf("  total fit + predictions: %.1f ms\n", bgnbdMs + ggMs + predictMs);
    (void)discounted;
}

void cdnowMaster() {
    QFile file(QDir(QStringLiteral(CLIENTELE_SHARED_DATA_DIR))
                   .filePath(QStringLiteral("cdnow/CDNOW_master.txt")));
    if (!file.open(QIODevice::ReadOnly)) {
        std::printf("CDNOW master file absent: skipped\n");
        return;
    }
    const auto loadStart = Clock::now();
    std::map<int, std::vector<Purchase>> byCustomer;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() < 4) {
            continue;
        }
        const int ymd = f[1].toInt();
        byCustomer[f[0].toInt()].push_back(
            {dayNumber({ymd / 10000, ymd / 100 % 100, ymd % 100}),
             static_cast<std::int64_t>(std::llround(f[3].toDouble() * 100))});
    }
    std::vector<CustomerSummary> customers;
    const DayNumber end = dayNumber({1997, 9, 30});
    for (const auto& [id, purchases] : byCustomer) {
        if (const auto s = summarisePurchases(purchases, end, TimeUnit::Week)) {
            customers.push_back(*s);
            customers.back().meanValue /= 100;
        }
    }
    const double loadMs = msSince(loadStart);
    const auto start = Clock::now();
    const BgNbdFit b = fitBgNbd(customers);
    const double bgnbdMs = msSince(start);
    const auto ggStart = Clock::now();
    const GammaGammaFit g = fitGammaGamma(customers);
    const double ggMs = msSince(ggStart);
    std::printf("CDNOW master: %zu customers (read + summaries %.1f ms)\n", customers.size(),
                loadMs);
    std::printf("  BG/NBD r %.4f alpha %.4f a %.4f b %.4f  LL %.2f converged %d  %.1f ms\n",
                b.params.r, b.params.alpha, b.params.a, b.params.b, b.logLikelihood, b.converged,
                bgnbdMs);
    std::printf("  Gamma-Gamma p %.4f q %.4f gamma %.4f  LL %.2f (%d customers)  %.1f ms\n",
                g.params.p, g.params.q, g.params.gamma, g.logLikelihood, g.customers, ggMs);
}

} // namespace

int main(int argc, char** argv) {
    const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
    synthetic(n);
    cdnowMaster();
    return 0;
}
