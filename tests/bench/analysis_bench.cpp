// Analysis figures on a given database (e.g. demo --customers 100000 --orders 1000000):
//   clientele_analysis_bench DB [--as-of YYYY-MM-DD] [--runs N]
// the cold load of the facts (time, lines per second, peak memory), each analysis warm on the
// loaded facts (median of N runs, computing and building its JSON), and all of them cold: a
// fresh load followed by every analysis, as `clientele-cli analyze all` does. Thread CPU time is
// printed next to wall time: on a busy machine wall time includes waiting.
#include "analysis/facts_loader.h"
#include "analysis/performance.h"
#include "analysis/persistency.h"
#include "analysis/product.h"
#include "analysis/profiling.h"
#include "analysis/profitability.h"
#include "analysis/promotion.h"
#include "analysis/prospecting_counts.h"
#include "analysis/prospecting_models.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <time.h>
#include <vector>

using namespace clientele;
using namespace clientele::analysis;

namespace {

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Timing {
    double wall = 0, cpu = 0;
};

template <typename F>
Timing timed(F&& f) {
    QElapsedTimer timer;
    timer.start();
    const double c0 = cpuMs();
    f();
    return {static_cast<double>(timer.nsecsElapsed()) / 1e6, cpuMs() - c0};
}

// Peak resident memory so far, from the kernel (kB).
long peakRssKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

// Computing and building the JSON are timed apart: the desktop app needs only the first.
// Resident memory now, anonymous (the heap: the facts) apart from file-backed (SQLite's memory
// map of the database), in kB.
std::pair<long, long> rssAnonFileKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    long anon = -1, file = -1;
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray& line : status.readAll().split('\n')) {
            if (line.startsWith("RssAnon:"))
                anon = line.mid(8).trimmed().split(' ').first().toLong();
            else if (line.startsWith("RssFile:"))
                file = line.mid(8).trimmed().split(' ').first().toLong();
        }
    return {anon, file};
}

struct Analysis {
    const char* name;
    std::function<std::function<QJsonObject()>(const Facts&, const Window&)> compute;
};

template <typename Compute, typename ToJson>
Analysis analysis(const char* name, Compute compute, ToJson toJson) {
    return {name, [=](const Facts& f, const Window& w) -> std::function<QJsonObject()> {
                auto result = std::make_shared<decltype(compute(f, w))>(compute(f, w));
                return [=, &f] { return toJson(*result, f, w); };
            }};
}

const std::vector<Analysis>& analyses() {
    static const std::vector<Analysis> all = {
        analysis(
            "profiling", [](const Facts& f, const Window& w) { return computeProfiling(f, w); },
            profilingJson),
        analysis(
            "persistency", [](const Facts& f, const Window& w) { return computePersistency(f, w); },
            persistencyJson),
        analysis(
            "profitability",
            [](const Facts& f, const Window& w) { return computeProfitability(f, w); },
            profitabilityJson),
        analysis(
            "performance", [](const Facts& f, const Window& w) { return computePerformance(f, w); },
            performanceJson),
        analysis(
            "prospecting",
            [](const Facts& f, const Window& w) {
                return std::make_pair(computeProspectingCounts(f, w),
                                      computeProspectingModels(f, w));
            },
            [](const auto& r, const Facts& f, const Window& w) {
                QJsonObject json = prospectingCountsJson(r.first, f, w);
                addProspectingModelsJson(json, r.second, f);
                return json;
            }),
        analysis(
            "product", [](const Facts& f, const Window& w) { return computeProduct(f, w); },
            productJson),
        analysis(
            "promotion", [](const Facts& f, const Window& w) { return computePromotion(f, w); },
            promotionJson),
    };
    return all;
}

