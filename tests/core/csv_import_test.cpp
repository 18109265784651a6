// The importer end to end over a real database: all or nothing, every problem reported with its
// line and column, duplicates, references, derived columns and the sales ledger.
#include "csv_import_support.h"
#include "domain/customer_repository.h"
#include "domain_fixture.h"
#include "qt_catch_strings.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

QString textOf(Database& db, const QString& sqlText) {
    return sql::queryText(db.handle(), sqlText.toStdString());
}

} // namespace

TEST_CASE("import of customers fills the search columns the way the repository does",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addCustomer(*db, QStringLiteral("REF-0")); // for comparison with an imported row
    CustomerRepository repo(*db);
    Customer typed;
    typed.ref = QStringLiteral("TYPED");
    typed.name = QStringLiteral("张伟");
    typed.phones = QStringLiteral("+86 138-0013-8000;021 5555 1234");
    REQUIRE(repo.create(typed).ok());

    auto imported = importBytes(*db, QStringLiteral("customers"),
                                "ref,name,phones,emails\r\n"
                                "C-1,张伟,+86 138-0013-8001;021 5555 1235,zw@example.com\r\n");
    REQUIRE(imported.ok());
    CHECK(imported->created == 1);
    CHECK(textOf(*db, QStringLiteral("SELECT phone_digits FROM customer WHERE ref = 'C-1'")) ==
          QStringLiteral("13800138001 02155551235"));
    CHECK(sql::queryInt(db->handle(), "SELECT (SELECT name_key FROM customer WHERE ref = 'C-1') = "
                                      "(SELECT name_key FROM customer WHERE ref = 'TYPED')") == 1);
    // The search index follows through its triggers.
    CHECK(sql::queryInt(db->handle(), "SELECT count(*) FROM customer_fts WHERE customer_fts "
                                      "MATCH '\"51235\"'") == 1);
}

TEST_CASE("import of customers links a person to a company named later in the same file",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    auto imported = importBytes(*db, QStringLiteral("customers"),
                                "ref,name,kind,company_ref\n"
                                "P-1,Li Lei,person,CO-1\n"
                                "CO-1,Acme Tea,company,\n");
    REQUIRE(imported.ok());
    CHECK(sql::queryInt(db->handle(), "SELECT count(*) FROM customer p JOIN customer c ON c.id = "
                                      "p.company_id WHERE p.ref = 'P-1' AND c.ref = 'CO-1'") == 1);
}

