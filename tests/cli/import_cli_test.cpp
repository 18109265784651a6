// clientele-cli import and export as a user's script runs them: exit codes, messages on stderr,
// nothing written on any problem, batches listed and undone.
#include "test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

QStringList args(std::initializer_list<const char*> items) {
    QStringList out;
    for (const char* item : items)
        out << QString::fromUtf8(item);
    return out;
}

// A new database with two products, at dir/shop.sqlite.
QString shop(const TempDir& dir) {
    const QString db = dir.path(QStringLiteral("shop.sqlite"));
    REQUIRE(runCli(args({"init", "--db"}) << db).exitCode == 0);
    writeFile(dir.path(QStringLiteral("products.csv")),
              "sku,name,category,unit_price,unit_cost\nT-1,Green tea,tea,12.50,5\n"
              "T-2,=cmd(),tools,3,1\n");
    REQUIRE(runCli(args({"import", "products"})
                   << dir.path(QStringLiteral("products.csv")) << QStringLiteral("--db") << db)
                .exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("clientele-cli import applies a file and export writes it back", "[cli][csv-import]") {
    TempDir dir;
    const QString db = shop(dir);
    const CliResult exported = runCli(args({"export", "products", "--db"}) << db);
    CHECK(exported.exitCode == 0);
    CHECK(exported.out ==
          QStringLiteral("sku,name,category,unit_price,unit_cost,active,stock,"
                         "reorder_level\r\nT-1,Green tea,tea,12.50,5.00,true,0,0\r\n"
                         "T-2,'=cmd(),tools,3.00,1.00,true,0,0\r\n"));
    // The guard quote comes off again on import.
    writeFile(dir.path(QStringLiteral("again.csv")), exported.out.toUtf8());
    const CliResult reimported =
        runCli(args({"import", "products"})
               << dir.path(QStringLiteral("again.csv")) << QStringLiteral("--db") << db
               << QStringLiteral("--on-duplicate") << QStringLiteral("update"));
    CHECK(reimported.exitCode == 0);
    CHECK(reimported.err.isEmpty()); // no progress line when stderr is not a terminal
    CHECK(reimported.out.contains(QStringLiteral("2 rows, 0 created, 2 updated, 0 skipped")));
    CHECK(runCli(args({"export", "products", "--db"}) << db).out == exported.out);
}

TEST_CASE("clientele-cli import reports every problem on stderr, exits 1 and writes nothing",
          "[cli][csv-import]") {
    TempDir dir;
    const QString db = shop(dir);
    const QString file = dir.path(QStringLiteral("sales.csv"));
    writeFile(file, "order_number,ordered_at,customer_ref,product_sku,quantity,unit_price\n"
                    "S-1,2024-06-01,C-1,T-1,2,12.50\n"
                    "S-2,2024-13-01,C-1 ,T-1,-1,\"12,50\"\n");
    const CliResult refused =
        runCli(args({"import", "sales"}) << file << QStringLiteral("--db") << db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.isEmpty());
    const QStringList lines = refused.err.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == file + QStringLiteral(":3: column ordered_at: \"2024-13-01\": there is no "
                                            "month 13"));
    CHECK(lines[1].startsWith(file + QStringLiteral(":3: column customer_ref:")));
    CHECK(lines[2].startsWith(file + QStringLiteral(":3: column quantity:")));
    CHECK(lines[3].startsWith(file + QStringLiteral(":3: column unit_price:")));
    CHECK(lines[4] ==
          QStringLiteral("clientele-cli: import: %1 refused; nothing was imported").arg(file));
    CHECK(runCli(args({"export", "sales", "--db"}) << db).out ==
          QStringLiteral("order_number,ordered_at,customer_ref,product_sku,quantity,unit_price,"
                         "customer_name,product_name,category,unit_cost,discount,channel,"
                         "location,salesperson,status,campaign\r\n"));
}

TEST_CASE("clientele-cli import --dry-run counts and writes nothing", "[cli][csv-import]") {
    TempDir dir;
    const QString db = shop(dir);
    const QString file = dir.path(QStringLiteral("sales.csv"));
    writeFile(file, "order_number;ordered_at;customer_ref;product_sku;quantity;unit_price\n"
                    "S-1;01/06/2024;C-1;T-1;2;12.50\nS-1;01/06/2024;C-1;T-3;1;3\n");
    const CliResult dry =
        runCli(args({"import", "sales"})
               << file << QStringLiteral("--db") << db << QStringLiteral("--dry-run")
               << QStringLiteral("--delimiter") << QStringLiteral(";")
               << QStringLiteral("--date-format") << QStringLiteral("%d/%m/%Y"));
    CHECK(dry.exitCode == 0);
    CHECK(dry.out == QStringLiteral("dry run: %1: 2 rows, 2 to create, 0 to update, 0 skipped; "
                                    "1 new customers; 1 new products; 1 new orders; nothing was "
                                    "written\n")
                         .arg(file));
    CHECK(runCli(args({"export", "orders", "--db"}) << db).out.count(u'\n') == 1);
}

TEST_CASE("clientele-cli import names --encoding gb18030 for a GBK file and reads it with it",
          "[cli][csv-import]") {
    TempDir dir;
    const QString db = shop(dir);
    const QString file = dir.path(QStringLiteral("customers.csv"));
    writeFile(file, QByteArray("ref,name\nC-1,") + QByteArray("\xd5\xc5\xce\xb0") + "\n");
    const CliResult refused =
        runCli(args({"import", "customers"}) << file << QStringLiteral("--db") << db);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--encoding gb18030")));
    const CliResult imported = runCli(args({"import", "customers"})
                                      << file << QStringLiteral("--db") << db
                                      << QStringLiteral("--encoding") << QStringLiteral("gb18030"));
    CHECK(imported.exitCode == 0);
    CHECK(runCli(args({"export", "customers", "--db"}) << db)
              .out.contains(QStringLiteral("C-1,张伟,")));
}

TEST_CASE("clientele-cli import refuses bad usage with exit 2", "[cli][csv-import]") {
    TempDir dir;
    const QString db = shop(dir);
    CHECK(runCli(args({"import", "planets", "x.csv", "--db"}) << db).exitCode == 2);
    CHECK(runCli(args({"import", "customers", "--db"}) << db).exitCode == 2);
    CHECK(runCli(args({"import", "customers", "x.csv", "--on-duplicate", "merge", "--db"}) << db)
              .exitCode == 2);
    CHECK(runCli(args({"export", "planets", "--db"}) << db).exitCode == 2);
    CHECK(runCli(args({"export", "products", "--from", "2024-01-01", "--db"}) << db).exitCode == 2);
    CHECK(runCli(args({"export", "sales", "--from", "2024-02-30", "--db"}) << db).exitCode == 2);
    const CliResult badDate =
        runCli(args({"export", "customer-profitability", "--to", "2024-13-01", "--db"}) << db);
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.contains(QStringLiteral("--to")));
}

