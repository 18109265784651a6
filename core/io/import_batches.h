#pragma once

#include "common/result.h"
#include "import_options.h"
#include "storage/sqlite_session.h"

#include <QString>

#include <memory>
#include <vector>

namespace clientele {

class Database;
namespace sql {
class Statement;
}

// An applied import, as `import --list` shows it.
struct ImportBatch {
    qint64 id = 0;
    QString kind;
    QString file;
    QString importedAt;
    qint64 rows = 0;
    qint64 created = 0;
    qint64 updated = 0;
    qint64 skipped = 0;
    QString undoneAt; // empty while in force
};

// Records everything one import writes with SQLite's session extension, inside the import's
// transaction, and stores it as a batch: the changeset that undoImportBatch() inverts. The search
// index is left out: its triggers follow the customer rows when the changeset is applied.
class ImportBatchRecorder {
public:
    explicit ImportBatchRecorder(Database& db);
    ~ImportBatchRecorder();
    ImportBatchRecorder(const ImportBatchRecorder&) = delete;
    ImportBatchRecorder& operator=(const ImportBatchRecorder&) = delete;

    // After BEGIN, before the first write: adds the batch, stamped `now` (the import's
    // created_at and updated_at).
    Status start(const QString& kind, const QString& file, const QString& now);
    qint64 batchId() const { return m_batchId; }
    // Changes made while not recording are left out of the changeset: a sales import writes the
    // orders it creates that way and lists them with addCreatedOrder() instead, so that the undo
    // record of millions of lines is not held in memory nor stored as one blob.
    void setRecording(bool on);
    void addCreatedOrder(qint64 orderId);
    // After the last write, before COMMIT: stores the counts and changes and returns the id.
    Result<qint64> finish(const ImportSummary& summary);

private:
    Database& m_db;
    sql::Session m_session;
    qint64 m_batchId = 0;
    std::unique_ptr<sql::Statement> m_addOrder;
};

Result<std::vector<ImportBatch>> listImportBatches(Database& db); // newest first

// Applies the inverse of the batch's changes in one transaction: rows it created are deleted,
// rows it updated get their earlier values back; the orders a sales import listed as created are
// deleted with their lines (refused when one was edited since: its updated_at moved). Refused
// (Conflict, nothing changed) when a row the batch wrote was changed or deleted since; other edits
// do not matter.
Status undoImportBatch(Database& db, qint64 id);

} // namespace clientele
