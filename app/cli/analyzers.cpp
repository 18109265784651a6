#include "analyzers.h"

namespace clientele::cli {

const std::vector<Analyzer>& analyzers() {
    static const std::vector<Analyzer> all = {
        profilingAnalyzer(),   persistencyAnalyzer(), profitabilityAnalyzer(),
        performanceAnalyzer(), prospectingAnalyzer(), productAnalyzer(),
        promotionAnalyzer(),
    };
    return all;
}

const Analyzer* findAnalyzer(const QString& name) {
    for (const Analyzer& a : analyzers())
        if (a.name == name)
            return &a;
    return nullptr;
}

Result<int> intOption(const QCommandLineParser& parser, const QString& name, int minimum) {
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        return Error::usage(
            QStringLiteral("--%1 needs a whole number of at least %2").arg(name).arg(minimum));
    return value;
}

Result<double> positiveDoubleOption(const QCommandLineParser& parser, const QString& name) {
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || !(value > 0))
        return Error::usage(QStringLiteral("--%1 needs a positive number").arg(name));
    return value;
}

} // namespace clientele::cli
