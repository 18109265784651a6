// Writes a large sales-ledger CSV (about 200 MB, 3 million lines by default) through CsvWriter,
// then reads it back through CsvReader twice: fields only, and with the cells parsed as an
// import would. Prints MB/s for each pass (by wall time and by CPU time) and the peak resident
// memory.
//
//   clientele_csv_bench [--mb N] [--out FILE] [--keep]
#include "common/dates.h"
#include "io/csv_header.h"
#include "io/csv_reader.h"
#include "io/csv_values.h"
#include "io/csv_writer.h"
#include "io/output_target.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <sys/resource.h>

using namespace clientele;

namespace {

struct Settings {
    qint64 megabytes = 200;
    QString path = QStringLiteral("/tmp/clientele_csv_bench.csv");
    bool keep = false;
};

// CPU seconds used so far: on a shared machine this says more about the code than wall time.
double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long peakResidentMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

void report(const char* pass, qint64 bytes, qint64 rows, qint64 ms, double cpu) {
    const double mb = double(bytes) / (1024.0 * 1024.0);
    std::printf("%-20s %7.1f MB %9lld rows  wall %6.2f s %7.1f MB/s  cpu %6.2f s %7.1f MB/s  "
                "peak RSS %ld MB\n",
                pass, mb, static_cast<long long>(rows), double(ms) / 1000.0,
                mb / (double(ms) / 1000.0), cpu, mb / cpu, peakResidentMb());
}

const QStringList kNames{QStringLiteral("张伟"), QStringLiteral("Müller, Anna"),
                         QStringLiteral("O'Brien \"Pat\""), QStringLiteral("李娜"),
                         QStringLiteral("Smith")};

QStringList ledgerRow(qint64 i) {
    const DayNumber day = dayNumber({2021, 1, 1}) + int(i % 1095);
    return {QStringLiteral("S-%1").arg(i / 3),
            formatIsoDate(day) + QStringLiteral(" 10:%1:00").arg(i % 60, 2, 10, QLatin1Char('0')),
            QStringLiteral("C-%1").arg(i % 20000),
            kNames[i % kNames.size()],
            QStringLiteral("SKU-%1").arg(i % 700),
            QString::number(1 + i % 5),
            formatMoneyFixed(100 + (i * 37) % 90000, 2),
            i % 10 == 0 ? QStringLiteral("gift wrap,\nplease") : QString()};
}

qint64 writeLedger(const Settings& settings) {
    auto target = OutputTarget::open(settings.path);
    if (!target) {
        std::fprintf(stderr, "%s\n", qPrintable(target.error().message));
        return -1;
    }
    CsvWriter writer((*target)->device(), {{QStringLiteral("order_number")},
                                           {QStringLiteral("ordered_at"), CsvCellKind::Value},
                                           {QStringLiteral("customer_ref")},
                                           {QStringLiteral("customer_name")},
                                           {QStringLiteral("product_sku")},
                                           {QStringLiteral("quantity"), CsvCellKind::Value},
                                           {QStringLiteral("unit_price"), CsvCellKind::Value},
                                           {QStringLiteral("notes")}});
    // Rows are made in advance so that the pass times the writer rather than QString::arg.
    QList<QStringList> pool;
    for (qint64 i = 0; i < 10007; ++i)
        pool << ledgerRow(i);
    const qint64 targetBytes = settings.megabytes * 1024 * 1024;
    qint64 rows = 0;
    // About 70 bytes a row; check the real size now and then.
    for (; rows % 100000 != 0 || (*target)->device().size() < targetBytes; ++rows) {
        if (!writer.writeRow(pool[rows % pool.size()]))
            return -1;
    }
    if (!writer.finish() || !(*target)->commit())
        return -1;
    return rows;
}

qint64 readFields(const Settings& settings) {
    auto reader = CsvReader::open(settings.path, {});
    if (!reader)
        return -1;
    CsvRecord record;
    qint64 rows = 0;
    while (auto next = (*reader)->next(record)) {
        if (!*next)
            break;
        ++rows;
    }
    return rows;
}

qint64 readAndParse(const Settings& settings) {
    auto reader = CsvReader::open(settings.path, {});
    if (!reader)
        return -1;
    const CsvSchema schema{
        {QStringLiteral("order_number"), true}, {QStringLiteral("ordered_at"), true},
        {QStringLiteral("customer_ref"), true}, {QStringLiteral("customer_name")},
        {QStringLiteral("product_sku"), true},  {QStringLiteral("quantity"), true},
        {QStringLiteral("unit_price"), true},   {QStringLiteral("notes")}};
    auto map = CsvHeaderMap::map((*reader)->header(), schema, {});
    if (!map)
        return -1;
    CsvRecord record;
    qint64 rows = 0;
    qint64 bad = 0;
    while (auto next = (*reader)->next(record)) {
        if (!*next)
            break;
        bad += parseKeyCell(map->cell(record, 0)).ok() ? 0 : 1;
        bad += parseDateTimeCell(map->cell(record, 1)).ok() ? 0 : 1;
        bad += parseKeyCell(map->cell(record, 2)).ok() ? 0 : 1;
        bad += parseKeyCell(map->cell(record, 4)).ok() ? 0 : 1;
        bad += parseIntegerCell(map->cell(record, 5), 1, 1000000).ok() ? 0 : 1;
        bad += parseMoneyCell(map->cell(record, 6), 2).ok() ? 0 : 1;
        ++rows;
    }
    return bad == 0 ? rows : -1;
}

template <typename Pass>
bool timed(const char* name, const Settings& settings, Pass pass) {
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const qint64 rows = pass(settings);
    const double cpu = std::max(1e-3, cpuSeconds() - cpuBefore);
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    if (rows < 0) {
        std::fprintf(stderr, "%s failed\n", name);
        return false;
    }
    report(name, QFileInfo(settings.path).size(), rows, ms, cpu);
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Settings settings;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QStringLiteral("--mb") && i + 1 < args.size())
            settings.megabytes = args[++i].toLongLong();
        else if (args[i] == QStringLiteral("--out") && i + 1 < args.size())
            settings.path = args[++i];
        else if (args[i] == QStringLiteral("--keep"))
            settings.keep = true;
    }
    const bool ok = timed("write (CsvWriter)", settings, writeLedger) &&
                    timed("read fields", settings, readFields) &&
                    timed("read + parse cells", settings, readAndParse);
    if (!settings.keep)
        QFile::remove(settings.path);
    return ok ? 0 : 1;
}
