#include "analysis/prospecting_counts.h"
#include "analysis/prospecting_models.h"
#include "analyzers.h"

namespace clientele::cli {

namespace {

Result<analysis::ProspectingModelOptions> modelOptionValues(const QCommandLineParser& parser) {
    analysis::ProspectingModelOptions options;
    const QString unit = parser.value(QStringLiteral("unit"));
    if (unit != QLatin1String("week") && unit != QLatin1String("day"))
        return Error::usage(QStringLiteral("--unit: \"%1\" is not day or week").arg(unit));
    options.unit = unit == QLatin1String("day") ? models::TimeUnit::Day : models::TimeUnit::Week;
    if (parser.isSet(QStringLiteral("horizon"))) {
        auto horizon = positiveDoubleOption(parser, QStringLiteral("horizon"));
        if (!horizon)
            return horizon.error();
        options.horizon = *horizon;
    } else {
        options.horizon = options.unit == models::TimeUnit::Day ? 365 : 52;
    }
    auto months = intOption(parser, QStringLiteral("months"), 1);
    if (!months)
        return months.error();
    options.forecastMonths = *months;
    if (parser.isSet(QStringLiteral("margin"))) {
        auto margin = positiveDoubleOption(parser, QStringLiteral("margin"));
        if (!margin || *margin > 1)
            return Error::usage(QStringLiteral("--margin: \"%1\" is not a share between 0 and 1")
                                    .arg(parser.value(QStringLiteral("margin"))));
        options.margin = *margin;
    }
    if (parser.isSet(QStringLiteral("discount-rate"))) {
        auto rate = positiveDoubleOption(parser, QStringLiteral("discount-rate"));
        if (!rate)
            return rate.error();
        options.discountRate = *rate;
    }
    return options;
}

} // namespace

Analyzer prospectingAnalyzer() {
    return {
        QStringLiteral("prospecting"),
        QStringLiteral("where the customer base is going: new customers, conversion, BG/NBD, "
                       "CLV, revenue forecast"),
        {QCommandLineOption(QStringLiteral("unit"),
                            QStringLiteral("(prospecting) Time unit of the purchase model: day or "
                                           "week (default week)."),
                            QStringLiteral("UNIT"), QStringLiteral("week")),
         QCommandLineOption(QStringLiteral("horizon"),
                            QStringLiteral("(prospecting) Units ahead for expected purchases and "
                                           "CLV (default 52 weeks, 365 days)."),
                            QStringLiteral("N")),
         QCommandLineOption(QStringLiteral("months"),
                            QStringLiteral("(prospecting) Months of revenue forecast (default 6)."),
                            QStringLiteral("N"), QStringLiteral("6")),
         QCommandLineOption(
             QStringLiteral("margin"),
             QStringLiteral("(prospecting) Profit share of revenue for CLV (default: "
                            "the window's overall margin)."),
             QStringLiteral("X")),
         QCommandLineOption(QStringLiteral("discount-rate"),
                            QStringLiteral("(prospecting) Yearly discount rate for CLV, e.g. 0.1."),
                            QStringLiteral("X"))},
        [](const analysis::Facts& facts, const analysis::Window& window,
           const QCommandLineParser& parser) -> Result<AnalysisOutput> {
            auto options = modelOptionValues(parser);
            if (!options)
                return options.error();
            const auto counts = analysis::computeProspectingCounts(facts, window);
            const auto models = analysis::computeProspectingModels(facts, window, *options);
            QJsonObject json = analysis::prospectingCountsJson(counts, facts, window);
            analysis::addProspectingModelsJson(json, models, facts);
            return AnalysisOutput{json, analysis::prospectingModelsTable(models, facts),
                                  analysis::prospectingCountsText(counts, facts, window) +
                                      analysis::prospectingModelsText(models, facts)};
        }};
}

} // namespace clientele::cli
