// Throughput of the sales ledger's export and import on a demo database, next to the sqlite3
// shell doing the nearest thing in the same run: `.mode csv` output of the same join, and
// `.import` of the exported file into a bare table (no checks, no references, no undo record).
//
//   clientele-cli demo --db /tmp/d.sqlite --customers 10000 --orders 100000
//   clientele_csv_import_bench --db /tmp/d.sqlite [--work DIR]
#include "io/csv_export.h"
#include "io/csv_import.h"
#include "io/output_target.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <sys/resource.h>

using namespace clientele;

namespace {

// The sales export's join, for the sqlite3 shell.
const char* const kSalesJoin =
    "SELECT o.number, o.ordered_at, c.ref, p.sku, l.quantity, l.unit_price, c.name, p.name, "
    "p.category, l.unit_cost, l.discount, o.channel, o.location, o.salesperson, o.status, "
    "(SELECT code FROM campaign WHERE id = o.campaign_id) FROM order_line l JOIN orders o ON "
    "o.id = l.order_id JOIN product p ON p.id = l.product_id LEFT JOIN customer c ON c.id = "
    "o.customer_id ORDER BY o.ordered_at, o.number, l.line_no;";

double cpuSeconds(int who) {
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Clock {
    QElapsedTimer wall;
    double cpu = 0;
    double children = 0;
    Clock() {
        cpu = cpuSeconds(RUSAGE_SELF);
        children = cpuSeconds(RUSAGE_CHILDREN);
        wall.start();
    }
    void report(const char* pass, qint64 bytes, qint64 rows) const {
        const double seconds = double(wall.elapsed()) / 1000.0;
        const double used = cpuSeconds(RUSAGE_SELF) - cpu + cpuSeconds(RUSAGE_CHILDREN) - children;
        const double mb = double(bytes) / (1024.0 * 1024.0);
        std::printf(
            "%-34s %7.1f MB %8lld rows  wall %6.2f s %6.1f MB/s %8.0f rows/s  cpu %6.2f s\n", pass,
            mb, static_cast<long long>(rows), seconds, mb / seconds, double(rows) / seconds, used);
        std::fflush(stdout);
    }
};

bool fail(const QString& what) {
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return false;
}

bool runShell(const QStringList& args, const QString& outputFile = {}) {
    QProcess shell;
    if (!outputFile.isEmpty())
        shell.setStandardOutputFile(outputFile);
    shell.start(QStringLiteral("sqlite3"), args);
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        return fail(QStringLiteral("sqlite3 %1 failed: %2")
                        .arg(args.join(u' '), QString::fromUtf8(shell.readAllStandardError())));
    return true;
}

qint64 lineCount(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    qint64 lines = 0;
    while (!f.atEnd())
        lines += f.read(1 << 20).count('\n');
    return lines;
}

std::unique_ptr<Database> openOrCreate(const QString& path, OpenMode mode) {
    OpenOptions options;
    options.mode = mode;
    auto db = Database::open(path, options);
    if (!db) {
        fail(db.error().message);
        return nullptr;
    }
    return std::move(*db);
}

bool exportKind(Database& db, const QString& kind, const QString& path) {
    auto target = OutputTarget::open(path);
    if (!target)
        return fail(target.error().message);
    if (Status s = exportCsv(db, kind, (*target)->device(), {}); !s)
        return fail(s.error().message);
    if (Status s = (*target)->commit(); !s)
        return fail(s.error().message);
    return true;
}

bool run(const QString& source, const QString& work) {
    auto db = openOrCreate(source, OpenMode::ReadOnly);
    if (!db)
        return false;
    const QString salesCsv = work + QStringLiteral("/sales.csv");
    const QString campaignsCsv = work + QStringLiteral("/campaigns.csv");
    {
        Clock clock;
        if (!exportKind(*db, QStringLiteral("sales"), salesCsv))
            return false;
        clock.report("export sales (clientele)", QFileInfo(salesCsv).size(),
                     lineCount(salesCsv) - 1);
    }
    const QString shellCsv = work + QStringLiteral("/shell.csv");
    {
        Clock clock;
        if (!runShell({QStringLiteral("-readonly"), QStringLiteral("-csv"), source,
                       QString::fromLatin1(kSalesJoin)},
                      shellCsv))
            return false;
        clock.report("same join, sqlite3 .mode csv", QFileInfo(shellCsv).size(),
                     lineCount(shellCsv));
    }
    if (!exportKind(*db, QStringLiteral("campaigns"), campaignsCsv))
        return false;
    const QString target = work + QStringLiteral("/imported.sqlite");
    QFile::remove(target);
    auto copy = openOrCreate(target, OpenMode::Create);
    if (!copy)
        return false;
    if (auto c = importCsvFile(*copy, QStringLiteral("campaigns"), campaignsCsv, {}); !c)
        return fail(c.error().message);
    {
        Clock clock;
        auto imported = importCsvFile(*copy, QStringLiteral("sales"), salesCsv, {});
        if (!imported)
            return fail(imported.error().message.left(2000));
        clock.report("import sales (clientele)", QFileInfo(salesCsv).size(), imported->rows);
    }
    {
        ImportOptions dry;
        dry.dryRun = true;
        auto other = openOrCreate(work + QStringLiteral("/dry.sqlite"), OpenMode::Create);
        if (!other)
            return false;
        if (auto c = importCsvFile(*other, QStringLiteral("campaigns"), campaignsCsv, {}); !c)
            return fail(c.error().message);
        Clock clock;
        auto checked = importCsvFile(*other, QStringLiteral("sales"), salesCsv, dry);
        if (!checked)
            return fail(checked.error().message.left(2000));
        clock.report("  of which read + check (dry run)", QFileInfo(salesCsv).size(),
                     checked->rows);
        other.reset();
        QFile::remove(work + QStringLiteral("/dry.sqlite"));
    }
    const QString bare = work + QStringLiteral("/bare.sqlite");
    QFile::remove(bare);
    {
        Clock clock;
        if (!runShell({bare, QStringLiteral(".mode csv"),
                       QStringLiteral(".import %1 sales").arg(salesCsv)}))
            return false;
        clock.report("sqlite3 .import into a bare table", QFileInfo(salesCsv).size(),
                     lineCount(salesCsv) - 1);
    }
    copy.reset();
    for (const QString& name : {salesCsv, shellCsv, campaignsCsv, bare, target})
        QFile::remove(name);
    for (const char* suffix : {"-wal", "-shm", ".lock"})
        QFile::remove(target + QLatin1String(suffix));
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QString source;
    QString work = QDir::tempPath();
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--db") && i + 1 < args.size())
            source = args[++i];
        else if (args[i] == QStringLiteral("--work") && i + 1 < args.size())
            work = args[++i];
    }
    if (source.isEmpty()) {
        std::fprintf(stderr, "usage: clientele_csv_import_bench --db DEMO.sqlite [--work DIR]\n");
        return 2;
    }
    return run(source, work) ? 0 : 1;
}
