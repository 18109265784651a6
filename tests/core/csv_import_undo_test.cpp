// Undoing an import batch: rows it created go, rows it updated come back, unrelated edits made
// since stay, and a batch whose rows were changed since is refused with nothing changed.
#include "csv_import_support.h"
#include "domain/customer_repository.h"
#include "domain_fixture.h"
#include "io/import_batches.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

qint64 importOrFail(Database& db, const QString& kind, const QByteArray& bytes,
                    OnDuplicate onDuplicate = OnDuplicate::Error) {
    ImportOptions options;
    options.onDuplicate = onDuplicate;
    auto imported = importBytes(db, kind, bytes, options);
    INFO((imported ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    return imported->batchId;
}

} // namespace

TEST_CASE("undoing an import restores the rows it updated and removes those it created, even "
          "after unrelated edits",
          "[csv-import][csv-undo]") {
    TempDir dir;
    auto db = createDatabase(dir);
    importOrFail(
        *db, QStringLiteral("customers"),
        "ref,name,phones,city\nC-1,Wang Fang,138 0013 8000,Shanghai\nC-2,Li Lei,,Beijing\n");
    const QString before = fingerprint(*db);
    const qint64 batch = importOrFail(
        *db, QStringLiteral("customers"),
        "ref,name,phones\nC-1,Wang Fang Jr,139 0000 0000\nC-3,Han Meimei,137 1111 2222\n",
        OnDuplicate::Update);
    CHECK(sql::queryInt(db->handle(), "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH "
                                      "'\"11112222\"'") == 1);
    // An unrelated edit: another customer changes after the import.
    CustomerRepository repo(*db);
    Customer other = *repo.get(*repo.idForRef(QStringLiteral("C-2")));
    other.city = QStringLiteral("Tianjin");
    REQUIRE(repo.update(other).ok());

    REQUIRE(undoImportBatch(*db, batch).ok());
    CHECK(sql::queryText(db->handle(), "SELECT name || '/' || phones || '/' || phone_digits FROM "
                                       "customer WHERE ref = 'C-1'") ==
          QStringLiteral("Wang Fang/138 0013 8000/13800138000"));
    CHECK(countRows(*db, "customer") == 2);
    CHECK(sql::queryText(db->handle(), "SELECT city FROM customer WHERE ref = 'C-2'") ==
          QStringLiteral("Tianjin"));
    // The search index follows the restored and removed rows.
    CHECK(sql::queryInt(db->handle(), "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH "
                                      "'\"11112222\"'") == 0);
    CHECK(sql::queryInt(db->handle(), "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH "
                                      "'\"00138000\"'") == 1);
    auto batches = listImportBatches(*db);
    REQUIRE(batches.ok());
    REQUIRE(batches->size() == 2);
    CHECK((*batches)[0].id == batch);
    CHECK((*batches)[0].created == 1);
    CHECK((*batches)[0].updated == 1);
    CHECK_FALSE((*batches)[0].undoneAt.isEmpty());
}

TEST_CASE("undoing an import is refused when a row it wrote was changed since",
          "[csv-import][csv-undo]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const qint64 batch =
        importOrFail(*db, QStringLiteral("customers"), "ref,name\nC-1,Wang Fang\n");
    CustomerRepository repo(*db);
    Customer changed = *repo.get(*repo.idForRef(QStringLiteral("C-1")));
    changed.notes = QStringLiteral("met at the fair");
    REQUIRE(repo.update(changed).ok());
    const QString before = fingerprint(*db);
    const Status undone = undoImportBatch(*db, batch);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().kind == Error::Kind::Conflict);
    CHECK(undone.error().message ==
          QStringLiteral("import batch %1 cannot be undone: rows it wrote were changed or deleted "
                         "since (in customer); nothing was changed")
              .arg(batch));
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("undoing an import is refused while later records refer to what it created",
          "[csv-import][csv-undo]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const qint64 customers =
        importOrFail(*db, QStringLiteral("customers"), "ref,name\nC-1,Wang Fang\n");
    importOrFail(*db, QStringLiteral("visits"), "customer_ref,occurred_at\nC-1,2024-06-01 10:00\n");
    const QString before = fingerprint(*db);
    const Status undone = undoImportBatch(*db, customers);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.contains(QStringLiteral("records added since (in visit) refer")));
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("undoing a sales import removes its orders, lines, customers and products",
          "[csv-import][csv-undo]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addCustomer(*db, QStringLiteral("C-1"));
    const QString before = fingerprint(*db, false);
    const qint64 batch = importOrFail(
        *db, QStringLiteral("sales"),
        "order_number,ordered_at,customer_ref,product_sku,quantity,unit_price\n"
        "S-1,2024-06-01,C-1,T-1,1,10\nS-1,2024-06-01,C-1,T-2,2,5\nS-2,2024-06-02,C-2,T-1,1,10\n");
    REQUIRE(undoImportBatch(*db, batch).ok());
    CHECK(countRows(*db, "orders") == 0);
    CHECK(countRows(*db, "order_line") == 0);
    CHECK(countRows(*db, "product") == 0);
    CHECK(countRows(*db, "customer") == 1);
    CHECK(sql::queryInt(db->handle(), "PRAGMA foreign_keys") == 1);
    // Only the change records differ: the batch table remembers the undone batch, the sync
    // tables the import and its undoing.
    CHECK(fingerprint(*db, false) == before);
}
