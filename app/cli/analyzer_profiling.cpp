#include "analysis/profiling.h"
#include "analyzers.h"

namespace clientele::cli {

namespace {

const QString kCustomer = QStringLiteral("customer");

Result<AnalysisOutput> runProfiling(const analysis::Facts& facts, const analysis::Window& window,
                                    const QCommandLineParser& parser) {
    auto persistency = persistencyOptionValues(parser);
    if (!persistency)
        return persistency.error();
    analysis::ProfilingOptions options;
    options.persistency = *persistency;
    if (!parser.isSet(kCustomer)) {
        const auto r = analysis::computeProfiling(facts, window, options);
        return AnalysisOutput{analysis::profilingJson(r, facts, window),
                              analysis::profilingTable(r, facts),
                              analysis::profilingText(r, facts, window)};
    }
    const QString ref = parser.value(kCustomer);
    const int customer = facts.customers.indexOf(ref);
    if (customer == analysis::kNone)
        return Error::notFound(QStringLiteral("--customer: no customer with ref \"%1\"").arg(ref));
    const auto p = analysis::profileCustomer(facts, window, customer, options);
    return AnalysisOutput{analysis::customerProfileJson(p, facts, window),
                          analysis::customerProfileTable(p, facts),
                          analysis::customerProfileText(p, facts, window)};
}

} // namespace

QCommandLineOption customerOption() {
    return QCommandLineOption(
        kCustomer,
        QStringLiteral("(profiling) One customer's value in one view: RFM, segment, tier, profit, "
                       "status, days since the last order. (product) Cross-sell suggestions for "
                       "this customer."),
        QStringLiteral("REF"));
}

Analyzer profilingAnalyzer() {
    std::vector<QCommandLineOption> options{customerOption()};
    for (const QCommandLineOption& shared : persistencyOptions())
        options.push_back(shared);
    return {QStringLiteral("profiling"),
            QStringLiteral("who the customers are: counts, preferences, RFM scores and segments"),
            options, runProfiling};
}

} // namespace clientele::cli
