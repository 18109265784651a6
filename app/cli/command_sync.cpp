#include "cli_context.h"
#include "commands.h"
#include "sync/sync_exchange.h"
#include "sync/sync_folder.h"

#include <QDateTime>
#include <QFileInfo>

namespace clientele::cli {

namespace {

QString clockText(qint64 clock) {
    if (clock == 0)
        return QStringLiteral("never");
    return QDateTime::fromMSecsSinceEpoch(clock >> 16)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int clone(Context& ctx, Database& db, const QString& out, const QString& name) {
    auto device = sync::cloneDatabase(db, out, name);
    if (!device)
        return ctx.fail(device.error());
    ctx.out() << "cloned " << db.path() << " to " << QFileInfo(out).absoluteFilePath()
              << " as device \"" << device->name << "\"\n";
    return Done;
}

int exportTo(Context& ctx, Database& db, const QString& target, const QString& out) {
    auto written = sync::exportPacket(db, target, out);
    if (!written)
        return ctx.fail(written.error());
    ctx.out() << "wrote " << written->changesets << " changesets (" << written->bytes
              << " bytes) to " << QFileInfo(out).absoluteFilePath() << '\n';
    return Done;
}

int importFrom(Context& ctx, Database& db, const QString& path) {
    auto imported = sync::importPacket(db, path);
    if (!imported)
        return ctx.fail(imported.error());
    ctx.out() << "applied " << imported->applied << " changesets from \"" << imported->source
              << "\" (" << imported->rows << " row changes), " << imported->skipped
              << " already here, " << imported->conflicts << " conflicts\n";
    return Done;
}

int syncFolder(Context& ctx, Database& db, const QString& given) {
    const QString folder = given.isEmpty() ? db.setting(sync::syncFolderSettingKey()) : given;
    if (folder.isEmpty())
        return ctx.usage(QStringLiteral("sync folder needs DIR: this database has no sync folder "
                                        "set (the app's Preferences set one)"));
    auto outcome = sync::syncWithFolder(db, folder);
    if (!outcome)
        return ctx.fail(outcome.error());
    for (const sync::FolderImport& i : outcome->imported)
        ctx.out() << "applied " << i.outcome.applied << " changesets from \"" << i.outcome.source
                  << "\" (" << QFileInfo(i.file).fileName() << "), " << i.outcome.conflicts
                  << " conflicts\n";
    ctx.out() << (outcome->exported.unchanged ? "kept " : "wrote ") << outcome->exported.changesets
              << " changesets in " << QFileInfo(outcome->packet).absoluteFilePath() << '\n';
    for (const sync::FolderProblem& p : outcome->problems)
        ctx.err() << p.message << '\n';
    return outcome->problems.empty() ? Done : Refused;
}

int status(Context& ctx, Database& db) {
    auto s = sync::syncStatus(db);
    if (!s)
        return ctx.fail(s.error());
    ctx.out() << "family: " << s->family << '\n'
              << "this device: \"" << s->self.name << "\" (" << s->self.id << ")\n"
              << "devices (last change applied here; of this device's changes, the last each "
                 "has said it has):\n";
    for (const sync::OriginStatus& d : s->devices) {
        ctx.out() << "  \"" << d.device.name << "\" (" << d.device.id << ")"
                  << (d.self ? " this device" : "") << ": #" << d.appliedSeq << " at "
                  << clockText(d.appliedClock);
        if (!d.self)
            ctx.out() << ", has #" << d.acknowledged << " of this device's, " << d.waiting
                      << " changesets waiting for it, last heard from "
                      << (d.lastSeen.isEmpty() ? QStringLiteral("never") : d.lastSeen);
        ctx.out() << '\n';
    }
    ctx.out() << "outbox: " << s->outboxChangesets << " changesets, " << s->outboxBytes
              << " bytes\n"
              << "conflicts to review: " << s->openConflicts << '\n';
    return Done;
}

} // namespace

int runSync(Context& ctx) {
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Write the copy (clone) or the packet (export) "
                                                "to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("Name of the new device (clone)."),
                                  QStringLiteral("DEVICE-NAME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Export what DEVICE has not acknowledged yet."),
                                QStringLiteral("DEVICE"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QStringLiteral("Export every change this copy knows of."));
    parser.addOptions({out, name, to, all});
    if (auto stop =
            ctx.parse(parser, QStringLiteral("clone|export|import FILE|folder [DIR]|status")))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString sub = args.value(0);
    const int expected = sub == QLatin1String("import") ? 2 : 1;
    const bool folderArgs = sub == QLatin1String("folder") && args.size() <= 2;
    if (args.isEmpty() || (args.size() != expected && !folderArgs))
        return ctx.usage(QStringLiteral("use: sync clone --out FILE [--name DEVICE-NAME], sync "
                                        "export (--to DEVICE | --all) --out FILE, sync import "
                                        "FILE, sync folder [DIR], or sync status"));
    if (sub == QLatin1String("clone") && !parser.isSet(out))
        return ctx.usage(QStringLiteral("sync clone needs --out FILE"));
    if (sub == QLatin1String("export") &&
        (!parser.isSet(out) || parser.isSet(to) == parser.isSet(all)))
        return ctx.usage(QStringLiteral("sync export needs --out FILE and one of --to DEVICE or "
                                        "--all"));
    if (sub != QLatin1String("clone") && parser.isSet(name))
        return ctx.usage(QStringLiteral("--name goes with sync clone"));
    if (sub != QLatin1String("export") && (parser.isSet(to) || parser.isSet(all)))
        return ctx.usage(QStringLiteral("--to and --all go with sync export"));
    if (sub != QLatin1String("clone") && sub != QLatin1String("export") && parser.isSet(out))
        return ctx.usage(QStringLiteral("--out goes with sync clone or sync export"));
    if (sub != QLatin1String("clone") && sub != QLatin1String("export") &&
        sub != QLatin1String("import") && sub != QLatin1String("folder") &&
        sub != QLatin1String("status"))
        return ctx.usage(
            QStringLiteral("unknown sync command \"%1\" (clone, export, import, folder or status)")
                .arg(sub));
    auto db = ctx.openDatabase(parser, OpenMode::ReadWrite);
    if (!db)
        return exitCodeFor(ctx.lastError());
    if (sub == QLatin1String("clone"))
        return clone(ctx, *db, parser.value(out), parser.value(name));
    if (sub == QLatin1String("export"))
        return exportTo(ctx, *db, parser.isSet(to) ? parser.value(to) : QString(),
                        parser.value(out));
    if (sub == QLatin1String("import"))
        return importFrom(ctx, *db, args[1]);
    if (sub == QLatin1String("folder"))
        return syncFolder(ctx, *db, args.value(1));
    return status(ctx, *db);
}

} // namespace clientele::cli
