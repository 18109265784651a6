// Bad files end to end through the importer: each is refused with a located message that says
// what is wrong, and the database is left exactly as it was.
#include "csv_import_support.h"
#include "domain_fixture.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

const QByteArray kHeader = "order_number,ordered_at,customer_ref,product_sku,quantity,unit_price\n";

// Imports bytes as sales.csv into a database holding one customer, product and order, checks
// that nothing changed, and returns the problems.
QString refusal(const QByteArray& bytes, ImportOptions options = {}) {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C-1"));
    const Id product = addProduct(*db, QStringLiteral("T-1"), 1000, 400);
    addOrder(*db, makeOrder(QStringLiteral("S-0"), customer, QStringLiteral("2024-05-01"),
                            {line(product, 1, 1000)}));
    const QString before = fingerprint(*db);
    auto result = importBytes(*db, QStringLiteral("sales"), bytes, options);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Invalid);
    CHECK(fingerprint(*db) == before);
    CHECK(countRows(*db, "import_batch") == 0);
    return result.error().message;
}

} // namespace

using Catch::Matchers::Contains;

TEST_CASE("import refuses unbalanced quotes", "[csv-import][csv-reject]") {
    CHECK_THAT(refusal(kHeader + "S-1,2024-06-01,C-1,T-1,1,\"10\n").toStdString(),
               Contains("sales.csv:2: column unit_price: the quote that opens this value is "
                        "never closed"));
}

TEST_CASE("import refuses rows with too many or too few fields, each one",
          "[csv-import][csv-reject]") {
    const QString problems = refusal(kHeader + "S-1,2024-06-01,C-1,T-1,1,10,9\n"
                                               "S-2,2024-06-01,C-1,T-1,1,10\n"
                                               "S-3,2024-06-01,C-1,T-1,1\n");
    CHECK_THAT(problems.toStdString(),
               Contains("sales.csv:2: column 7: the row has 7 fields but the header has 6"));
    CHECK_THAT(problems.toStdString(),
               Contains("sales.csv:4: column unit_price: missing: the row has 5 fields but the "
                        "header has 6"));
}

TEST_CASE("import refuses an empty file and a header without rows", "[csv-import][csv-reject]") {
    CHECK_THAT(refusal("").toStdString(), Contains("sales.csv:1: the file is empty"));
    CHECK_THAT(refusal(kHeader).toStdString(),
               Contains("no data rows: the file has a header line only"));
}

TEST_CASE("import refuses unknown columns unless told to ignore them", "[csv-import][csv-reject]") {
    const QByteArray bytes =
        "order_number,ordered_at,customer_ref,product_sku,quantity,unit_price,colour\n"
        "S-1,2024-06-01,C-1,T-1,1,10,red\n";
    CHECK_THAT(refusal(bytes).toStdString(), Contains("sales.csv:1: unknown column \"colour\""));
    TempDir dir;
    auto db = createDatabase(dir);
    ImportOptions ignore;
    ignore.ignoreUnknown = true;
    CHECK(importBytes(*db, QStringLiteral("sales"), bytes, ignore).ok());
}

TEST_CASE("import refuses money written with a decimal comma or thousands separators",
          "[csv-import][csv-reject]") {
    const QString problems = refusal(kHeader + "S-1,2024-06-01,C-1,T-1,1,\"12,50\"\n"
                                               "S-2,2024-06-01,C-1,T-1,1,\"1.234,50\"\n");
    CHECK_THAT(problems.toStdString(),
               Contains("sales.csv:2: column unit_price: \"12,50\" is not an amount: write 12.50"));
    CHECK_THAT(problems.toStdString(),
               Contains("sales.csv:3: column unit_price: \"1.234,50\" is not an amount: write "
                        "1234.50"));
}

TEST_CASE("import refuses dates that do not exist", "[csv-import][csv-reject]") {
    const QString problems = refusal(kHeader + "S-1,31/02/2024,C-1,T-1,1,1\n"
                                               "S-2,2024-13-01,C-1,T-1,1,1\n");
    CHECK_THAT(problems.toStdString(),
               Contains("sales.csv:2: column ordered_at: \"31/02/2024\" is not a date"));
    CHECK_THAT(problems.toStdString(),
               Contains("sales.csv:3: column ordered_at: \"2024-13-01\": there is no month 13"));
    ImportOptions dayFirst;
    dayFirst.dateFormat = QStringLiteral("%d/%m/%Y");
    CHECK_THAT(refusal(kHeader + "S-1,31/02/2024,C-1,T-1,1,1\n", dayFirst).toStdString(),
               Contains("sales.csv:2: column ordered_at:"));
}

TEST_CASE("import refuses negative quantities", "[csv-import][csv-reject]") {
    CHECK_THAT(refusal(kHeader + "S-1,2024-06-01,C-1,T-1,-2,1\n").toStdString(),
               Contains("sales.csv:2: column quantity: \"-2\": a negative number is not allowed "
                        "here"));
}

TEST_CASE("import refuses a sales row whose order number reappears with another date",
          "[csv-import][csv-reject]") {
    CHECK_THAT(
        refusal(kHeader + "S-1,2024-06-01,C-1,T-1,1,1\nS-1,2024-06-02,C-1,T-1,1,1\n").toStdString(),
        Contains("sales.csv:3: column ordered_at: order S-1 is dated 2024-06-01 on line "
                 "2"));
}

TEST_CASE("import refuses an order number the database already has", "[csv-import][csv-reject]") {
    CHECK_THAT(refusal(kHeader + "S-0,2024-06-01,C-1,T-1,1,1\n").toStdString(),
               Contains("sales.csv:2: column order_number: order S-0 is already in the "
                        "database"));
}

TEST_CASE("import refuses a customer_ref with trailing spaces", "[csv-import][csv-reject]") {
    CHECK_THAT(refusal(kHeader + "S-1,2024-06-01,C-1 ,T-1,1,1\n").toStdString(),
               Contains("sales.csv:2: column customer_ref: \"C-1 \" has trailing spaces"));
}

TEST_CASE("import refuses NUL bytes", "[csv-import][csv-reject]") {
    QByteArray bytes = kHeader + "S-1,2024-06-01,C-1,T-1,1,1\n";
    bytes[bytes.indexOf("C-1")] = '\0';
    CHECK_THAT(refusal(bytes).toStdString(), Contains("a NUL byte"));
}

TEST_CASE("import refuses invalid UTF-8 and names --encoding gb18030", "[csv-import][csv-reject]") {
    CHECK_THAT(refusal(kHeader + "S-1,2024-06-01,C\xb2\xe2-1,T-1,1,1\n").toStdString(),
               Contains("sales.csv:2: column customer_ref: not valid UTF-8") &&
                   Contains("--encoding gb18030"));
}

TEST_CASE("import refuses an Excel workbook and says so", "[csv-import][csv-reject]") {
    CHECK_THAT(
        refusal(QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'x')).toStdString(),
        Contains("this is an Excel workbook (.xlsx)"));
}

TEST_CASE("import refuses a duplicate key inside the file", "[csv-import][csv-reject]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const QString before = fingerprint(*db);
    auto result = importBytes(*db, QStringLiteral("campaigns"),
                              "code,name\nSPRING,Spring tea\nAUTUMN,Autumn\nSPRING,Again\n");
    CHECK(problemsOf(result) ==
          QStringList{QStringLiteral("campaigns.csv:4: column code: the same code as line 2")});
    CHECK(fingerprint(*db) == before);
}
