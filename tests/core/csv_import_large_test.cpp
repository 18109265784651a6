// Sales files of hundreds of thousands of lines: checked in one pass that keeps only a summary of
// each order, written from a second reading of the file, all or nothing.
#include "csv_import_support.h"
#include "io/import_batches.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

constexpr int kLines = 200'000;
constexpr int kCustomers = 5'000;
constexpr int kProducts = 300;

struct LargeFile {
    QString path;
    int orders = 0;
    qint64 netTotal = 0; // sum of quantity * unit price, in minor units
};

QByteArray orderNumber(int order) {
    return "SO-" + QByteArray::number(order);
}

// Orders of one to four lines, most with their lines together; every 500th order gets one more
// line at the very end of the file, away from the others.
LargeFile writeLargeSalesFile(const QString& path) {
    LargeFile file{path};
    QByteArray csv = "order_number,ordered_at,customer_ref,customer_name,product_sku,"
                     "product_name,quantity,unit_price\n";
    csv.reserve(kLines * 80);
    QByteArray tail;
    QList<QByteArray> dates;
    int lines = 0;
    const auto addLine = [&](QByteArray& to, int order, int line) {
        const int customer = order % kCustomers;
        const int product = (order * 7 + line) % kProducts;
        const int quantity = 1 + (order + line) % 5;
        const int price = 100 + product; // 1.00 and up
        to += orderNumber(order) + ',' + dates[order] + ",C-" + QByteArray::number(customer) +
              ",Customer " + QByteArray::number(customer) + ",SKU-" + QByteArray::number(product) +
              ",Product " + QByteArray::number(product) + ',' + QByteArray::number(quantity) + ',' +
              QByteArray::number(price / 100) + '.' +
              QByteArray::number(price % 100).rightJustified(2, '0') + '\n';
        file.netTotal += qint64{quantity} * price;
        ++lines;
    };
    for (int order = 0; lines < kLines; ++order) {
        dates << QByteArray("2024-%1-%2 10:%3")
                     .replace("%1", QByteArray::number(1 + order % 12).rightJustified(2, '0'))
                     .replace("%2", QByteArray::number(1 + order % 28).rightJustified(2, '0'))
                     .replace("%3", QByteArray::number(order % 60).rightJustified(2, '0'));
        ++file.orders;
        const int count = 1 + order % 4;
        for (int line = 1; line <= count && lines < kLines; ++line)
            addLine(csv, order, line);
        if (order % 500 == 0 && lines < kLines)
            addLine(tail, order, 5);
    }
    writeFile(path, csv + tail);
    return file;
}

qint64 queryOne(Database& db, const char* sql) {
    return sql::queryInt(db.handle(), sql);
}

} // namespace

TEST_CASE("a sales file of 200,000 lines imports every order, line, customer and product",
          "[csv-import][csv-large]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const LargeFile file = writeLargeSalesFile(dir.path(QStringLiteral("sales.csv")));
    auto imported = importCsvFile(*db, QStringLiteral("sales"), file.path, {});
    INFO((imported ? std::string() : imported.error().message.left(2000).toStdString()));
    REQUIRE(imported.ok());
    CHECK(imported->rows == kLines);
    CHECK(imported->created == kLines);
    CHECK(queryOne(*db, "SELECT count(*) FROM order_line") == kLines);
    CHECK(queryOne(*db, "SELECT count(*) FROM orders") == file.orders);
    CHECK(queryOne(*db, "SELECT count(*) FROM customer") == kCustomers);
    CHECK(queryOne(*db, "SELECT count(*) FROM product") == kProducts);
    CHECK(queryOne(*db, "SELECT sum(quantity * unit_price) FROM order_line") == file.netTotal);
    // Lines are numbered in file order, the one far from its order's others last.
    CHECK(queryOne(*db, "SELECT count(*) FROM orders o WHERE (SELECT count(*) FROM order_line l "
                        "WHERE l.order_id = o.id) <> (SELECT max(line_no) FROM order_line l "
                        "WHERE l.order_id = o.id)") == 0);
    CHECK(queryOne(*db, "SELECT l.quantity FROM order_line l JOIN orders o ON o.id = l.order_id "
                        "WHERE o.number = 'SO-500' AND l.line_no = 2") == 1 + (500 + 5) % 5);
    CHECK(queryOne(*db, "SELECT count(*) FROM orders WHERE number = 'SO-1000' AND ordered_at = "
                        "'2024-05-21 10:40:00'") == 1);
    // The created orders are listed for undo, not recorded row by row in the changeset.
    CHECK(queryOne(*db, "SELECT count(*) FROM import_batch_order") == file.orders);
    CHECK(queryOne(*db, "SELECT length(changeset) FROM import_batch") < 1'000'000);

    REQUIRE(undoImportBatch(*db, imported->batchId).ok());
    CHECK(queryOne(*db, "SELECT count(*) FROM order_line") == 0);
    CHECK(queryOne(*db, "SELECT count(*) FROM orders") == 0);
    CHECK(queryOne(*db, "SELECT count(*) FROM customer") == 0);
    CHECK(queryOne(*db, "SELECT count(*) FROM import_batch_order") == 0);
}

TEST_CASE("a problem on the last line of a 200,000-line sales file leaves the database untouched",
          "[csv-import][csv-large]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const QString path = dir.path(QStringLiteral("sales.csv"));
    writeLargeSalesFile(path);
    // The last line names SO-0's customer again, with another date.
    QByteArray bytes = readFile(path);
    bytes += "SO-0,2024-02-02,C-0,Customer 0,SKU-1,Product 1,1,9.99\n";
    writeFile(path, bytes);
    const QString before = fingerprint(*db);
    ImportOptions options;
    options.sourceName = QStringLiteral("sales.csv");
    const QStringList problems =
        problemsOf(importCsvFile(*db, QStringLiteral("sales"), path, options));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].startsWith(
        QStringLiteral("sales.csv:%1: column ordered_at: order SO-0 is dated").arg(kLines + 2)));
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("undoing a sales import is refused when an order it created was edited since",
          "[csv-import][csv-undo]") {
    TempDir dir;
    auto db = createDatabase(dir);
    auto imported = importBytes(*db, QStringLiteral("sales"),
                                "order_number,ordered_at,customer_ref,product_sku,quantity,"
                                "unit_price\nS-1,2024-06-01,C-1,T-1,1,10\n"
                                "S-2,2024-06-02,C-1,T-1,2,10\n");
    REQUIRE(imported.ok());
    sql::exec(db->handle(),
              "UPDATE orders SET status = 'paid', updated_at = '2024-06-20 09:00:00' WHERE "
              "number = 'S-2'");
    const QString before = fingerprint(*db);
    const Status undone = undoImportBatch(*db, imported->batchId);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.contains(QStringLiteral("changed or deleted since (in orders)")));
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("a sales import cancelled while writing leaves the database untouched",
          "[csv-import][csv-large]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const LargeFile file = writeLargeSalesFile(dir.path(QStringLiteral("sales.csv")));
    const QString before = fingerprint(*db);
    ImportOptions options;
    bool writing = false;
    // Checking reports bytes of the file's size; writing, rows of all rows.
    options.progress = [&](qint64 done, qint64 total) {
        writing = writing || total == kLines;
        return !(writing && done >= 100'000);
    };
    auto cancelled = importCsvFile(*db, QStringLiteral("sales"), file.path, options);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(writing);
    CHECK(fingerprint(*db) == before);
}
