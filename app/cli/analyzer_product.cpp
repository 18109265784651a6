#include "analysis/product.h"
#include "analyzers.h"

namespace clientele::cli {

namespace {

Result<double> shareOption(const QCommandLineParser& parser, const QString& name) {
    auto value = positiveDoubleOption(parser, name);
    if (value && *value > 1)
        return Error::usage(QStringLiteral("--%1: %2 is a share, at most 1").arg(name).arg(*value));
    return value;
}

Result<analysis::ProductOptions> productOptionValues(const analysis::Facts& facts,
                                                     const QCommandLineParser& parser) {
    analysis::ProductOptions options;
    auto support = shareOption(parser, QStringLiteral("min-support"));
    if (!support)
        return support.error();
    auto confidence = shareOption(parser, QStringLiteral("min-confidence"));
    if (!confidence)
        return confidence.error();
    auto top = intOption(parser, QStringLiteral("top"), 1);
    if (!top)
        return top.error();
    auto suggestions = intOption(parser, QStringLiteral("suggestions"), 1);
    if (!suggestions)
        return suggestions.error();
    const QString level = parser.value(QStringLiteral("level"));
    if (level != QLatin1String("product") && level != QLatin1String("category"))
        return Error::usage(
            QStringLiteral("--level: \"%1\" is not product or category").arg(level));
    options.minSupport = *support;
    options.minConfidence = *confidence;
    options.top = *top;
    options.suggestions = *suggestions;
    options.level = level == QLatin1String("category") ? analysis::AffinityLevel::Category
                                                       : analysis::AffinityLevel::Product;
    options.customerRef = parser.value(QStringLiteral("customer"));
    if (!options.customerRef.isEmpty() &&
        facts.customers.indexOf(options.customerRef) == analysis::kNone)
        return Error::invalid(
            QStringLiteral("--customer: no customer has the ref \"%1\"").arg(options.customerRef));
    return options;
}

} // namespace

Analyzer productAnalyzer() {
    return {QStringLiteral("product"),
            QStringLiteral("what sells and what sells together: product tiers, pair rules, "
                           "cross-sell"),
            {QCommandLineOption(QStringLiteral("min-support"),
                                QStringLiteral("(product) Smallest share of baskets a rule's pair "
                                               "is in (default 0.001)."),
                                QStringLiteral("S"), QStringLiteral("0.001")),
             QCommandLineOption(QStringLiteral("min-confidence"),
                                QStringLiteral("(product) Smallest confidence of a rule (default "
                                               "0.1)."),
                                QStringLiteral("C"), QStringLiteral("0.1")),
             QCommandLineOption(QStringLiteral("top"),
                                QStringLiteral("(product) Rules listed, strongest lift first "
                                               "(default 100)."),
                                QStringLiteral("N"), QStringLiteral("100")),
             QCommandLineOption(QStringLiteral("level"),
                                QStringLiteral("(product) Rules between products or categories "
                                               "(default product)."),
                                QStringLiteral("product|category"), QStringLiteral("product")),
             customerOption(),
             QCommandLineOption(QStringLiteral("suggestions"),
                                QStringLiteral("(product) Cross-sell suggestions for --customer "
                                               "(default 10)."),
                                QStringLiteral("N"), QStringLiteral("10"))},
            [](const analysis::Facts& facts, const analysis::Window& window,
               const QCommandLineParser& parser) -> Result<AnalysisOutput> {
                auto options = productOptionValues(facts, parser);
                if (!options)
                    return options.error();
                const auto r = analysis::computeProduct(facts, window, *options);
                return AnalysisOutput{analysis::productJson(r, facts, window),
                                      analysis::productTable(r, facts),
                                      analysis::productText(r, facts, window)};
            }};
}

} // namespace clientele::cli
