#include "cli_context.h"
#include "commands.h"
#include "io/csv_export.h"
#include "io/csv_reader.h"
#include "io/output_target.h"

#include <QLocale>

namespace clientele::cli {

namespace {

// An ISO date option, or a usage problem naming it.
std::optional<QString> dateOption(Context& ctx, QCommandLineParser& parser,
                                  const QCommandLineOption& option, int& exitCode) {
    if (!parser.isSet(option))
        return QString();
    auto day = parseIsoDate(parser.value(option));
    if (!day) {
        exitCode =
            ctx.usage(QStringLiteral("--%1: %2").arg(option.names().first(), day.error().message));
        return std::nullopt;
    }
    return formatIsoDate(*day);
}

} // namespace

int runExport(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write to FILE (replaced atomically) instead of "
                                                "standard output."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  QStringLiteral("First day (YYYY-MM-DD) of dated kinds."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Last day (YYYY-MM-DD) of dated kinds."),
                                QStringLiteral("DATE"));
    const QCommandLineOption excel(QStringLiteral("excel"),
                                   QStringLiteral("Byte-order mark and the delimiter Excel "
                                                  "expects for the locale."));
    const QCommandLineOption delimiter(QStringLiteral("delimiter"),
                                       QStringLiteral("Field delimiter: , ; or tab."),
                                       QStringLiteral("C"));
    parser.addOptions({out, from, to, excel, delimiter});
    if (auto stop = ctx.parse(parser, QStringLiteral("KIND")))
        return *stop;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return ctx.usage(
            QStringLiteral("give one KIND (%1)").arg(exportKindNames().join(QStringLiteral(", "))));
    const QString& kind = args[0];
    if (!exportKindNames().contains(kind))
        return ctx.usage(QStringLiteral("unknown kind \"%1\" (the kinds are: %2)")
                             .arg(kind, exportKindNames().join(QStringLiteral(", "))));
    ExportOptions options;
    int exitCode = Done;
    const auto fromDay = dateOption(ctx, parser, from, exitCode);
    if (!fromDay)
        return exitCode;
    const auto toDay = dateOption(ctx, parser, to, exitCode);
    if (!toDay)
        return exitCode;
    options.from = *fromDay;
    options.to = *toDay;
    if (parser.isSet(excel))
        options.writer = excelWriterOptions(QLocale::system());
    if (parser.isSet(delimiter)) {
        auto chosen = delimiterFromOption(parser.value(delimiter));
        if (!chosen)
            return ctx.usage(chosen.error().message);
        options.writer.delimiter = *chosen;
    }
    if (Status possible = checkExportRequest(kind, options); !possible)
        return ctx.fail(possible.error());
    auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    auto target = OutputTarget::open(parser.value(out));
    if (!target)
        return ctx.fail(target.error());
    if (Status written = exportCsv(*db, kind, (*target)->device(), options); !written)
        return ctx.fail(written.error());
    if (Status committed = (*target)->commit(); !committed)
        return ctx.fail(committed.error());
    return Done;
}

} // namespace clientele::cli
