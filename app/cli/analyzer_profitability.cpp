#include "analysis/profitability.h"
#include "analyzers.h"

namespace clientele::cli {

namespace {

Result<analysis::ProfitabilityOptions> profitabilityOptionValues(const QCommandLineParser& parser) {
    analysis::ProfitabilityOptions options;
    const QString name = parser.value(QStringLiteral("measure"));
    const auto measure = analysis::measureNamed(name);
    if (!measure)
        return Error::usage(
            QStringLiteral("--measure: \"%1\" is not profit or net_profit").arg(name));
    options.measure = *measure;
    return options;
}

} // namespace

Analyzer profitabilityAnalyzer() {
    return {QStringLiteral("profitability"),
            QStringLiteral("who earns the money: profit per customer, cost to serve, tiers, "
                           "Pareto, months"),
            {QCommandLineOption(
                QStringLiteral("measure"),
                QStringLiteral("(profitability) What ranks customers, tiers them and builds the "
                               "Pareto figures: profit (default), or net_profit = profit - "
                               "cost_to_serve, where cost_to_serve is the customer's visit "
                               "costs, task costs and expenses dated in the period."),
                QStringLiteral("profit|net_profit"), QStringLiteral("profit"))},
            [](const analysis::Facts& facts, const analysis::Window& window,
               const QCommandLineParser& parser) -> Result<AnalysisOutput> {
                auto options = profitabilityOptionValues(parser);
                if (!options)
                    return options.error();
                const auto r = analysis::computeProfitability(facts, window, *options);
                return AnalysisOutput{analysis::profitabilityJson(r, facts, window),
                                      analysis::profitabilityTable(r, facts),
                                      analysis::profitabilityText(r, facts, window)};
            }};
}

} // namespace clientele::cli
