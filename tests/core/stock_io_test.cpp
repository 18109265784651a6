// Stock in files and on the Today page: a products file sets the stock on hand, exports write
// it, and the agenda lists the products to reorder. Figures worked out by hand.
#include "agenda/agenda.h"
#include "csv_import_support.h"
#include "domain/customer_repository.h"
#include "domain/stock.h"
#include "domain_fixture.h"
#include "io/import_batches.h"

using namespace clientele;
using namespace clientele::test;

namespace {

qint64 onHand(Database& db, const QString& sku) {
    const auto id = ProductRepository(db).idForSku(sku);
    REQUIRE(id);
    auto read = readOnHand(db, {*id});
    REQUIRE(read.ok());
    return read->at(*id);
}

// Products TEA (10 on hand, reorder at 4) and CUP (5, reorder at 5), and an order for 7 TEA.
std::unique_ptr<Database> stockedShop(const TempDir& dir) {
    auto db = createDatabase(dir);
    REQUIRE(importBytes(*db, QStringLiteral("products"),
                        "sku,name,unit_price,stock,reorder_level\n"
                        "TEA,Green tea,10,10,4\n"
                        "CUP,Cup,2.50,5,5\n")
                .ok());
    const Id alice = addCustomer(*db, QStringLiteral("ALICE"));
    const Id tea = *ProductRepository(*db).idForSku(QStringLiteral("TEA"));
    addOrder(*db, makeOrder(QStringLiteral("S-1"), alice, QStringLiteral("2024-06-01 10:00"),
                            {line(tea, 7, 1000)}));
    return db;
}

} // namespace

TEST_CASE("a products file counts stored products to its stock and starts new ones from it",
          "[stock][csv-import]") {
    TempDir dir;
    auto db = stockedShop(dir);
    CHECK(onHand(*db, QStringLiteral("TEA")) == 3); // 10 - 7
    ImportOptions update;
    update.onDuplicate = OnDuplicate::Update;
    auto imported = importBytes(*db, QStringLiteral("products"),
                                "sku,name,stock\n"
                                "TEA,Green tea,20\n"
                                "POT,Teapot,2\n",
                                update);
    REQUIRE(imported.ok());
    CHECK(onHand(*db, QStringLiteral("TEA")) == 20); // counted: +17 on top of 3
    CHECK(onHand(*db, QStringLiteral("POT")) == 2);
    CHECK(onHand(*db, QStringLiteral("CUP")) == 5);
    CHECK(sql::queryText(db->handle(),
                         "SELECT group_concat(reason || ' ' || quantity, ', ') "
                         "FROM stock_movement") == QStringLiteral("order -7, count 17"));

    // Undoing the import takes the count back.
    auto batches = listImportBatches(*db);
    REQUIRE(batches.ok());
    REQUIRE(batches->size() == 2);
    REQUIRE(undoImportBatch(*db, batches->front().id).ok());
    CHECK(onHand(*db, QStringLiteral("TEA")) == 3);

    // A file without a stock column leaves the stock alone.
    REQUIRE(importBytes(*db, QStringLiteral("products"), "sku,name\nTEA,Green tea 250g\n", update)
                .ok());
    CHECK(onHand(*db, QStringLiteral("TEA")) == 3);
}

TEST_CASE("a negative stock in a products file is refused with its line and column, also for a "
          "stored product",
          "[stock][csv-import]") {
    TempDir dir;
    auto db = stockedShop(dir);
    const QString before = fingerprint(*db);
    ImportOptions update;
    update.onDuplicate = OnDuplicate::Update;
    CHECK(problemsOf(importBytes(*db, QStringLiteral("products"),
                                 "sku,name,stock\n"
                                 "POT,Teapot,1\n"
                                 "TEA,Green tea,-4\n",
                                 update)) ==
          QStringList{QStringLiteral("products.csv:3: column stock: \"-4\": a negative number is "
                                     "not allowed here")});
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("exports write the stock on hand", "[stock][csv-export]") {
    TempDir dir;
    auto db = stockedShop(dir);
    const Id cup = *ProductRepository(*db).idForSku(QStringLiteral("CUP"));
    addOrder(*db, makeOrder(QStringLiteral("S-2"),
                            *CustomerRepository(*db).idForRef(QStringLiteral("ALICE")),
                            QStringLiteral("2024-06-02 10:00"), {line(cup, 6, 250)}));
    // TEA 10 - 7 = 3 (reorder 4: below); CUP 5 - 6 = -1 (reorder 5: below)
    CHECK(exportBytes(*db, QStringLiteral("stock")) ==
          "sku,name,category,stock,reorder_level,below_reorder\r\n"
          "CUP,Cup,,-1,5,true\r\n"
          "TEA,Green tea,,3,4,true\r\n");
    const QByteArray products = exportBytes(*db, QStringLiteral("products"));
    CHECK(products.contains("CUP,Cup,,2.50,0.00,true,-1,5\r\n"));
    CHECK(products.contains("TEA,Green tea,,10.00,0.00,true,3,4\r\n"));
}

TEST_CASE("the agenda lists active products at or below their reorder level, and any below "
          "zero",
          "[stock][agenda]") {
    TempDir dir;
    auto db = stockedShop(dir);
    // TEA 3 <= 4: listed, 1 below. CUP 5 <= 5: listed, at its level. MUG 2 with no level: not
    // listed; SPOON -2 with no level: listed (sold beyond what was counted); OLD inactive.
    REQUIRE(importBytes(*db, QStringLiteral("products"),
                        "sku,name,stock,reorder_level,active\n"
                        "MUG,Mug,2,0,true\n"
                        "SPOON,Spoon,0,0,true\n"
                        "OLD,Old tin,0,3,false\n")
                .ok());
    const Id spoon = *ProductRepository(*db).idForSku(QStringLiteral("SPOON"));
    addOrder(*db, makeOrder(QStringLiteral("S-2"),
                            *CustomerRepository(*db).idForRef(QStringLiteral("ALICE")),
                            QStringLiteral("2024-06-02 10:00"), {line(spoon, 2, 100)}));
    auto low = readLowStock(*db);
    REQUIRE(low.ok());
    QStringList rows;
    for (const LowStock& s : *low)
        rows << QStringLiteral("%1 %2/%3").arg(s.sku).arg(s.onHand).arg(s.reorderLevel);
    // Furthest below the level first: SPOON -2 - 0 = -2, TEA 3 - 4 = -1, CUP 5 - 5 = 0.
    CHECK(rows == QStringList{QStringLiteral("SPOON -2/0"), QStringLiteral("TEA 3/4"),
                              QStringLiteral("CUP 5/5")});
    auto agenda = readAgenda(*db, dayOfStoredDate(QStringLiteral("2024-06-15")), {}, false);
    REQUIRE(agenda.ok());
    CHECK(agenda->lowStock.size() == 3);
}
