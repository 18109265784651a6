#include "cli_context.h"
#include "commands.h"
#include "demo/demo_generator.h"

#include <QElapsedTimer>

namespace clientele::cli {

namespace {

bool positiveInt(const QString& text, int& out, int minimum) {
    bool ok = false;
    out = text.toInt(&ok);
    return ok && out >= minimum;
}

} // namespace

int runDemo(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Number of customers (default 2000)."),
                                       QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption orders(QStringLiteral("orders"),
                                    QStringLiteral("Number of orders (default 20000)."),
                                    QStringLiteral("M"), QStringLiteral("20000"));
    const QCommandLineOption years(QStringLiteral("years"),
                                   QStringLiteral("Years of history (default 3)."),
                                   QStringLiteral("Y"), QStringLiteral("3"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Random seed (default 1); same seed, same data."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("Last day of the history (default today)."),
                                 QStringLiteral("DATE"));
    parser.addOptions({customers, orders, years, seed, end});
    if (auto stop = ctx.parse(parser))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    DemoOptions options;
    if (!positiveInt(parser.value(customers), options.customers, 1))
        return ctx.usage(QStringLiteral("--customers needs a positive number"));
    if (!positiveInt(parser.value(orders), options.orders, 0))
        return ctx.usage(QStringLiteral("--orders needs a number"));
    if (!positiveInt(parser.value(years), options.years, 1) || options.years > 30)
        return ctx.usage(QStringLiteral("--years needs a number from 1 to 30"));
    bool seedOk = false;
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!seedOk)
        return ctx.usage(QStringLiteral("--seed needs a whole number"));
    if (parser.isSet(end)) {
        auto day = parseIsoDate(parser.value(end));
        if (!day)
            return ctx.usage(QStringLiteral("--end: %1").arg(day.error().message));
        options.endDay = *day;
    }
    // The demo is a Shanghai tea shop: a database it creates sorts names by pinyin.
    OpenOptions open;
    open.mode = OpenMode::Create;
    open.locale = QStringLiteral("zh_CN");
    auto opened = Database::open(ctx.databasePath(parser), open);
    if (!opened)
        return ctx.fail(opened.error());
    std::unique_ptr<Database> db = std::move(*opened);
    const bool showProgress = ctx.stderrIsTerminal();
    QElapsedTimer timer;
    timer.start();
    auto summary = generateDemo(*db, options, [&](qint64 done, qint64 total) {
        if (showProgress)
            ctx.err() << "\rgenerating the demo shop " << (100 * done / std::max<qint64>(1, total))
                      << "%" << Qt::flush;
        return true;
    });
    if (showProgress)
        ctx.err() << '\r' << QString(40, u' ') << '\r' << Qt::flush;
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out() << "demo shop written to " << db->path() << " in " << timer.elapsed() / 1000.0
              << " s: " << summary->customers << " customers, " << summary->products
              << " products, " << summary->orders << " orders (" << summary->orderLines
              << " lines), " << summary->visits << " visits, " << summary->campaigns
              << " campaigns, " << summary->tickets << " tickets, " << summary->tasks << " tasks\n";
    return Done;
}

} // namespace clientele::cli
