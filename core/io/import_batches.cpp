#include "import_batches.h"

#include "storage/database.h"
#include "storage/foreign_keys_off.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

#include <QSet>
#include <QStringList>

#include <sqlite3.h>

#include <cstring>
#include <memory>
#include <optional>

namespace clientele {

namespace {

// The search index follows the customer table through its triggers, and the batches are the
// record itself.
bool recorded(const char* table) {
    return std::strncmp(table, "customer_fts", 12) != 0 &&
           std::strncmp(table, "import_batch", 12) != 0 && std::strncmp(table, "sqlite_", 7) != 0;
}

struct Conflicts {
    QSet<QString> changed;    // tables with rows changed or deleted since
    QSet<QString> referenced; // tables with rows that other records now refer to
};

QString tableOf(sqlite3_changeset_iter* change, int* op) {
    const char* table = nullptr;
    int columns = 0, indirect = 0;
    if (sqlite3changeset_op(change, &table, &columns, op, &indirect) != SQLITE_OK || !table)
        return {};
    return QString::fromUtf8(table);
}

int refuseConflict(void* context, int kind, sqlite3_changeset_iter* change) {
    auto* conflicts = static_cast<Conflicts*>(context);
    if (kind == SQLITE_CHANGESET_FOREIGN_KEY) {
        conflicts->referenced.insert(QStringLiteral("records"));
        return SQLITE_CHANGESET_ABORT;
    }
    int op = 0;
    const QString table = tableOf(change, &op);
    // A row the import created and that is gone already (deleted since, or with the record it
    // belonged to, by a cascade of this very undo) needs no deleting.
    if (kind == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE)
        return SQLITE_CHANGESET_OMIT;
    if (kind == SQLITE_CHANGESET_CONSTRAINT)
        conflicts->referenced.insert(table);
    else
        conflicts->changed.insert(table);
    return SQLITE_CHANGESET_ABORT;
}

QString sortedList(const QSet<QString>& names) {
    QStringList list = names.values();
    list.sort();
    return list.join(QStringLiteral(", "));
}

} // namespace

ImportBatchRecorder::ImportBatchRecorder(Database& db)
    : m_db(db) {}

ImportBatchRecorder::~ImportBatchRecorder() = default;

Status ImportBatchRecorder::start(const QString& kind, const QString& file, const QString& now) {
    if (Status started = m_session.start(m_db.handle(), recorded,
                                         QStringLiteral("cannot record the import for undo"));
        !started)
        return started;
    try {
        sql::Statement q(m_db.handle(), "INSERT INTO import_batch (kind, file, imported_at, "
                                        "changeset) VALUES (?,?,?,x'')");
        q.bind(1, kind).bind(2, file).bind(3, now).exec();
        m_batchId = static_cast<qint64>(sqlite3_last_insert_rowid(m_db.handle()));
    } catch (...) {
        return describeException(QStringLiteral("recording the import for undo"));
    }
    return {};
}

void ImportBatchRecorder::setRecording(bool on) {
    m_session.setEnabled(on);
}

void ImportBatchRecorder::addCreatedOrder(qint64 orderId) {
    if (!m_addOrder)
        m_addOrder = std::make_unique<sql::Statement>(
            m_db.handle(), "INSERT INTO import_batch_order (batch_id, order_id) VALUES (?,?)");
    m_addOrder->bind(1, m_batchId).bind(2, orderId).exec();
    m_addOrder->reset();
}

Result<qint64> ImportBatchRecorder::finish(const ImportSummary& summary) {
    auto changes = m_session.changeset(QStringLiteral("cannot record the import for undo"));
    if (!changes)
        return changes.error();
    m_session.stop();
    try {
        sql::Statement q(m_db.handle(),
                         "UPDATE import_batch SET rows = ?, created = ?, updated = ?, skipped = ?, "
                         "changeset = ? WHERE id = ?");
        q.bind(1, summary.rows)
            .bind(2, summary.created)
            .bind(3, summary.updated)
            .bind(4, summary.skipped)
            .bindBlob(5, *changes)
            .bind(6, m_batchId);
        q.exec();
        return m_batchId;
    } catch (...) {
        return describeException(QStringLiteral("recording the import for undo"));
    }
}

Result<std::vector<ImportBatch>> listImportBatches(Database& db) {
    std::vector<ImportBatch> batches;
    try {
        sql::Statement q(db.handle(),
                         "SELECT id, kind, file, imported_at, rows, created, updated, skipped, "
                         "coalesce(undone_at, '') FROM import_batch ORDER BY id DESC");
        while (q.step())
            batches.push_back({q.int64(0), q.text(1), q.text(2), q.text(3), q.int64(4), q.int64(5),
                               q.int64(6), q.int64(7), q.text(8)});
    } catch (...) {
        return describeException(QStringLiteral("listing the import batches"));
    }
    return batches;
}

namespace {

QSet<QString> tablesWithDanglingReferences(Database& db) {
    QSet<QString> tables;
    sql::Statement check(db.handle(), "PRAGMA foreign_key_check");
    while (check.step())
        tables.insert(check.text(0));
    return tables;
}

// The orders a sales import listed instead of recording them (ImportBatchRecorder): one gone
// already needs no deleting, one edited since (its updated_at moved on from the import's stamp)
// stops the undo like a changed row of the changeset does. Foreign keys are off here, so their
// lines are deleted explicitly.
Status deleteCreatedOrders(Database& db, qint64 id, const QString& importedAt) {
    sql::Statement edited(db.handle(), "SELECT count(*) FROM import_batch_order b JOIN orders o "
                                       "ON o.id = b.order_id WHERE b.batch_id = ? AND "
                                       "o.updated_at <> ?");
    edited.bind(1, id).bind(2, importedAt);
    if (edited.step() && edited.int64(0) > 0)
        return Error::conflict(QStringLiteral("import batch %1 cannot be undone: rows it wrote "
                                              "were changed or deleted since (in orders); "
                                              "nothing was changed")
                                   .arg(id));
    for (const char* sql :
         {"DELETE FROM order_line WHERE order_id IN (SELECT order_id FROM import_batch_order "
          "WHERE batch_id = ?)",
          "DELETE FROM orders WHERE id IN (SELECT order_id FROM import_batch_order WHERE "
          "batch_id = ?)",
          "DELETE FROM import_batch_order WHERE batch_id = ?"}) {
        sql::Statement q(db.handle(), sql);
        q.bind(1, id).exec();
    }
    return {};
}

} // namespace

Status undoImportBatch(Database& db, qint64 id) {
    // Foreign keys are off while a batch is undone: their cascades would change rows of the
    // batch before the changeset reaches them and read as conflicts. Whether anything then
    // refers to a deleted row is checked at the end.
    std::optional<ForeignKeysOff> keysOff;
    try {
        keysOff.emplace(db);
    } catch (...) {
        return describeException(QStringLiteral("undoing import batch %1").arg(id));
    }
    return writeInTransaction(
        db, QStringLiteral("undoing import batch %1").arg(id), [&]() -> Status {
            sql::Statement q(db.handle(),
                             "SELECT changeset, undone_at, imported_at FROM import_batch WHERE "
                             "id = ?");
            q.bind(1, id);
            if (!q.step())
                return Error::notFound(QStringLiteral("there is no import batch %1 (import "
                                                      "--list shows them)")
                                           .arg(id));
            if (!q.isNull(1))
                return Error::conflict(QStringLiteral("import batch %1 was already undone on %2")
                                           .arg(id)
                                           .arg(q.text(1)));
            const QByteArray changes = q.blob(0);
            const QString importedAt = q.text(2);
            q.reset();
            if (Status s = deleteCreatedOrders(db, id, importedAt); !s)
                return s;
            int invertedSize = 0;
            sql::FreeOnExit inverted;
            if (const int rc = sqlite3changeset_invert(static_cast<int>(changes.size()),
                                                       const_cast<char*>(changes.constData()),
                                                       &invertedSize, &inverted.p);
                rc != SQLITE_OK)
                return Error::database(QStringLiteral("import batch %1 cannot be read: %2")
                                           .arg(id)
                                           .arg(QString::fromUtf8(sqlite3_errstr(rc))));
            Conflicts conflicts;
            const int rc = sqlite3changeset_apply(db.handle(), invertedSize, inverted.p, nullptr,
                                                  refuseConflict, &conflicts);
            if (!conflicts.changed.isEmpty())
                return Error::conflict(
                    QStringLiteral("import batch %1 cannot be undone: rows it wrote were changed "
                                   "or deleted since (in %2); nothing was changed")
                        .arg(id)
                        .arg(sortedList(conflicts.changed)));
            if (!conflicts.referenced.isEmpty() || rc == SQLITE_ABORT)
                return Error::conflict(
                    QStringLiteral("import batch %1 cannot be undone: records added since refer "
                                   "to records it created (%2); undo the later imports first; "
                                   "nothing was changed")
                        .arg(id)
                        .arg(sortedList(conflicts.referenced)));
            if (rc != SQLITE_OK)
                return Error::database(QStringLiteral("undoing import batch %1: %2")
                                           .arg(id)
                                           .arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))));
            if (const QSet<QString> dangling = tablesWithDanglingReferences(db);
                !dangling.isEmpty())
                return Error::conflict(
                    QStringLiteral("import batch %1 cannot be undone: records added since (in "
                                   "%2) refer to records it created; nothing was changed")
                        .arg(id)
                        .arg(sortedList(dangling)));
            sql::Statement done(db.handle(), "UPDATE import_batch SET undone_at = ? WHERE id = ?");
            done.bind(1, db.clock().nowText()).bind(2, id).exec();
            return {};
        });
}

} // namespace clientele
