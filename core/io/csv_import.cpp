#include "csv_import.h"

#include "csv_reader.h"
#include "import_batches.h"
#include "import_kind.h"
#include "import_run.h"
#include "kind_specs.h"
#include "row_cells.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <functional>

namespace clientele {

namespace {

using ReaderFactory = std::function<Result<std::unique_ptr<CsvReader>>()>;

CsvReaderOptions readerOptions(const ImportOptions& options) {
    CsvReaderOptions reader;
    reader.sourceName = options.sourceName;
    reader.delimiter = options.delimiter;
    reader.encoding = options.encoding;
    return reader;
}

// The second reading of a file whose kind writes from it: the same rows must come back, so a
// file changed between the two passes is refused rather than written half checked.
Status replay(const ReaderFactory& open, const QStringList& header, int records,
              const ColumnSpecs& columns, const CsvHeaderMap& map, ImportRun& run,
              const ImportRun::RowVisitor& visit) {
    auto reader = open();
    if (!reader)
        return reader.error();
    const auto changed = [&] {
        return Error::invalid(QStringLiteral("%1: the file changed while it was being imported; "
                                             "nothing was written")
                                  .arg(run.sourceName()));
    };
    if ((*reader)->header() != header)
        return changed();
    CsvRecord record;
    for (;;) {
        auto next = (*reader)->next(record);
        if (!next)
            return changed();
        if (!*next)
            break;
        RowCells cells(columns, map, record, run);
        if (Status s = visit(cells); !s)
            return s;
        if (cells.failed())
            return changed();
    }
    if ((*reader)->recordsRead() != records)
        return changed();
    return {};
}

// The checks read in one transaction: one consistent view of the database, and not a
// transaction begun and ended for each of a million lookups.
class ReadTransaction {
public:
    explicit ReadTransaction(Database& db)
        : m_db(db) {
        sql::exec(m_db.handle(), "BEGIN");
    }
    ~ReadTransaction() {
        try {
            sql::exec(m_db.handle(), "COMMIT");
        } catch (const sql::Exception&) {
            // A read transaction has nothing to lose; the next BEGIN would report a real fault.
        }
    }
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Database& m_db;
};

Result<ImportSummary> run(Database& db, const QString& kindName, const ReaderFactory& open,
                          const ImportOptions& options, const QString& path, qint64 totalBytes) {
    auto opened = open();
    if (!opened)
        return opened.error();
    CsvReader& reader = **opened;
    std::unique_ptr<ImportKind> kind = makeImportKind(kindName, db);
    const CsvSchema& schema = kind->schema();
    auto map =
        CsvHeaderMap::map(reader.header(), schema, {options.sourceName, options.ignoreUnknown, 1});
    if (!map)
        return map.error();
    ImportProblems problems(options.sourceName, options.problemLimit);
    ImportRun importRun(db, options, problems);
    const ColumnSpecs& columns = columnSpecsOf(kindName);
    bool cancelled = false;
    try {
        ReadTransaction reading(db);
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
    const QStringList header = reader.header();
    const int records = reader.recordsRead();
    opened->reset();
    importRun.setReplay([&](const ImportRun::RowVisitor& visit) {
        return replay(open, header, records, columns, *map, importRun, visit);
    });
    ImportBatchRecorder recorder(db);
    importRun.setRecorder(&recorder);
    const Status written = writeInTransaction(
        db, QStringLiteral("importing %1").arg(options.sourceName), [&]() -> Status {
            if (Status s = recorder.start(kindName, path, importRun.now()); !s)
                return s;
            if (Status s = kind->apply(importRun); !s)
                return s;
            auto batch = recorder.finish(importRun.summary());
            if (!batch)
                return batch.error();
            importRun.summary().batchId = *batch;
            return {};
        });
    if (!written)
        return written.error();
    return importRun.summary();
}

Error unknownKind(const QString& kind) {
    return Error::usage(QStringLiteral("unknown kind \"%1\" (the kinds are: %2)")
                            .arg(kind, importKindNames().join(QStringLiteral(", "))));
}

// Input that cannot be read twice (standard input, a pipe) is copied to a temporary file first,
// so that kinds writing from a second pass keep memory flat whatever the size.
Result<std::unique_ptr<QTemporaryFile>> spool(QIODevice& input, const QString& sourceName) {
    auto copy = std::make_unique<QTemporaryFile>();
    if (!copy->open())
        return Error::io(QStringLiteral("%1: cannot make a temporary copy: %2")
                             .arg(sourceName, copy->errorString()));
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = input.read(chunk.data(), chunk.size());
        if (n < 0)
            return Error::io(QStringLiteral("%1: %2").arg(sourceName, input.errorString()));
        if (n == 0 && !input.waitForReadyRead(-1))
            break;
        if (copy->write(chunk.constData(), n) != n)
            return Error::io(QStringLiteral("%1: cannot make a temporary copy: %2")
                                 .arg(sourceName, copy->errorString()));
    }
    if (!copy->flush())
        return Error::io(QStringLiteral("%1: cannot make a temporary copy: %2")
                             .arg(sourceName, copy->errorString()));
    return copy;
}

} // namespace

Result<ImportSummary> importCsv(Database& db, const QString& kind, QIODevice& device,
                                ImportOptions options) {
    if (!importKindNames().contains(kind))
        return unknownKind(kind);
    if (options.sourceName.isEmpty())
        options.sourceName = QStringLiteral("input");
    if (device.isSequential()) {
        auto copy = spool(device, options.sourceName);
        if (!copy)
            return copy.error();
        const QString path = (*copy)->fileName();
        const ReaderFactory open = [&] { return CsvReader::open(path, readerOptions(options)); };
        return run(db, kind, open, options, options.sourceName, (*copy)->size());
    }
    const qint64 start = device.pos();
    const ReaderFactory open = [&]() -> Result<std::unique_ptr<CsvReader>> {
        if (!device.seek(start))
            return Error::io(QStringLiteral("%1: cannot be read again: %2")
                                 .arg(options.sourceName, device.errorString()));
        return CsvReader::fromDevice(device, readerOptions(options));
    };
    return run(db, kind, open, options, options.sourceName, device.size() - start);
}

Result<ImportSummary> importCsvFile(Database& db, const QString& kind, const QString& path,
                                    ImportOptions options) {
    if (!importKindNames().contains(kind))
        return unknownKind(kind);
    if (path == QLatin1String("-")) {
        if (options.sourceName.isEmpty())
            options.sourceName = QStringLiteral("stdin");
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return Error::io(QStringLiteral("stdin: %1").arg(input.errorString()));
        return importCsv(db, kind, input, options);
    }
    if (options.sourceName.isEmpty())
        options.sourceName = path;
    const ReaderFactory open = [&] { return CsvReader::open(path, readerOptions(options)); };
    return run(db, kind, open, options, QFileInfo(path).fileName(), QFileInfo(path).size());
}

} // namespace clientele
