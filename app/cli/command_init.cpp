#include "cli_context.h"
#include "commands.h"

#include <QFileInfo>

namespace clientele::cli {

int runInit(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption currency(QStringLiteral("currency"),
                                      QStringLiteral("Currency code (default CNY)."),
                                      QStringLiteral("CODE"), QStringLiteral("CNY"));
    const QCommandLineOption locale(
        QStringLiteral("locale"),
        QStringLiteral("Locale for sorting and formatting (default: the system's)."),
        QStringLiteral("NAME"));
    parser.addOption(currency);
    parser.addOption(locale);
    if (auto stop = ctx.parse(parser))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    const QString code = parser.value(currency).toUpper();
    if (code.size() != 3 || !code.front().isLetter())
        return ctx.usage(QStringLiteral("\"%1\" is not a currency code (like CNY, USD, EUR)")
                             .arg(parser.value(currency)));
    const QString path = ctx.databasePath(parser);
    if (QFileInfo::exists(path) && QFileInfo(path).size() > 0)
        return ctx.fail(
            Error::invalid(QStringLiteral("%1: already exists; nothing was changed").arg(path)));
    OpenOptions options;
    options.mode = OpenMode::Create;
    options.currency = code;
    options.locale = parser.value(locale);
    auto db = Database::open(path, options);
    if (!db)
        return ctx.fail(db.error());
    ctx.out() << "created " << (*db)->path() << " (currency " << (*db)->settings().currency
              << ", locale " << (*db)->settings().locale << ")\n";
    return Done;
}

} // namespace clientele::cli
