#include "models_cdnow_data.h"

#include "common/dates.h"
#include "test_support.h"

#include <catch2/catch.hpp>

#include <cmath>

namespace clientele::test::cdnow {

namespace {

std::map<int, std::vector<models::Purchase>> load(const QString& path, int idColumn, int dateColumn,
                                                  int dollarColumn, bool skipHeader) {
    std::map<int, std::vector<models::Purchase>> out;
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (qsizetype i = skipHeader ? 1 : 0; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].simplified().split(' ');
        if (f.size() <= dollarColumn) {
            continue;
        }
        const int ymd = f[dateColumn].toInt();
        const DayNumber day = dayNumber({ymd / 10000, ymd / 100 % 100, ymd % 100});
        const auto cents =
            static_cast<std::int64_t>(std::llround(f[dollarColumn].toDouble() * 100));
        out[f[idColumn].toInt()].push_back({day, cents});
    }
    return out;
}

} // namespace

analysis::Facts purchasesAsFacts(const std::map<int, std::vector<models::Purchase>>& purchases) {
    using namespace analysis;
    Facts f;
    f.products.id.push_back(1);
    f.products.sku.push_back(QStringLiteral("CD"));
    f.products.name.push_back(QStringLiteral("CDs"));
    f.products.category.push_back(0);
    f.products.active.push_back(true);
    struct Row {
        DayNumber day;
        int customer;
        Money cents;
    };
    std::vector<Row> rows;
    CustomerFacts& c = f.customers;
    for (const auto& [id, list] : purchases) {
        const int index = c.size();
        c.id.push_back(id);
        c.ref.push_back(QStringLiteral("C%1").arg(id, 5, 10, QLatin1Char('0')));
        c.name.push_back(c.ref.back());
        c.kind.push_back(CustomerKind::Person);
        c.status.push_back(CustomerStatus::Active);
        for (auto* codes : {&c.tier, &c.source, &c.region, &c.city, &c.salesperson})
            codes->push_back(0);
        c.tags.emplace_back();
        c.birthday.push_back(kNoDay);
        c.createdOn.push_back(0);
        for (const models::Purchase& p : list)
            rows.push_back({p.day, index, p.amountMinor});
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const Row& a, const Row& b) { return a.day < b.day; });
    OrderFacts& o = f.orders;
    LineFacts& l = f.lines;
    for (const Row& r : rows) {
        o.number.push_back(
            QStringLiteral("%1-%2").arg(r.day).arg(o.size(), 6, 10, QLatin1Char('0')));
        o.day.push_back(r.day);
        o.customer.push_back(r.customer);
        for (auto* codes : {&o.channel, &o.location, &o.salesperson})
            codes->push_back(0);
        o.campaign.push_back(kNone);
        l.order.push_back(o.size() - 1);
        l.product.push_back(0);
        l.quantity.push_back(1);
        l.revenue.push_back(r.cents);
        l.cost.push_back(0);
        o.firstLine.push_back(l.size());
    }
    f.currency = QStringLiteral("USD");
    return f;
}

std::map<int, std::vector<models::Purchase>> loadSample(const QString& path) {
    return load(path, 1, 2, 4, false);
}

std::map<int, std::vector<models::Purchase>> loadMaster(const QString& path) {
    return load(path, 0, 1, 3, true);
}

std::vector<models::CustomerSummary>
calibrationSummaries(const std::map<int, std::vector<models::Purchase>>& purchases) {
    const DayNumber end = dayNumber({1997, 9, 30});
    std::vector<models::CustomerSummary> out;
    for (const auto& [id, list] : purchases) {
        const auto s = models::summarisePurchases(list, end, models::TimeUnit::Week);
        REQUIRE(s); // every CDNOW customer's first purchase is in Q1 1997
        out.push_back(*s);
    }
    return out;
}

std::vector<PublishedSummary> loadPublishedSummaries(const QString& path) {
    std::vector<PublishedSummary> out;
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        if (f.size() < 5) {
            continue;
        }
        out.push_back(
            {f[0].toInt(), f[1].toInt(), f[2].toDouble(), f[3].toDouble(), f[4].toDouble()});
    }
    return out;
}

} // namespace clientele::test::cdnow
