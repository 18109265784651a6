#include "cli_context.h"
#include "commands.h"
#include "privacy/customer_erase.h"
#include "privacy/customer_record.h"

#include <iostream>
#include <string>

namespace clientele::cli {

namespace {

int exportRecord(Context& ctx, QCommandLineParser& parser, const QCommandLineOption& out,
                 const QString& ref) {
    if (!parser.isSet(out))
        return ctx.usage(QStringLiteral("customer export needs --out DIR"));
    auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    auto exported = exportCustomerRecord(*db, ref, parser.value(out));
    if (!exported)
        return ctx.fail(exported.error());
    ctx.out() << "wrote " << exported->jsonPath << " and " << exported->csvPaths.size()
              << " CSV files\n";
    return Done;
}

int erase(Context& ctx, QCommandLineParser& parser, const QCommandLineOption& yes,
          const QString& ref) {
    auto db = ctx.openDatabase(parser, OpenMode::ReadWrite);
    if (!db)
        return exitCodeFor(ctx.lastError());
    auto plan = planCustomerErase(*db, ref);
    if (!plan)
        return ctx.fail(plan.error());
    ctx.out() << "Erasing removes:\n";
    for (const QString& line : plan->describe())
        ctx.out() << "  " << line << '\n';
    ctx.out().flush();
    if (!parser.isSet(yes)) {
        if (!ctx.stderrIsTerminal())
            return ctx.usage(QStringLiteral("add --yes to confirm erasing %1").arg(ref));
        ctx.err() << "Type the customer's ref to confirm: " << Qt::flush;
        std::string answer;
        std::getline(std::cin, answer);
        if (QString::fromStdString(answer).trimmed() != ref)
            return ctx.fail(Error::invalid(QStringLiteral("not confirmed; nothing was erased")));
    }
    if (Status done = eraseCustomer(*db, *plan); !done)
        return ctx.fail(done.error());
    ctx.out() << "erased " << ref
              << ". Backups made before today still hold a copy; they expire as backups rotate.\n";
    return Done;
}

} // namespace

int runCustomer(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Folder for the export."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption yes(QStringLiteral("yes"), QStringLiteral("Erase without asking."));
    parser.addOptions({out, yes});
    if (auto stop = ctx.parse(parser, QStringLiteral("export|erase REF")))
        return *stop;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return ctx.usage(
            QStringLiteral("use: customer export REF --out DIR, or customer erase REF [--yes]"));
    if (args[0] == QLatin1String("export"))
        return exportRecord(ctx, parser, out, args[1]);
    if (args[0] == QLatin1String("erase"))
        return erase(ctx, parser, yes, args[1]);
    return ctx.usage(
        QStringLiteral("unknown customer command \"%1\" (export or erase)").arg(args[0]));
}

} // namespace clientele::cli