TEST_CASE("clientele-cli export --out replaces the file whole, --from and --to select days, "
          "--excel adds the byte-order mark",
          "[cli][csv-export]") {
    TempDir dir;
    const QString db = shop(dir);
    const QString file = dir.path(QStringLiteral("sales.csv"));
    writeFile(file, "order_number,ordered_at,customer_ref,product_sku,quantity,unit_price\n"
                    "S-1,2024-05-31 23:59,C-1,T-1,1,1\nS-2,2024-06-01,C-1,T-1,1,1\n"
                    "S-3,2024-06-30 10:00,C-1,T-1,1,1\nS-4,2024-07-01,C-1,T-1,1,1\n");
    REQUIRE(runCli(args({"import", "sales"}) << file << QStringLiteral("--db") << db).exitCode ==
            0);
    const QString out = dir.path(QStringLiteral("june.csv"));
    writeFile(out, "old content");
    CHECK(runCli(args({"export", "orders", "--from", "2024-06-01", "--to", "2024-06-30", "--out"})
                 << out << QStringLiteral("--db") << db)
              .exitCode == 0);
    const QByteArray june = readFile(out);
    CHECK(june.count("\r\n") == 3);
    CHECK(june.contains("S-2,2024-06-01,"));
    CHECK(june.contains("S-3,2024-06-30 10:00:00,"));
    const QString excelFile = dir.path(QStringLiteral("ledger.csv"));
    CHECK(runCli(args({"export", "ledger", "--excel", "--delimiter", "tab", "--out"})
                 << excelFile << QStringLiteral("--db") << db)
              .exitCode == 0);
    CHECK(readFile(excelFile).startsWith("\xEF\xBB\xBF"
                                         "date\torder_number\t"));
}

