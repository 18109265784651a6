// Times the product, performance, promotion and prospecting-count analyses on synthetic facts
// built in memory (no database): a skewed product popularity so that association rules exist,
// three years of orders, a few campaigns. Prints the seconds each analysis takes.
//
//   clientele_analysis_sales_bench [--orders N] [--customers N] [--products N]
#include "analysis/performance.h"
#include "analysis/product.h"
#include "analysis/promotion.h"
#include "analysis/prospecting_counts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdint>
#include <cstdio>

using namespace clientele;
using namespace clientele::analysis;

namespace {

struct Settings {
    int orders = 1'000'000;
    int customers = 100'000;
    int products = 5'000;
};

class Random {
public:
    std::uint32_t next() {
        m_state = m_state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(m_state >> 33);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint32_t>(n)); }
    double unit() { return next() / 2147483648.0; }

private:
    std::uint64_t m_state = 42;
};

void addCustomers(Facts& f, const Settings& s, Random& random, DayNumber start) {
    for (int c = 0; c < s.customers; ++c) {
        f.customers.id.push_back(c + 1);
        f.customers.ref.push_back(QStringLiteral("C%1").arg(c, 7, 10, QLatin1Char('0')));
        f.customers.name.push_back(f.customers.ref.back());
        f.customers.kind.push_back(CustomerKind::Person);
        f.customers.status.push_back(CustomerStatus::Active);
        f.customers.tier.push_back(0);
        f.customers.source.push_back(
            f.sources.code(QStringLiteral("source %1").arg(random.below(8))));
        f.customers.region.push_back(
            f.regions.code(QStringLiteral("region %1").arg(random.below(30))));
        f.customers.city.push_back(0);
        f.customers.salesperson.push_back(0);
        f.customers.tags.emplace_back();
        f.customers.birthday.push_back(kNoDay);
        f.customers.createdOn.push_back(start + random.below(3 * 365));
    }
}

void addProducts(Facts& f, const Settings& s) {
    for (int p = 0; p < s.products; ++p) {
        f.products.id.push_back(p + 1);
        f.products.sku.push_back(QStringLiteral("P%1").arg(p, 6, 10, QLatin1Char('0')));
        f.products.name.push_back(f.products.sku.back());
        f.products.category.push_back(f.categories.code(QStringLiteral("category %1").arg(p % 50)));
        f.products.active.push_back(true);
    }
}

void addOrders(Facts& f, const Settings& s, Random& random, DayNumber start) {
    const int days = 3 * 365;
    for (int o = 0; o < s.orders; ++o) {
        f.orders.number.push_back(QStringLiteral("S%1").arg(o, 8, 10, QLatin1Char('0')));
        f.orders.day.push_back(start + static_cast<int>(static_cast<qint64>(o) * days / s.orders));
        f.orders.customer.push_back(random.below(s.customers));
        f.orders.channel.push_back(
            f.channels.code(QStringLiteral("channel %1").arg(random.below(5))));
        f.orders.location.push_back(
            f.locations.code(QStringLiteral("shop %1").arg(random.below(10))));
        f.orders.salesperson.push_back(
            f.salespeople.code(QStringLiteral("seller %1").arg(random.below(20))));
        f.orders.campaign.push_back(random.below(20) == 0 ? random.below(10) : kNone);
        const int lines = 1 + random.below(6);
        for (int k = 0; k < lines; ++k) {
            const double u = random.unit();
            const int product = static_cast<int>(u * u * u * s.products);
            const qint64 quantity = 1 + random.below(3);
            const Money price = 500 + (product % 97) * 100;
            f.lines.order.push_back(o);
            f.lines.product.push_back(product);
            f.lines.quantity.push_back(quantity);
            f.lines.revenue.push_back(quantity * price);
            f.lines.cost.push_back(quantity * price * (40 + product % 50) / 100);
        }
        f.orders.firstLine.push_back(f.lines.size());
    }
}

void addCampaigns(Facts& f, const Settings& s, Random& random, DayNumber start) {
    for (int k = 0; k < 10; ++k) {
        f.campaigns.id.push_back(k + 1);
        f.campaigns.code.push_back(QStringLiteral("K%1").arg(k));
        f.campaigns.name.push_back(f.campaigns.code.back());
        f.campaigns.cost.push_back(100000);
        f.campaigns.startsOn.push_back(start + 100 * k);
        f.campaigns.endsOn.push_back(start + 100 * k + 30);
        f.campaigns.responseWindowDays.push_back(14);
        std::vector<int> members;
        for (int c = random.below(50); c < s.customers; c += 1 + random.below(50))
            members.push_back(c);
        f.campaigns.members.push_back(members);
    }
}

template <typename F>
void timed(const char* what, F&& run) {
    QElapsedTimer timer;
    timer.start();
    const QString summary = run();
    std::printf("%-44s %7.3f s  %s\n", what, timer.nsecsElapsed() / 1e9, qPrintable(summary));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Settings s;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QStringLiteral("--orders"))
            s.orders = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--customers"))
            s.customers = args[i + 1].toInt();
        else if (args[i] == QStringLiteral("--products"))
            s.products = args[i + 1].toInt();
    }
    const DayNumber start = dayNumber({2022, 1, 1});
    Facts f;
    Random random;
    addCustomers(f, s, random, start);
    addProducts(f, s);
    addOrders(f, s, random, start);
    addCampaigns(f, s, random, start);
    std::printf("%d orders, %d lines, %d customers, %d products\n", f.orders.size(), f.lines.size(),
                f.customers.size(), f.products.size());
    const Window w{start, start + 3 * 365 - 1, start + 3 * 365 - 1};

    timed("product (products, rules at support 0.001)", [&] {
        const ProductResult r = computeProduct(f, w);
        return QStringLiteral("%1 baskets, %2 rules").arg(r.baskets).arg(r.matchingRules);
    });
    timed("product (categories, cross-sell)", [&] {
        ProductOptions o;
        o.level = AffinityLevel::Category;
        o.customerRef = f.customers.ref[7];
        const ProductResult r = computeProduct(f, w, o);
        return QStringLiteral("%1 rules").arg(r.matchingRules);
    });
    timed("performance by product, month, yoy", [&] {
        PerformanceOptions o;
        o.by = {Dimension::Product, Dimension::Month};
        o.compare = Compare::YearOverYear;
        return QStringLiteral("%1 rows").arg(computePerformance(f, w, o).rows.size());
    });
    timed("performance by salesperson with commission", [&] {
        PerformanceOptions o;
        o.by = {Dimension::Salesperson};
        o.commission = true;
        return QStringLiteral("%1 rows").arg(computePerformance(f, w, o).rows.size());
    });
    timed("promotion", [&] {
        return QStringLiteral("%1 campaigns").arg(computePromotion(f, w).campaigns.size());
    });
    timed("prospecting counts", [&] {
        return QStringLiteral("%1 months").arg(computeProspectingCounts(f, w).months.size());
    });
    return 0;
}
