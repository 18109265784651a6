#include "cli_context.h"
#include "commands.h"
#include "io/csv_import.h"
#include "io/csv_reader.h"
#include "io/import_batches.h"
#include "io/import_kind.h"

namespace clientele::cli {

namespace {

struct ImportCliOptions {
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              QStringLiteral("Check the file and say what would be done; write "
                                             "nothing.")};
    QCommandLineOption delimiter{QStringLiteral("delimiter"),
                                 QStringLiteral("Field delimiter: , ; or tab (default: detected "
                                                "from the header)."),
                                 QStringLiteral("C")};
    QCommandLineOption dateFormat{QStringLiteral("date-format"),
                                  QStringLiteral("Pattern of non-ISO dates, e.g. %d/%m/%Y."),
                                  QStringLiteral("FMT")};
    QCommandLineOption onDuplicate{QStringLiteral("on-duplicate"),
                                   QStringLiteral("A row whose key exists: error (default), skip "
                                                  "or update."),
                                   QStringLiteral("error|skip|update"), QStringLiteral("error")};
    QCommandLineOption ignoreUnknown{QStringLiteral("ignore-unknown"),
                                     QStringLiteral("Skip columns the kind does not have.")};
    QCommandLineOption encoding{QStringLiteral("encoding"),
                                QStringLiteral("Text encoding of the file: utf-8 (default), "
                                               "gb18030, gbk, big5, latin1, windows-1252."),
                                QStringLiteral("NAME")};
    QCommandLineOption strictDedupe{QStringLiteral("strict-dedupe"),
                                    QStringLiteral("Refuse customers whose phone or email "
                                                   "belongs to another customer (default: warn).")};
    QCommandLineOption list{QStringLiteral("list"),
                            QStringLiteral("List the imports made, newest first.")};
    QCommandLineOption undo{QStringLiteral("undo"),
                            QStringLiteral("Undo the import batch BATCH (see --list)."),
                            QStringLiteral("BATCH")};
};

void printProblems(Context& ctx, const Error& error, const QString& source) {
    if (error.kind != Error::Kind::Invalid || error.message.isEmpty()) {
        ctx.fail(error);
        return;
    }
    const QStringList lines = error.message.split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        if (line.startsWith(source + u':'))
            ctx.err() << line << '\n';
        else
            ctx.err() << "clientele-cli: import: " << line << '\n';
    }
    ctx.err() << "clientele-cli: import: " << source << " refused; nothing was imported\n";
    ctx.err().flush();
}

int listBatches(Context& ctx, QCommandLineParser& parser) {
    auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    auto batches = listImportBatches(*db);
    if (!batches)
        return ctx.fail(batches.error());
    if (batches->empty()) {
        ctx.out() << "no imports yet\n";
        return Done;
    }
    ctx.out() << "batch\timported at\tkind\trows\tcreated\tupdated\tskipped\tfile\n";
    for (const ImportBatch& b : *batches) {
        ctx.out() << b.id << '\t' << b.importedAt << '\t' << b.kind << '\t' << b.rows << '\t'
                  << b.created << '\t' << b.updated << '\t' << b.skipped << '\t' << b.file;
        if (!b.undoneAt.isEmpty())
            ctx.out() << "\t(undone " << b.undoneAt << ')';
        ctx.out() << '\n';
    }
    return Done;
}

int undoBatch(Context& ctx, QCommandLineParser& parser, const QString& text) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return ctx.usage(QStringLiteral("--undo needs a batch number (see --list)"));
    auto db = ctx.openDatabase(parser, OpenMode::ReadWrite);
    if (!db)
        return exitCodeFor(ctx.lastError());
    if (Status undone = undoImportBatch(*db, id); !undone)
        return ctx.fail(undone.error());
    ctx.out() << "undid import batch " << id << '\n';
    return Done;
}

Result<OnDuplicate> onDuplicateFrom(const QString& text) {
    if (text == QLatin1String("error"))
        return OnDuplicate::Error;
    if (text == QLatin1String("skip"))
        return OnDuplicate::Skip;
    if (text == QLatin1String("update"))
        return OnDuplicate::Update;
    return Error::usage(
        QStringLiteral("--on-duplicate is error, skip or update, not \"%1\"").arg(text));
}

