#include "cli_context.h"
#include "commands.h"
#include "passphrase.h"
#include "storage/backup.h"
#include "storage/backup_folder.h"

#include <QFileInfo>

namespace clientele::cli {

namespace {

int listBackups(Context& ctx, Database& db) {
    BackupFolder folder(db);
    const std::vector<BackupEntry> backups = folder.list();
    ctx.out() << "automatic backups in " << folder.folder() << ":\n";
    if (backups.empty())
        ctx.out() << "  none yet\n";
    for (const BackupEntry& b : backups) {
        const char* state = b.state == BackupEntry::State::Verified ? "verified"
                            : b.state == BackupEntry::State::Unverified
                                ? "not verified"
                                : "CHANGED since it was verified";
        ctx.out() << "  " << b.takenAt << "  "
                  << QString::number(b.bytes / 1048576.0, 'f', 1).rightJustified(8) << " MB  "
                  << state << "  " << b.path << '\n';
    }
    return Done;
}

Progress terminalProgress(Context& ctx, const char* what) {
    if (!ctx.stderrIsTerminal())
        return {};
    return [&ctx, what](qint64 done, qint64 total) {
        if (total > 0)
            ctx.err() << '\r' << what << ' ' << (100 * done / total) << "%" << Qt::flush;
        return true;
    };
}

} // namespace

int runBackup(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write the backup to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption list(QStringLiteral("list"),
                                  QStringLiteral("List the automatic backups."));
    const QCommandLineOption autoBackup(
        QStringLiteral("auto"),
        QStringLiteral("Make an automatic backup now in the backup folder and rotate old ones."));
    const QCommandLineOption encrypt(QStringLiteral("encrypt"),
                                     QStringLiteral("Protect the backup with a passphrase."));
    const QCommandLineOption passphrase(
        QStringLiteral("passphrase-file"),
        QStringLiteral("Read the passphrase from P (- asks on the terminal)."),
        QStringLiteral("P"));
    parser.addOptions({out, list, autoBackup, encrypt, passphrase});
    if (auto stop = ctx.parse(parser))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usage(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));
    if (int modes = parser.isSet(out) + parser.isSet(list) + parser.isSet(autoBackup); modes != 1)
        return ctx.usage(QStringLiteral("give one of --out FILE, --list or --auto"));
    if (parser.isSet(encrypt) && !parser.isSet(out))
        return ctx.usage(QStringLiteral("--encrypt goes with --out FILE"));
    if (parser.isSet(encrypt) != parser.isSet(passphrase))
        return ctx.usage(
            QStringLiteral("--encrypt needs --passphrase-file P (and the other way round)"));
    auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    if (parser.isSet(list))
        return listBackups(ctx, *db);
    const Progress progress = terminalProgress(ctx, "backing up");
    const auto finishLine = [&] {
        if (progress)
            ctx.err() << '\r' << QString(30, u' ') << '\r' << Qt::flush;
    };
    if (parser.isSet(autoBackup)) {
        auto made = BackupFolder(*db).backupNow(progress);
        finishLine();
        if (!made)
            return ctx.fail(made.error());
        ctx.out() << "backed up to " << made->path << " (verified)\n";
        return Done;
    }
    Status done;
    if (parser.isSet(encrypt)) {
        auto secret = readPassphrase(parser.value(passphrase), true);
        if (!secret)
            return ctx.fail(secret.error());
        done = backupDatabaseEncrypted(*db, parser.value(out), *secret, progress);
    } else {
        done = backupDatabase(*db, parser.value(out), progress);
    }
    finishLine();
    if (!done)
        return ctx.fail(done.error());
    ctx.out() << "backed up " << db->path() << " to "
              << QFileInfo(parser.value(out)).absoluteFilePath()
              << (parser.isSet(encrypt) ? " (verified, encrypted)\n" : " (verified)\n");
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
    QByteArray secret;
    if (parser.isSet(passphrase)) {
        auto read = readPassphrase(parser.value(passphrase), false);
        if (!read)
            return ctx.fail(read.error());
        secret = *read;
    }
    const QString path = ctx.databasePath(parser);
    auto restored = restoreDatabase(parser.positionalArguments().first(), path, parser.isSet(force),
                                    Clock::system(), secret);
    if (!restored)
        return ctx.fail(restored.error());
    ctx.out() << "restored " << path << " from " << parser.positionalArguments().first() << '\n';
    if (!restored->replacedPath.isEmpty())
        ctx.out() << "the database it replaced is kept as " << restored->replacedPath << '\n';
    return Done;
}

} // namespace clientele::cli
