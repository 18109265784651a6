#pragma once

#include "analysis/facts.h"
#include "analysis/persistency.h"
#include "analysis/report.h"
#include "analysis/window.h"
#include "common/result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace clientele::cli {

// One analysis as `clientele-cli analyze NAME` prints it, in each of the three formats.
struct AnalysisOutput {
    QJsonObject json;
    analysis::Table table;
    QString text;
};

using AnalyzerRun = std::function<Result<AnalysisOutput>(
    const analysis::Facts&, const analysis::Window&, const QCommandLineParser&)>;

// An entry of `analyze`: its name, a line for --help, its own options (accepted only with this
// analysis, or with `all`) and how to run it on loaded facts. A bad option value is an
// Error::usage naming the option.
struct Analyzer {
    QString name;
    QString summary;
    std::vector<QCommandLineOption> options;
    AnalyzerRun run;
};

// Each analysis has its own file, analyzer_NAME.cpp, defining its entry; adding one is that file
// and a line in analyzers().
Analyzer profilingAnalyzer();
Analyzer persistencyAnalyzer();
Analyzer profitabilityAnalyzer();
Analyzer performanceAnalyzer();
Analyzer prospectingAnalyzer();
Analyzer productAnalyzer();
Analyzer promotionAnalyzer();

// --customer REF, shared by profiling (one customer's value) and product (cross-sell).
QCommandLineOption customerOption();

// Persistency's options, shared with profiling's one-customer view.
std::vector<QCommandLineOption> persistencyOptions();
Result<analysis::PersistencyOptions> persistencyOptionValues(const QCommandLineParser& parser);

// In the order of the 7Ps.
const std::vector<Analyzer>& analyzers();
const Analyzer* findAnalyzer(const QString& name);

// Option values for the entries; the error names the option.
Result<int> intOption(const QCommandLineParser& parser, const QString& name, int minimum);
Result<double> positiveDoubleOption(const QCommandLineParser& parser, const QString& name);

} // namespace clientele::cli
