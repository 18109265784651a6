#include "analysis/performance.h"
#include "analyzers.h"

#include <cmath>

namespace clientele::cli {

namespace {

// "5" or "2.5" (percent) -> basis points; a rate is a share of line revenue, at most 100%.
Result<int> percentOption(const QCommandLineParser& parser, const QString& name) {
    bool ok = false;
    const double percent = parser.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(percent) || percent < 0 || percent > 100)
        return Error::usage(QStringLiteral("--%1: \"%2\" is not a percentage between 0 and 100")
                                .arg(name, parser.value(name)));
    return static_cast<int>(std::lround(percent * 100));
}

Result<analysis::PerformanceOptions> performanceOptionValues(const QCommandLineParser& parser) {
    analysis::PerformanceOptions options;
    options.by.clear();
    for (const QString& name : parser.value(QStringLiteral("by")).split(u',')) {
        auto dimension = analysis::parseDimension(name.trimmed());
        if (!dimension)
            return Error::usage(QStringLiteral("--by: \"%1\" is not one of category, product, "
                                               "channel, location, salesperson, region, month, "
                                               "quarter, year")
                                    .arg(name.trimmed()));
        options.by.push_back(*dimension);
    }
    if (parser.isSet(QStringLiteral("compare"))) {
        auto compare = analysis::parseCompare(parser.value(QStringLiteral("compare")));
        if (!compare)
            return Error::usage(QStringLiteral("--compare: \"%1\" is not yoy, mom or qoq")
                                    .arg(parser.value(QStringLiteral("compare"))));
        options.compare = *compare;
    }
    options.commission = parser.isSet(QStringLiteral("commission"));
    const QString rates[] = {QStringLiteral("rate-a"), QStringLiteral("rate-b"),
                             QStringLiteral("rate-c")};
    for (int tier = 0; tier < 3; ++tier) {
        auto bp = percentOption(parser, rates[tier]);
        if (!bp)
            return bp.error();
        options.rates.basisPoints[static_cast<size_t>(tier)] = *bp;
    }
    if (Status valid = analysis::checkPerformanceOptions(options); !valid)
        return Error::usage(QStringLiteral("--by/--compare: ") + valid.error().message);
    return options;
}

} // namespace

Analyzer performanceAnalyzer() {
    return {
        QStringLiteral("performance"),
        QStringLiteral("where sales come from: by category, channel, location, ... with yoy/mom"),
        {QCommandLineOption(
             QStringLiteral("by"),
             QStringLiteral("(performance) One or two of category, product, channel, "
                            "location, salesperson, region, month, quarter, year, "
                            "comma-separated (default category)."),
             QStringLiteral("DIM[,DIM]"), QStringLiteral("category")),
         QCommandLineOption(
             QStringLiteral("compare"),
             QStringLiteral("(performance) Add the previous period: yoy, mom or qoq."),
             QStringLiteral("PERIOD")),
         QCommandLineOption(QStringLiteral("commission"),
                            QStringLiteral("(performance) Salesperson commission by product profit "
                                           "tier.")),
         QCommandLineOption(
             QStringLiteral("rate-a"),
             QStringLiteral("(performance) Commission on tier A products, percent of "
                            "line revenue (default 5)."),
             QStringLiteral("PCT"), QStringLiteral("5")),
         QCommandLineOption(
             QStringLiteral("rate-b"),
             QStringLiteral("(performance) Commission on tier B products (default 3)."),
             QStringLiteral("PCT"), QStringLiteral("3")),
         QCommandLineOption(
             QStringLiteral("rate-c"),
             QStringLiteral("(performance) Commission on tier C products (default 1)."),
             QStringLiteral("PCT"), QStringLiteral("1"))},
        [](const analysis::Facts& facts, const analysis::Window& window,
           const QCommandLineParser& parser) -> Result<AnalysisOutput> {
            auto options = performanceOptionValues(parser);
            if (!options)
                return options.error();
            const auto r = analysis::computePerformance(facts, window, *options);
            return AnalysisOutput{analysis::performanceJson(r, facts, window),
                                  analysis::performanceTable(r, facts),
                                  analysis::performanceText(r, facts, window)};
        }};
}

} // namespace clientele::cli