void printSummary(Context& ctx, const ImportSummary& s, const QString& source, bool dryRun) {
    ctx.out() << (dryRun ? "dry run: " : "imported ") << source << ": " << s.rows << " rows, "
              << s.created << (dryRun ? " to create, " : " created, ") << s.updated
              << (dryRun ? " to update, " : " updated, ") << s.skipped << " skipped";
    for (const auto& [what, count] : s.alsoCreated)
        if (count > 0)
            ctx.out() << "; " << count << " new " << what;
    if (dryRun)
        ctx.out() << "; nothing was written\n";
    else
        ctx.out() << "; batch " << s.batchId << " (clientele-cli import --undo " << s.batchId
                  << " undoes it)\n";
}

} // namespace

int runImport(Context& ctx) {
    QCommandLineParser parser;
    const ImportCliOptions o;
    parser.addOptions({o.dryRun, o.delimiter, o.dateFormat, o.onDuplicate, o.ignoreUnknown,
                       o.encoding, o.strictDedupe, o.list, o.undo});
    if (auto stop = ctx.parse(parser, QStringLiteral("KIND FILE")))
        return *stop;
    const QStringList args = parser.positionalArguments();
    if (parser.isSet(o.list) || parser.isSet(o.undo)) {
        if (!args.isEmpty())
            return ctx.usage(QStringLiteral("--list and --undo take no KIND or FILE"));
        return parser.isSet(o.list) ? listBatches(ctx, parser)
                                    : undoBatch(ctx, parser, parser.value(o.undo));
    }
    if (args.size() != 2)
        return ctx.usage(QStringLiteral("give the KIND (%1) and the FILE (- for standard input)")
                             .arg(importKindNames().join(QStringLiteral(", "))));
    const QString& kind = args[0];
    const QString& path = args[1];
    if (!importKindNames().contains(kind))
        return ctx.usage(QStringLiteral("unknown kind \"%1\" (the kinds are: %2)")
                             .arg(kind, importKindNames().join(QStringLiteral(", "))));
    ImportOptions options;
    options.sourceName = path == QLatin1String("-") ? QStringLiteral("stdin") : path;
    options.dryRun = parser.isSet(o.dryRun);
    options.ignoreUnknown = parser.isSet(o.ignoreUnknown);
    options.strictDedupe = parser.isSet(o.strictDedupe);
    options.encoding = parser.value(o.encoding);
    options.dateFormat = parser.value(o.dateFormat);
    if (parser.isSet(o.delimiter)) {
        auto delimiter = delimiterFromOption(parser.value(o.delimiter));
        if (!delimiter)
            return ctx.usage(delimiter.error().message);
        options.delimiter = *delimiter;
    }
    auto onDuplicate = onDuplicateFrom(parser.value(o.onDuplicate));
    if (!onDuplicate)
        return ctx.usage(onDuplicate.error().message);
    options.onDuplicate = *onDuplicate;
    if (ctx.stderrIsTerminal())
        options.progress = [&ctx](qint64 done, qint64 total) {
            if (total > 0)
                ctx.err() << "\rimporting " << (100 * done / total) << "%" << Qt::flush;
            else
                ctx.err() << "\rimporting " << done << Qt::flush;
            return true;
        };
    auto db = ctx.openDatabase(parser, OpenMode::ReadWrite);
    if (!db)
        return exitCodeFor(ctx.lastError());
    auto imported = importCsvFile(*db, kind, path, options);
    if (options.progress)
        ctx.err() << '\r' << QString(30, u' ') << '\r' << Qt::flush;
    if (imported)
        for (const QString& warning : imported->warnings)
            ctx.err() << "clientele-cli: import: warning: " << warning << '\n';
    if (!imported) {
        printProblems(ctx, imported.error(), options.sourceName);
        return exitCodeFor(imported.error());
    }
    ctx.err().flush();
    printSummary(ctx, *imported, options.sourceName, options.dryRun);
    return Done;
}

} // namespace clientele::cli
