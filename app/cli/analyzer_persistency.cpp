#include "analysis/persistency.h"
#include "analyzers.h"

namespace clientele::cli {

std::vector<QCommandLineOption> persistencyOptions() {
    return {
        QCommandLineOption(
            QStringLiteral("lapse-days"),
            QStringLiteral("(persistency, profiling --customer) A customer is lapsed after N days "
                           "without an order (default 365)."),
            QStringLiteral("N"), QStringLiteral("365")),
        QCommandLineOption(
            QStringLiteral("risk-factor"),
            QStringLiteral(
                "(persistency, profiling --customer) A customer is at risk after X times "
                "its median gap between orders (default 2)."),
            QStringLiteral("X"), QStringLiteral("2"))};
}

Result<analysis::PersistencyOptions> persistencyOptionValues(const QCommandLineParser& parser) {
    auto lapse = intOption(parser, QStringLiteral("lapse-days"), 0);
    if (!lapse)
        return lapse.error();
    auto factor = positiveDoubleOption(parser, QStringLiteral("risk-factor"));
    if (!factor)
        return factor.error();
    return analysis::PersistencyOptions{*lapse, *factor};
}

Analyzer persistencyAnalyzer() {
    return {QStringLiteral("persistency"),
            QStringLiteral("loyalty: order gaps, active/at risk/lapsed, repeat rate, cohorts"),
            persistencyOptions(),
            [](const analysis::Facts& facts, const analysis::Window& window,
               const QCommandLineParser& parser) -> Result<AnalysisOutput> {
                auto options = persistencyOptionValues(parser);
                if (!options)
                    return options.error();
                const auto r = analysis::computePersistency(facts, window, *options);
                return AnalysisOutput{analysis::persistencyJson(r, facts, window),
                                      analysis::persistencyTable(r, facts),
                                      analysis::persistencyText(r, facts, window)};
            }};
}

} // namespace clientele::cli
