#include "cli_context.h"
#include "commands.h"
#include "search/customer_finder.h"

namespace clientele::cli {

int runFind(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N results (default 20)."),
                                   QStringLiteral("N"), QStringLiteral("20"));
    parser.addOption(limit);
    if (auto stop = ctx.parse(parser, QStringLiteral("TEXT")))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return ctx.usage(QStringLiteral("give exactly one search text"));
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return ctx.usage(QStringLiteral("--limit needs a positive number"));
    auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    auto found = CustomerFinder(*db).find(positional.first(), n);
    if (!found)
        return ctx.fail(found.error());
    for (const FoundCustomer& c : *found)
        ctx.out() << c.ref << '\t' << c.name << '\t' << c.phones << '\t' << c.company << '\n';
    return Done;
}

} // namespace clientele::cli
