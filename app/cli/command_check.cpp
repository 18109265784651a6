#include "cli_context.h"
#include "commands.h"
#include "maintenance/database_check.h"

namespace clientele::cli {

int runCheck(Context& ctx) {
    QCommandLineParser parser;
    if (auto stop = ctx.parse(parser))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    auto report = checkDatabase(*db);
    if (!report)
        return ctx.fail(report.error());
    for (const QString& passed : report->passed)
        ctx.out() << "ok       " << passed << '\n';
    for (const QString& problem : report->problems)
        ctx.out() << "PROBLEM  " << problem << '\n';
    ctx.out() << db->path() << ": " << (report->ok() ? "no problems found" : "problems found")
              << '\n';
    ctx.out().flush();
    if (!report->ok())
        return ctx.fail(
            Error::invalid(QStringLiteral("%1 problems found").arg(report->problems.size())));
    return Done;
}

} // namespace clientele::cli
