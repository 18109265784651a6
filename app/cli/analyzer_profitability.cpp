#include "analysis/profitability.h"
#include "analyzers.h"

namespace clientele::cli {

Analyzer profitabilityAnalyzer() {
    return {QStringLiteral("profitability"),
            QStringLiteral("who earns the money: profit per customer, tiers, Pareto, months"),
            {},
            [](const analysis::Facts& facts, const analysis::Window& window,
               const QCommandLineParser&) -> Result<AnalysisOutput> {
                const auto r = analysis::computeProfitability(facts, window);
                return AnalysisOutput{analysis::profitabilityJson(r, facts, window),
                                      analysis::profitabilityTable(r, facts),
                                      analysis::profitabilityText(r, facts, window)};
            }};
}

} // namespace clientele::cli
