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
