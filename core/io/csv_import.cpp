#include "csv_import.h"

#include "csv_reader.h"
#include "import_batches.h"
#include "import_kind.h"
#include "import_run.h"
#include "kind_specs.h"
#include "row_cells.h"
#include "storage/database.h"
#include "storage/write_transaction.h"

#include <QFileInfo>

namespace clientele {

namespace {

CsvReaderOptions readerOptions(const ImportOptions& options) {
    CsvReaderOptions reader;
    reader.sourceName = options.sourceName;
    reader.delimiter = options.delimiter;
    reader.encoding = options.encoding;
    return reader;
}

Result<ImportSummary> run(Database& db, const QString& kindName, CsvReader& reader,
                          const ImportOptions& options, const QString& path, qint64 totalBytes) {
    std::unique_ptr<ImportKind> kind = makeImportKind(kindName, db);
    const CsvSchema& schema = kind->schema();
    auto map =
        CsvHeaderMap::map(reader.header(), schema, {options.sourceName, options.ignoreUnknown, 1});
    if (!map)
        return map.error();
    ImportProblems problems(options.sourceName, options.problemLimit);
    ImportRun importRun(db, options, problems);
    bool cancelled = false;
    try {
        const ColumnSpecs& columns = columnSpecsOf(kindName);
        readRecords(reader, problems, [&](const CsvRecord& record) {
            RowCells cells(columns, *map, record, importRun);
            kind->readRow(cells);
            if (reader.recordsRead() % 4096 == 0 &&
                !reportProgress(options.progress, reader.bytesRead(), totalBytes)) {
                cancelled = true;
                return false;
            }
            return true;
        });
        if (cancelled)
            return Error::cancelled();
        // The rows that read well are checked together even when others did not, so that one
        // attempt reports every problem; a reader that stopped early leaves too little to check.
        if (!reader.failed())
            kind->check(importRun);
    } catch (...) {
        return describeException(QStringLiteral("checking %1").arg(options.sourceName));
    }
    if (!problems.isEmpty())
        return problems.toError();
    importRun.summary().rows = reader.recordsRead();
    if (options.dryRun)
        return importRun.summary();
    ImportBatchRecorder recorder(db);
    const Status written = writeInTransaction(
        db, QStringLiteral("importing %1").arg(options.sourceName), [&]() -> Status {
            if (Status s = recorder.start(); !s)
                return s;
            if (Status s = kind->apply(importRun); !s)
                return s;
            auto batch = recorder.finish(kindName, path, importRun.summary());
            if (!batch)
                return batch.error();
            importRun.summary().batchId = *batch;
            return {};
        });
    if (!written)
        return written.error();
    return importRun.summary();
}

} // namespace

Result<ImportSummary> importCsv(Database& db, const QString& kind, QIODevice& device,
                                ImportOptions options) {
    if (!importKindNames().contains(kind))
        return Error::usage(QStringLiteral("unknown kind \"%1\" (the kinds are: %2)")
                                .arg(kind, importKindNames().join(QStringLiteral(", "))));
    if (options.sourceName.isEmpty())
        options.sourceName = QStringLiteral("input");
    auto reader = CsvReader::fromDevice(device, readerOptions(options));
    if (!reader)
        return reader.error();
    return run(db, kind, **reader, options, options.sourceName, device.size());
}

Result<ImportSummary> importCsvFile(Database& db, const QString& kind, const QString& path,
                                    ImportOptions options) {
    if (!importKindNames().contains(kind))
        return Error::usage(QStringLiteral("unknown kind \"%1\" (the kinds are: %2)")
                                .arg(kind, importKindNames().join(QStringLiteral(", "))));
    if (options.sourceName.isEmpty())
        options.sourceName = path == QLatin1String("-") ? QStringLiteral("stdin") : path;
    auto reader = CsvReader::open(path, readerOptions(options));
    if (!reader)
        return reader.error();
    const qint64 total = path == QLatin1String("-") ? 0 : QFileInfo(path).size();
    const QString file =
        path == QLatin1String("-") ? options.sourceName : QFileInfo(path).fileName();
    return run(db, kind, **reader, options, file, total);
}

} // namespace clientele
