#include "analysis/facts_loader.h"
#include "analyzers.h"
#include "cli_context.h"
#include "commands.h"
#include "io/csv_writer.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>
#include <set>

namespace clientele::cli {

namespace {

const QString kAll = QStringLiteral("all");

struct CommonOptions {
    QCommandLineOption asOf{QStringLiteral("as-of"),
                            QStringLiteral("The day the analysis looks from (default today)."),
                            QStringLiteral("DATE")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("First day of orders counted (default: the first "
                                           "order)."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"),
                          QStringLiteral("Last day of orders counted (default: --as-of)."),
                          QStringLiteral("DATE")};
    QCommandLineOption format{QStringLiteral("format"),
                              QStringLiteral("json (default), csv (the main table) or text (a "
                                             "summary). analyze all prints json only."),
                              QStringLiteral("FORMAT"), QStringLiteral("json")};
};

QString description() {
    QString text = QStringLiteral("Runs a 7P analysis on the counted orders (confirmed, "
                                  "delivered, paid) between --from and --to.\n\nAnalyses:\n");
    for (const Analyzer& a : analyzers())
        text += QStringLiteral("  %1  %2\n").arg(a.name.leftJustified(14), a.summary);
    text += QStringLiteral("  %1  every analysis above from one load of the data, as one JSON "
                           "object keyed by analysis name\n")
                .arg(kAll.leftJustified(14));
    return text;
}

// Every analysis's options go on the parser (so --help lists them all); an option one analysis
// shares with another is added once.
void addAnalyzerOptions(QCommandLineParser& parser) {
    std::set<QString> added;
    for (const Analyzer& a : analyzers())
        for (const QCommandLineOption& option : a.options)
            if (added.insert(option.names().constFirst()).second)
                parser.addOption(option);
}

// An option of another analysis is a usage error rather than silently ignored.
std::optional<QString> foreignOption(const QCommandLineParser& parser, const QString& name) {
    if (name == kAll)
        return std::nullopt;
    const Analyzer* chosen = findAnalyzer(name);
    for (const Analyzer& a : analyzers())
        for (const QCommandLineOption& option : a.options) {
            const QString optionName = option.names().constFirst();
            if (!parser.isSet(optionName))
                continue;
            bool own = false;
            for (const QCommandLineOption& mine : chosen->options)
                own = own || mine.names().constFirst() == optionName;
            if (!own)
                return optionName;
        }
    return std::nullopt;
}

Result<std::optional<DayNumber>> dateOption(const QCommandLineParser& parser,
                                            const QCommandLineOption& option) {
    if (!parser.isSet(option))
        return std::optional<DayNumber>();
    auto day = parseIsoDate(parser.value(option));
    if (!day)
        return Error::usage(
            QStringLiteral("--%1: %2").arg(option.names().constFirst(), day.error().message));
    return std::optional<DayNumber>(*day);
}

// A column is written as values (no formula guard) when every cell is a number or a date.
bool valueColumn(const analysis::Table& table, qsizetype column) {
    static const QRegularExpression value(
        QStringLiteral("^(-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|[0-9]{4}-[0-9]{2}(-[0-9]{2})?)$"));
    for (const QStringList& row : table.rows)
        if (!row[column].isEmpty() && !value.match(row[column]).hasMatch())
            return false;
    return true;
}

Status writeCsv(const analysis::Table& table) {
    std::vector<CsvOutputColumn> columns;
    for (qsizetype c = 0; c < table.header.size(); ++c)
        columns.push_back(
            {table.header[c], valueColumn(table, c) ? CsvCellKind::Value : CsvCellKind::Text});
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return Error::io(QStringLiteral("cannot write to standard output"));
    CsvWriter writer(out, std::move(columns));
    for (const QStringList& row : table.rows)
        if (Status written = writer.writeRow(row); !written)
            return written;
    return writer.finish();
}

// What was asked, checked before the database is opened.
struct Request {
    QString name; // an analysis or kAll
    QString format;
    analysis::WindowRequest window;
};

Result<Request> readRequest(const QCommandLineParser& parser, const CommonOptions& common) {
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return Error::usage(QStringLiteral("give exactly one analysis name"));
    Request r{positional.first(), parser.value(common.format), {}};
    if (r.name != kAll && !findAnalyzer(r.name))
        return Error::usage(QStringLiteral("unknown analysis \"%1\"").arg(r.name));
    if (auto foreign = foreignOption(parser, r.name))
        return Error::usage(
            QStringLiteral("--%1 does not apply to analyze %2").arg(*foreign, r.name));
    if (r.format != QLatin1String("json") && r.format != QLatin1String("csv") &&
        r.format != QLatin1String("text"))
        return Error::usage(
            QStringLiteral("--format must be json, csv or text, not \"%1\"").arg(r.format));
    if (r.name == kAll && r.format != QLatin1String("json"))
        return Error::usage(QStringLiteral("analyze all prints json only"));
    for (auto [option, target] :
         {std::pair{&common.asOf, &r.window.asOf}, std::pair{&common.from, &r.window.from},
          std::pair{&common.to, &r.window.to}}) {
        auto day = dateOption(parser, *option);
        if (!day)
            return day.error();
        *target = *day;
    }
    if (r.window.from && r.window.to && *r.window.from > *r.window.to)
        return Error::usage(QStringLiteral("--from %1 is after --to %2")
                                .arg(formatIsoDate(*r.window.from), formatIsoDate(*r.window.to)));
    return r;
}

// Runs the analyses asked for and prints them in the format asked for. For `all`, each analysis
// is turned into JSON text as soon as it is computed, so that only one analysis's JSON tree is
// in memory at a time (at 100,000 customers a tree is several times the size of its text); the
// text is printed once every analysis succeeded, so a failure prints no half object.
Status print(Context& ctx, const Request& request, const analysis::Facts& facts,
             const analysis::Window& window, const QCommandLineParser& parser) {
    std::vector<const Analyzer*> chosen;
    if (request.name == kAll)
        for (const Analyzer& a : analyzers())
            chosen.push_back(&a);
    else
        chosen.push_back(findAnalyzer(request.name));
    const bool json = request.format == QLatin1String("json");
    QByteArray text;
    for (const Analyzer* a : chosen) {
        auto output = a->run(facts, window, parser);
        if (!output)
            return output.error();
        if (json) {
            if (request.name == kAll)
                text += (text.isEmpty() ? "{\"" : ",\"") + a->name.toUtf8() + "\":";
            text += QJsonDocument(output->json).toJson(QJsonDocument::Compact);
        } else if (request.format == QLatin1String("text")) {
            ctx.out() << output->text;
        } else if (Status written = writeCsv(output->table); !written) {
            return written;
        }
    }
    ctx.out().flush();
    if (json) {
        text += request.name == kAll ? "}\n" : "\n";
        if (std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout) !=
                static_cast<size_t>(text.size()) ||
            std::fflush(stdout) != 0)
            return Error::io(QStringLiteral("cannot write to standard output"));
    }
    return {};
}

} // namespace

int runAnalyze(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    const CommonOptions common;
    parser.addOptions({common.asOf, common.from, common.to, common.format});
    addAnalyzerOptions(parser);
    if (auto stop = ctx.parse(parser, QStringLiteral("NAME")))
        return *stop;
    const auto request = readRequest(parser, common);
    if (!request)
        return ctx.usage(request.error().message);
    auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    // Read through the system's page cache rather than a memory map: the facts are read once,
    // and a map of the whole file would count as this process's memory on top of the facts.
    // One sequential pass needs no large page cache either.
    db->exec("PRAGMA mmap_size = 0; PRAGMA cache_size = -2000");
    auto facts = analysis::loadFacts(*db);
    if (!facts)
        return ctx.fail(facts.error());
    const analysis::Window window =
        analysis::resolveWindow(**facts, request->window, db->clock().today());
    if (Status printed = print(ctx, *request, **facts, window, parser); !printed)
        return ctx.fail(printed.error());
    return Done;
}

} // namespace clientele::cli