TEST_CASE("import refuses a company_ref that names a person or nobody", "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const QString before = fingerprint(*db);
    CHECK(problemsOf(importBytes(*db, QStringLiteral("customers"),
                                 "ref,name,kind,company_ref\n"
                                 "P-1,Li Lei,person,P-2\n"
                                 "P-2,Han Meimei,person,NOBODY\n")) ==
          QStringList{
              QStringLiteral("customers.csv:2: column company_ref: \"P-2\" is a person, not a "
                             "company"),
              QStringLiteral("customers.csv:3: column company_ref: no customer \"NOBODY\" in the "
                             "file or the database")});
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("import reports every problem of the file and writes nothing", "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const QString before = fingerprint(*db);
    const QStringList problems = problemsOf(importBytes(*db, QStringLiteral("products"),
                                                        "sku,name,unit_price,active,stock\n"
                                                        "T-1,Green tea,12.50,yes,3\n"
                                                        "T-2,,12,no,1\n"
                                                        "T-3,Black tea,12.345,maybe,-1\n"
                                                        "T-1,Oolong,1,true,1\n"));
    CHECK(problems ==
          QStringList{
              QStringLiteral("products.csv:3: column name: a value is required"),
              QStringLiteral("products.csv:4: column unit_price: more than 2 decimal digits in "
                             "\"12.345\""),
              QStringLiteral("products.csv:4: column active: \"maybe\" is not a yes/no value "
                             "(write true/false, yes/no or 1/0)"),
              QStringLiteral("products.csv:4: column stock: \"-1\": a negative number is not "
                             "allowed here"),
              QStringLiteral("products.csv:5: column sku: the same sku as line 2"),
          });
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("import with --on-duplicate: error refuses, skip keeps, update overwrites the given "
          "columns",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    REQUIRE(importBytes(*db, QStringLiteral("products"),
                        "sku,name,category,unit_price\nT-1,Green tea,tea,10\n")
                .ok());
    const QByteArray again = "sku,name,unit_price\nT-1,Green tea 250g,12\nT-2,Oolong,20\n";
    CHECK(problemsOf(importBytes(*db, QStringLiteral("products"), again)) ==
          QStringList{QStringLiteral("products.csv:2: column sku: a record with this sku already "
                                     "exists (use --on-duplicate skip or update)")});
    CHECK(countRows(*db, "product") == 1);

    ImportOptions skip;
    skip.onDuplicate = OnDuplicate::Skip;
    auto skipped = importBytes(*db, QStringLiteral("products"), again, skip);
    REQUIRE(skipped.ok());
    CHECK(skipped->created == 1);
    CHECK(skipped->skipped == 1);
    CHECK(textOf(*db, QStringLiteral("SELECT name FROM product WHERE sku = 'T-1'")) ==
          QStringLiteral("Green tea"));

    ImportOptions update;
    update.onDuplicate = OnDuplicate::Update;
    auto updated = importBytes(*db, QStringLiteral("products"),
                               "sku,name,unit_price\nT-1,Green tea 250g,12\n", update);
    REQUIRE(updated.ok());
    CHECK(updated->updated == 1);
    CHECK(textOf(*db, QStringLiteral("SELECT name || '/' || category || '/' || unit_price FROM "
                                     "product WHERE sku = 'T-1'")) ==
          QStringLiteral("Green tea 250g/tea/1200"));
}

TEST_CASE("a dry run counts what would be created and updated and writes nothing", "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addCustomer(*db, QStringLiteral("C-1"));
    const QString before = fingerprint(*db);
    ImportOptions options;
    options.dryRun = true;
    options.onDuplicate = OnDuplicate::Update;
    auto counted = importBytes(*db, QStringLiteral("customers"),
                               "ref,name\nC-1,Renamed\nC-2,New one\nC-3,Another\n", options);
    REQUIRE(counted.ok());
    CHECK(counted->rows == 3);
    CHECK(counted->created == 2);
    CHECK(counted->updated == 1);
    CHECK(counted->batchId == 0);
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("import of sales creates the missing customers, products and orders, numbering lines "
          "in file order",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addCustomer(*db, QStringLiteral("C-1"));
    addProduct(*db, QStringLiteral("T-1"), 1000, 400);
    auto imported = importBytes(
        *db, QStringLiteral("sales"),
        "order_number,ordered_at,customer_ref,product_sku,quantity,unit_price,customer_name,"
        "product_name,category,unit_cost,discount\n"
        "S-1,2024-06-01 10:00,C-1,T-1,2,10,,,,,1\n"
        "S-2,2024-06-02,C-9,T-9,1,30,New Customer,New Tea,oolong,12.5,\n"
        "S-1,2024-06-01 10:00,C-1,T-9,3,29.5,,,,,\n");
    REQUIRE(imported.ok());
    CHECK(imported->rows == 3);
    CHECK(imported->created == 3);
    CHECK(imported->alsoCreated ==
          std::vector<std::pair<QString, qint64>>{{QStringLiteral("customers"), 1},
                                                  {QStringLiteral("products"), 1},
                                                  {QStringLiteral("orders"), 2}});
    CHECK(textOf(*db, QStringLiteral("SELECT group_concat(p.sku || 'x' || l.quantity || '@' || "
                                     "l.unit_price || '-' || l.discount || ' cost ' || "
                                     "l.unit_cost, '; ') FROM (SELECT * FROM order_line ORDER BY "
                                     "line_no) l JOIN orders o ON o.id = l.order_id JOIN product "
                                     "p ON p.id = l.product_id WHERE o.number = 'S-1'")) ==
          QStringLiteral("T-1x2@1000-100 cost 400; T-9x3@2950-0 cost 1250"));
    CHECK(textOf(*db, QStringLiteral("SELECT name FROM customer WHERE ref = 'C-9'")) ==
          QStringLiteral("New Customer"));
    CHECK(textOf(*db, QStringLiteral("SELECT name || '/' || category || '/' || unit_cost FROM "
                                     "product WHERE sku = 'T-9'")) ==
          QStringLiteral("New Tea/oolong/1250"));
    CHECK(textOf(*db, QStringLiteral("SELECT ordered_at FROM orders WHERE number = 'S-1'")) ==
          QStringLiteral("2024-06-01 10:00:00"));
}

TEST_CASE("import rejects a sales row whose order date or customer disagrees with its order",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const QString before = fingerprint(*db);
    CHECK(problemsOf(importBytes(*db, QStringLiteral("sales"),
                                 "order_number,ordered_at,customer_ref,product_sku,quantity,"
                                 "unit_price\n"
                                 "S-1,2024-06-01,C-1,T-1,1,10\n"
                                 "S-2,2024-06-01,C-1,T-1,1,10\n"
                                 "S-1,2024-06-02,C-1,T-1,1,10\n"
                                 "S-1,2024-06-01,C-2,T-1,1,10\n")) ==
          QStringList{
              QStringLiteral("sales.csv:4: column ordered_at: order S-1 is dated 2024-06-01 on "
                             "line 2; every row of an order must have the same date"),
              QStringLiteral("sales.csv:5: column customer_ref: order S-1 is for customer C-1 on "
                             "line 2; every row of an order must have the same customer")});
    CHECK(fingerprint(*db) == before);
}

TEST_CASE("import of sales refuses an order already in the database unless told to skip or "
          "update it",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const QByteArray first =
        "order_number,ordered_at,customer_ref,product_sku,quantity,unit_price\n"
        "S-1,2024-06-01,C-1,T-1,1,10\nS-1,2024-06-01,C-1,T-2,1,5\n";
    REQUIRE(importBytes(*db, QStringLiteral("sales"), first).ok());
    CHECK(problemsOf(importBytes(*db, QStringLiteral("sales"), first)) ==
          QStringList{QStringLiteral("sales.csv:2: column order_number: order S-1 is already in "
                                     "the database (use --on-duplicate skip or update)")});
    ImportOptions update;
    update.onDuplicate = OnDuplicate::Update;
    auto updated = importBytes(*db, QStringLiteral("sales"),
                               "order_number,ordered_at,customer_ref,product_sku,quantity,"
                               "unit_price\nS-1,2024-06-03,C-1,T-2,4,5\n",
                               update);
    REQUIRE(updated.ok());
    CHECK(updated->updated == 1);
    CHECK(countRows(*db, "order_line") == 1);
    CHECK(textOf(*db, QStringLiteral("SELECT ordered_at FROM orders")) ==
          QStringLiteral("2024-06-03"));
}

TEST_CASE("import checks references against the database", "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addCustomer(*db, QStringLiteral("C-1"));
    CHECK(problemsOf(importBytes(*db, QStringLiteral("visits"),
                                 "customer_ref,occurred_at,quoted_sku,quoted_price\n"
                                 "C-1,2024-06-01 09:30,,\n"
                                 "C-2,2024-06-01 09:30,T-404,12\n")) ==
          QStringList{QStringLiteral("visits.csv:3: column customer_ref: no customer \"C-2\" in "
                                     "the database"),
                      QStringLiteral("visits.csv:3: column quoted_sku: no product \"T-404\" in "
                                     "the database")});
    CHECK(countRows(*db, "visit") == 0);
}

TEST_CASE("import warns of a phone or email that belongs to another customer, and refuses it "
          "with strict dedupe",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    REQUIRE(importBytes(*db, QStringLiteral("customers"),
                        "ref,name,phones,emails\nC-1,Wang Fang,138 0013 8000,wf@example.com\n")
                .ok());
    const QByteArray second =
        "ref,name,phones,emails\nC-2,Fang Wang,+86 13800138000,WF@example.com\n";
    ImportOptions dry;
    dry.dryRun = true;
    auto warned = importBytes(*db, QStringLiteral("customers"), second, dry);
    REQUIRE(warned.ok());
    CHECK(warned->warnings ==
          QStringList{QStringLiteral("customers.csv:2: column phones: +86 13800138000 already "
                                     "belongs to customer C-1; is this the same customer?"),
                      QStringLiteral("customers.csv:2: column emails: WF@example.com already "
                                     "belongs to customer C-1; is this the same customer?")});
    ImportOptions strict;
    strict.strictDedupe = true;
    CHECK(problemsOf(importBytes(*db, QStringLiteral("customers"), second, strict)).size() == 2);
    CHECK(countRows(*db, "customer") == 1);
}

TEST_CASE("import reads other date formats with --date-format and GB18030 with --encoding",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addCustomer(*db, QStringLiteral("C-1"));
    ImportOptions options;
    options.dateFormat = QStringLiteral("%d/%m/%Y");
    options.encoding = QStringLiteral("gb18030");
    QStringEncoder toGb(QStringEncoder::System);
    const QByteArray gb = QStringEncoder("GB18030").encode(
        QStringLiteral("customer_ref,spent_on,amount,category\nC-1,31/01/2024,88.5,请客吃饭\n"));
    auto imported = importBytes(*db, QStringLiteral("expenses"), gb, options);
    INFO((imported ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(textOf(*db, QStringLiteral("SELECT spent_on || ' ' || amount || ' ' || category FROM "
                                     "expense")) == QStringLiteral("2024-01-31 8850 请客吃饭"));
}

TEST_CASE("a cancelled import writes nothing", "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    QByteArray bytes = "ref,name\n";
    for (int i = 0; i < 5000; ++i)
        bytes += "C-" + QByteArray::number(i) + ",Name " + QByteArray::number(i) + "\n";
    ImportOptions options;
    options.progress = [](qint64, qint64) { return false; };
    auto cancelled = importBytes(*db, QStringLiteral("customers"), bytes, options);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(countRows(*db, "customer") == 0);
}

TEST_CASE("import takes off the formula guard that export put on text and list cells once",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    REQUIRE(importBytes(*db, QStringLiteral("customers"),
                        "ref,name,tags,notes\nC-1,'=HYPERLINK(),'=vip;gold,'''+1\n")
                .ok());
    CHECK(
        sql::queryText(db->handle(), "SELECT name || '|' || tags || '|' || notes FROM customer") ==
        QStringLiteral("=HYPERLINK()|=vip;gold|''+1"));
    CHECK(exportBytes(*db, QStringLiteral("customers")).contains(",'=HYPERLINK(),"));
}

TEST_CASE("an update of customers without a kind column keeps a company a company for its people",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addCustomer(*db, QStringLiteral("CO-1"), QStringLiteral("company"));
    ImportOptions update;
    update.onDuplicate = OnDuplicate::Update;
    auto imported =
        importBytes(*db, QStringLiteral("customers"),
                    "ref,name,company_ref\nCO-1,Acme Tea Ltd,\nP-1,Li Lei,CO-1\n", update);
    INFO((imported ? std::string() : imported.error().message.toStdString()));
    REQUIRE(imported.ok());
    CHECK(sql::queryText(db->handle(), "SELECT kind || ' ' || name FROM customer WHERE ref = "
                                       "'CO-1'") == QStringLiteral("company Acme Tea Ltd"));
}

TEST_CASE("import refuses a visit whose contact is not one of the company's people and a ticket "
          "about another customer's order",
          "[csv-import]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id company = addCustomer(*db, QStringLiteral("CO-1"), QStringLiteral("company"));
    addCustomer(*db, QStringLiteral("P-1"), QStringLiteral("person"), company);
    const Id stranger = addCustomer(*db, QStringLiteral("P-2"));
    const Id product = addProduct(*db, QStringLiteral("T-1"), 100, 50);
    addOrder(*db, makeOrder(QStringLiteral("S-1"), stranger, QStringLiteral("2024-06-01"),
                            {line(product, 1, 100)}));
    CHECK(problemsOf(importBytes(*db, QStringLiteral("visits"),
                                 "customer_ref,occurred_at,contact_ref\n"
                                 "CO-1,2024-06-01 10:00,P-1\n"
                                 "CO-1,2024-06-02 10:00,P-2\n"
                                 "P-2,2024-06-03 10:00,CO-1\n")) ==
          QStringList{QStringLiteral("visits.csv:3: column contact_ref: not one of the company's "
                                     "people"),
                      QStringLiteral("visits.csv:4: column contact_ref: a company, not a person")});
    CHECK(problemsOf(importBytes(*db, QStringLiteral("tickets"),
                                 "customer_ref,opened_at,subject,order_number\n"
                                 "P-1,2024-06-05,Broken lid,S-1\n")) ==
          QStringList{QStringLiteral("tickets.csv:2: column order_number: the order is not this "
                                     "customer's")});
}
