// Throughput and memory of the sales ledger's export and import on a demo database, next to the
// sqlite3 shell doing the nearest thing in the same run: `.mode csv` output of the same joins,
// and `.import` of the exported file into a bare table (no checks, no references, no undo record).
// The source is copied first (sqlite3 -readonly .backup) and only the copy is upgraded and read.
// Peak memory is the process's VmHWM, reset before each step (/proc/self/clear_refs), and the
// highest anonymous memory (RssAnon) seen by a sampler every 20 ms: the difference is pages of
// the database file mapped by SQLite (mmap_size), which the kernel can drop at will.
//
//   clientele-cli demo --db /tmp/d.sqlite --customers 10000 --orders 100000
//   clientele_csv_import_bench --db /tmp/d.sqlite [--work DIR] [--no-mmap]
#include "io/csv_export.h"
#include "io/csv_import.h"
#include "io/output_target.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <thread>

using namespace clientele;

namespace {

// The sales and ledger exports' joins, for the sqlite3 shell (which writes money as the stored
// minor units; clientele formats it).
const char* const kLineJoins =
    " FROM orders o CROSS JOIN order_line l ON l.order_id = o.id JOIN product p ON p.id = "
    "l.product_id LEFT JOIN customer c ON c.id = o.customer_id ORDER BY o.ordered_at, o.number, "
    "l.line_no;";
const char* const kSalesColumns =
    "SELECT o.number, o.ordered_at, c.ref, p.sku, l.quantity, l.unit_price, c.name, p.name, "
    "p.category, l.unit_cost, l.discount, o.channel, o.location, o.salesperson, o.status, "
    "(SELECT code FROM campaign WHERE id = o.campaign_id)";
const char* const kLedgerColumns =
    "SELECT substr(o.ordered_at, 1, 10), o.number, c.ref, c.name, p.sku, p.name, p.category, "
    "l.quantity, l.unit_price, l.quantity * l.unit_price - l.discount, l.unit_cost, "
    "l.quantity * l.unit_cost, l.quantity * (l.unit_price - l.unit_cost) - l.discount, "
    "o.channel, o.location, o.salesperson, o.status";

qint64 statusKb(const char* field) {
    std::ifstream status("/proc/self/status");
    std::string line;
    const std::string prefix = std::string(field) + ':';
    while (std::getline(status, line))
        if (line.rfind(prefix, 0) == 0)
            return std::stoll(line.substr(prefix.size()));
    return 0;
}

// Peak memory of one step of this process: VmHWM after a reset, and the highest RssAnon sampled.
class PeakMemory {
public:
    PeakMemory() {
        std::ofstream("/proc/self/clear_refs") << "5";
        m_sampler = std::thread([this] {
            while (!m_stop) {
                m_anon = std::max(m_anon.load(), statusKb("RssAnon"));
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
    }
    ~PeakMemory() { stop(); }
    void stop() {
        if (m_sampler.joinable()) {
            m_stop = true;
            m_sampler.join();
        }
    }
    QString text() {
        stop();
        return QStringLiteral("peak RSS %1 MB (anonymous %2 MB)")
            .arg(double(statusKb("VmHWM")) / 1024.0, 0, 'f', 0)
            .arg(double(m_anon) / 1024.0, 0, 'f', 0);
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<qint64> m_anon{0};
    std::thread m_sampler;
};

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
    void report(const char* pass, qint64 bytes, qint64 rows, const QString& memory) const {
        const double seconds = double(wall.elapsed()) / 1000.0;
        const double used = cpuSeconds(RUSAGE_SELF) - cpu + cpuSeconds(RUSAGE_CHILDREN) - children;
        const double mb = double(bytes) / (1024.0 * 1024.0);
        std::printf("%-34s %7.1f MB %8lld rows  wall %6.2f s %6.1f MB/s %8.0f rows/s  cpu %6.2f "
                    "s  %s\n",
                    pass, mb, static_cast<long long>(rows), seconds, mb / seconds,
                    double(rows) / seconds, used, qPrintable(memory));
        std::fflush(stdout);
    }
};

bool fail(const QString& what) {
    std::fprintf(stderr, "%s\n", qPrintable(what));
    return false;
}

// Runs the sqlite3 shell under /usr/bin/time for its peak RSS (memory gets that text).
bool runShell(const QStringList& args, QString& memory, const QString& outputFile = {}) {
    const QString peakFile = QDir::temp().filePath(QStringLiteral("clientele-bench-peak.txt"));
    QProcess shell;
    if (!outputFile.isEmpty())
        shell.setStandardOutputFile(outputFile);
    shell.start(QStringLiteral("/usr/bin/time"),
                QStringList{QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"),
                            peakFile, QStringLiteral("sqlite3")} +
                    args);
    if (!shell.waitForFinished(-1) || shell.exitCode() != 0)
        return fail(QStringLiteral("sqlite3 %1 failed: %2")
                        .arg(args.join(u' '), QString::fromUtf8(shell.readAllStandardError())));
    QFile peak(peakFile);
    const qint64 kb = peak.open(QIODevice::ReadOnly) ? peak.readAll().trimmed().toLongLong() : 0;
    memory = QStringLiteral("peak RSS %1 MB").arg(double(kb) / 1024.0, 0, 'f', 0);
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

void removeDatabase(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

bool compareExport(Database& db, const QString& source, const QString& kind, const char* columns,
                   const QString& work) {
    const QString ours = work + QStringLiteral("/%1.csv").arg(kind);
    {
        Clock clock;
        PeakMemory peak;
        if (!exportKind(db, kind, ours))
            return false;
        const QByteArray label = QStringLiteral("export %1 (clientele)").arg(kind).toUtf8();
        clock.report(label.constData(), QFileInfo(ours).size(), lineCount(ours) - 1, peak.text());
    }
    const QString shellCsv = work + QStringLiteral("/shell.csv");
    {
        Clock clock;
        QString memory;
        if (!runShell({QStringLiteral("-readonly"), QStringLiteral("-csv"), source,
                       QString::fromLatin1(columns) + QLatin1String(kLineJoins)},
                      memory, shellCsv))
            return false;
        clock.report("  same join, sqlite3 .mode csv", QFileInfo(shellCsv).size(),
                     lineCount(shellCsv), memory);
    }
    QFile::remove(shellCsv);
    if (kind != QLatin1String("sales"))
        QFile::remove(ours);
    return true;
}

bool importSales(const QString& salesCsv, const QString& campaignsCsv, const QString& work,
                 bool noMmap) {
    const QString target = work + QStringLiteral("/imported.sqlite");
    removeDatabase(target);
    auto copy = openOrCreate(target, OpenMode::Create);
    if (!copy)
        return false;
    if (noMmap)
        sql::exec(copy->handle(), "PRAGMA mmap_size = 0");
    if (auto c = importCsvFile(*copy, QStringLiteral("campaigns"), campaignsCsv, {}); !c)
        return fail(c.error().message);
    {
        ImportOptions dry;
        dry.dryRun = true;
        Clock clock;
        PeakMemory peak;
        auto checked = importCsvFile(*copy, QStringLiteral("sales"), salesCsv, dry);
        if (!checked)
            return fail(checked.error().message.left(2000));
        clock.report("check sales (dry run)", QFileInfo(salesCsv).size(), checked->rows,
                     peak.text());
    }
    {
        Clock clock;
        PeakMemory peak;
        auto imported = importCsvFile(*copy, QStringLiteral("sales"), salesCsv, {});
        if (!imported)
            return fail(imported.error().message.left(2000));
        clock.report("import sales (clientele)", QFileInfo(salesCsv).size(), imported->rows,
                     peak.text());
        std::printf("  undo record: changeset %lld bytes, %lld orders listed\n",
                    static_cast<long long>(sql::queryInt(
                        copy->handle(), "SELECT max(length(changeset)) FROM import_batch")),
                    static_cast<long long>(
                        sql::queryInt(copy->handle(), "SELECT count(*) FROM import_batch_order")));
        std::fflush(stdout);
    }
    copy.reset();
    removeDatabase(target);
    return true;
}

bool run(const QString& source, const QString& work, bool noMmap) {
    // The source stays untouched: its copy is the one upgraded to the current schema and read.
    const QString copyPath = work + QStringLiteral("/source-copy.sqlite");
    removeDatabase(copyPath);
    QString memory;
    if (!runShell(
            {QStringLiteral("-readonly"), source, QStringLiteral(".backup '%1'").arg(copyPath)},
            memory))
        return false;
    auto db = openOrCreate(copyPath, OpenMode::ReadWrite);
    if (!db)
        return false;
    if (noMmap)
        sql::exec(db->handle(), "PRAGMA mmap_size = 0");
    std::printf("source %s: %.0f MB; 2 cores shared, %s\n", qPrintable(source),
                double(QFileInfo(copyPath).size()) / (1024.0 * 1024.0),
                noMmap ? "mmap off" : "mmap as configured");
    if (!compareExport(*db, copyPath, QStringLiteral("sales"), kSalesColumns, work) ||
        !compareExport(*db, copyPath, QStringLiteral("ledger"), kLedgerColumns, work))
        return false;
    const QString salesCsv = work + QStringLiteral("/sales.csv");
    const QString campaignsCsv = work + QStringLiteral("/campaigns.csv");
    if (!exportKind(*db, QStringLiteral("campaigns"), campaignsCsv))
        return false;
    db.reset();
    removeDatabase(copyPath);
    if (!importSales(salesCsv, campaignsCsv, work, noMmap))
        return false;
    const QString bare = work + QStringLiteral("/bare.sqlite");
    removeDatabase(bare);
    {
        Clock clock;
        if (!runShell({bare, QStringLiteral(".mode csv"),
                       QStringLiteral(".import '%1' sales").arg(salesCsv)},
                      memory))
            return false;
        clock.report("  sqlite3 .import into a bare table", QFileInfo(salesCsv).size(),
                     lineCount(salesCsv) - 1, memory);
    }
    for (const QString& name : {salesCsv, campaignsCsv})
        QFile::remove(name);
    removeDatabase(bare);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QString source;
    QString work = QDir::tempPath();
    bool noMmap = false;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--db") && i + 1 < args.size())
            source = args[++i];
        else if (args[i] == QStringLiteral("--work") && i + 1 < args.size())
            work = args[++i];
        else if (args[i] == QStringLiteral("--no-mmap"))
            noMmap = true;
    }
    if (source.isEmpty()) {
        std::fprintf(stderr, "usage: clientele_csv_import_bench --db DEMO.sqlite [--work DIR] "
                             "[--no-mmap]\n");
        return 2;
    }
    return run(source, work, noMmap) ? 0 : 1;
}