std::shared_ptr<const Facts> load(const Database& db) {
    auto facts = loadFacts(db);
    if (!facts) {
        std::fprintf(stderr, "loading failed: %s\n", qPrintable(facts.error().message));
        std::exit(1);
    }
    return *facts;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s DATABASE [--as-of YYYY-MM-DD] [--runs N]\n", argv[0]);
        return 2;
    }
    std::optional<DayNumber> asOf;
    int runs = 5;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--as-of") == 0)
            asOf = parseIsoDate(QString::fromLatin1(argv[i + 1])).valueOr(0);
        else if (std::strcmp(argv[i], "--runs") == 0)
            runs = std::max(1, std::atoi(argv[i + 1]));
    }
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]), options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    const Database& db = **opened;
    const long rssBefore = peakRssKb();

    std::shared_ptr<const Facts> facts;
    const Timing cold = timed([&] { facts = load(db); });
    const long rssAfter = peakRssKb();
    const Window window =
        resolveWindow(*facts, {std::nullopt, std::nullopt, asOf}, db.clock().today());
    std::printf("facts: %d customers, %d products, %d counted orders, %d lines, window %s .. %s\n",
                facts->customers.size(), facts->products.size(), facts->orders.size(),
                facts->lines.size(), qPrintable(formatIsoDate(window.from)),
                qPrintable(formatIsoDate(window.to)));
    std::printf("%-28s wall %8.1f ms | cpu %8.1f ms | %.2f M lines/s | peak RSS %ld MB "
                "(%ld MB before)\n",
                "cold load of the facts", cold.wall, cold.cpu,
                facts->lines.size() / cold.wall / 1e3, rssAfter / 1024, rssBefore / 1024);

    const auto [anon, file] = rssAnonFileKb();
    std::printf("%-28s %ld MB anonymous (heap), %ld MB file-backed (database map)\n",
                "resident after the load", anon / 1024, file / 1024);

    for (const Analysis& a : analyses()) {
        std::vector<double> wall, cpu, json;
        for (int i = 0; i < runs; ++i) {
            std::function<QJsonObject()> toJson;
            const Timing t = timed([&] { toJson = a.compute(*facts, window); });
            wall.push_back(t.wall);
            cpu.push_back(t.cpu);
            json.push_back(timed([&] { toJson(); }).wall);
        }
        std::sort(wall.begin(), wall.end());
        std::sort(cpu.begin(), cpu.end());
        std::sort(json.begin(), json.end());
        const std::string label = std::string(a.name) + " warm";
        std::printf("%-28s wall median %8.1f ms | cpu median %8.1f ms | its JSON %8.1f ms (%d "
                    "runs)\n",
                    label.c_str(), wall[wall.size() / 2], cpu[cpu.size() / 2],
                    json[json.size() / 2], runs);
    }

    facts.reset();
    qsizetype bytes = 0;
    const Timing all = timed([&] {
        auto fresh = load(db);
        QJsonObject combined;
        for (const Analysis& a : analyses())
            combined.insert(QString::fromLatin1(a.name), a.compute(*fresh, window)());
        bytes = QJsonDocument(combined).toJson(QJsonDocument::Compact).size();
    });
    std::printf("%-28s wall %8.1f ms | cpu %8.1f ms | %.1f MB of JSON | peak RSS %ld MB\n",
                "all cold (load + 7 + JSON)", all.wall, all.cpu, bytes / 1e6, peakRssKb() / 1024);

    // The yardstick: the sqlite3 tool computing one per-customer aggregate over the same lines.
    const QString aggregate = QStringLiteral(
        "SELECT o.customer_id, max(o.ordered_at), count(DISTINCT o.id), "
        "sum(l.quantity * l.unit_price - l.discount), "
        "sum(l.quantity * l.unit_price - l.discount - l.quantity * l.unit_cost) "
        "FROM orders o JOIN order_line l ON l.order_id = o.id "
        "WHERE o.status IN ('confirmed', 'delivered', 'paid') GROUP BY o.customer_id;");
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), db.path(), aggregate});
    const bool ran = sqlite.waitForFinished(600000) && sqlite.exitCode() == 0;
    const qsizetype rows = sqlite.readAllStandardOutput().count('\n');
    if (ran)
        std::printf("%-28s wall %8.1f ms (%lld customers)\n", "sqlite3 per-customer aggregate",
                    static_cast<double>(timer.nsecsElapsed()) / 1e6, static_cast<long long>(rows));
    else
        std::printf("sqlite3 per-customer aggregate: the sqlite3 tool did not run\n");
    return 0;
}