TEST_CASE("clientele-cli import --list shows the batches and --undo takes one back, refusing "
          "when its rows changed since",
          "[cli][csv-undo]") {
    TempDir dir;
    const QString db = shop(dir);
    const QString file = dir.path(QStringLiteral("update.csv"));
    writeFile(file, "sku,name,unit_price\nT-1,Green tea 250g,13\nT-9,Puer,40\n");
    const CliResult updated =
        runCli(args({"import", "products"})
               << file << QStringLiteral("--db") << db << QStringLiteral("--on-duplicate")
               << QStringLiteral("update"));
    REQUIRE(updated.exitCode == 0);
    CHECK(updated.out.contains(QStringLiteral("batch 2 ")));
    const CliResult listed = runCli(args({"import", "--list", "--db"}) << db);
    CHECK(listed.exitCode == 0);
    const QStringList rows = listed.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1].startsWith(QStringLiteral("2\t")));
    CHECK(rows[1].contains(QStringLiteral("\tproducts\t2\t1\t1\t0\t")));

    CHECK(runCli(args({"import", "--undo", "2", "--db"}) << db).exitCode == 0);
    CHECK(runCli(args({"export", "products", "--db"}) << db).out ==
          QStringLiteral("sku,name,category,unit_price,unit_cost,active,stock,reorder_level\r\n"
                         "T-1,Green tea,tea,12.50,5.00,true,0,0\r\n"
                         "T-2,'=cmd(),tools,3.00,1.00,true,0,0\r\n"));
    const CliResult twice = runCli(args({"import", "--undo", "2", "--db"}) << db);
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains(QStringLiteral("already undone")));

    // Batch 1 created T-1 and T-2; T-2 was changed since by hand (here: a later import).
    writeFile(file, "sku,name\nT-2,Tea tools\n");
    REQUIRE(runCli(args({"import", "products"})
                   << file << QStringLiteral("--db") << db << QStringLiteral("--on-duplicate")
                   << QStringLiteral("update"))
                .exitCode == 0);
    const CliResult conflict = runCli(args({"import", "--undo", "1", "--db"}) << db);
    CHECK(conflict.exitCode == 1);
    CHECK(conflict.err.contains(QStringLiteral("import batch 1 cannot be undone: rows it wrote "
                                               "were changed or deleted since (in product)")));
    CHECK(runCli(args({"export", "products", "--db"}) << db).out.count(u'\n') == 3);
}

TEST_CASE("clientele-cli import warns of a customer's phone held by another and refuses it with "
          "--strict-dedupe",
          "[cli][csv-import]") {
    TempDir dir;
    const QString db = shop(dir);
    const QString first = dir.path(QStringLiteral("first.csv"));
    writeFile(first, "ref,name,phones\nC-1,Wang Fang,138 0013 8000\n");
    REQUIRE(
        runCli(args({"import", "customers"}) << first << QStringLiteral("--db") << db).exitCode ==
        0);
    const QString second = dir.path(QStringLiteral("second.csv"));
    writeFile(second, "ref,name,phones\nC-2,Fang Wang,13800138000\n");
    const CliResult strict =
        runCli(args({"import", "customers"})
               << second << QStringLiteral("--db") << db << QStringLiteral("--strict-dedupe"));
    CHECK(strict.exitCode == 1);
    CHECK(strict.err.startsWith(second + QStringLiteral(":2: column phones: 13800138000 already "
                                                        "belongs to customer C-1")));
    const CliResult warned =
        runCli(args({"import", "customers"}) << second << QStringLiteral("--db") << db);
    CHECK(warned.exitCode == 0);
    CHECK(warned.err == QStringLiteral("clientele-cli: import: warning: %1:2: column phones: "
                                       "13800138000 already belongs to customer C-1; is this the "
                                       "same customer?\n")
                            .arg(second));
}
