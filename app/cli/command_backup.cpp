#include "cli_context.h"
#include "commands.h"
#include "storage/backup.h"

#include <QFileInfo>

namespace clientele::cli {

int runBackup(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the backup to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("List the automatic backups."));
    const QCommandLineOption encrypt(QStringLiteral("encrypt"),
                                     QStringLiteral("Protect the backup with a passphrase."));
    const QCommandLineOption passphrase(
        QStringLiteral("passphrase-file"),
        QStringLiteral("Read the passphrase from P (- asks on the terminal)."),
        QStringLiteral("P"));
    parser.addOptions({out, list, encrypt, passphrase});
    if (auto stop = ctx.parse(parser))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (parser.isSet(list) || parser.isSet(encrypt))
        return ctx.fail(Error::usage(
            QStringLiteral("--list and --encrypt are not available yet in this version")));
    if (!parser.isSet(out))
        return ctx.usage(QStringLiteral("--out FILE (or --list) is required"));
    auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    const bool showProgress = ctx.stderrIsTerminal();
    const Status done = backupDatabase(*db, parser.value(out), [&](qint64 pages, qint64 total) {
        if (showProgress && total > 0)
            ctx.err() << "\rbacking up " << (100 * pages / total) << "%" << Qt::flush;
        return true;
    });
    if (showProgress)
        ctx.err() << '\r' << Qt::flush;
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << "backed up " << db->path() << " to "
              << QFileInfo(parser.value(out)).absoluteFilePath() << " (verified)\n";
    return Done;
}

int runRestore(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption force(
        QStringLiteral("force"),
        QStringLiteral("Replace an existing database (it is kept as NAME.replaced-DATE)."));
    const QCommandLineOption passphrase(
        QStringLiteral("passphrase-file"),
        QStringLiteral("Passphrase of an encrypted backup (- asks)."), QStringLiteral("P"));
    parser.addOptions({force, passphrase});
    if (auto stop = ctx.parse(parser, QStringLiteral("FILE")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return ctx.usage(QStringLiteral("give the backup FILE to restore"));
    auto restored = restoreDatabase(parser.positionalArguments().first(), ctx.databasePath(parser),
                                    parser.isSet(force));
    if (!restored)
        return ctx.fail(restored.error());
    ctx.out() << "restored " << ctx.databasePath(parser) << " from "
              << parser.positionalArguments().first() << '\n';
    if (!restored->replacedPath.isEmpty())
        ctx.out() << "the database it replaced is kept as " << restored->replacedPath << '\n';
    return Done;
}

} // namespace clientele::cli
