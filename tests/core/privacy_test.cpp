#include "demo/demo_generator.h"
#include "domain/customer_repository.h"
#include "privacy/customer_erase.h"
#include "privacy/customer_record.h"
#include "search/customer_finder.h"
#include "test_support.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

// A demo shop with one customer whose name and notes are unmistakable in the file's bytes.
struct ShopWithSecret {
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir);
    Id secretId = 0;
    Id otherId = 0;

    ShopWithSecret() {
        DemoOptions options;
        options.customers = 120;
        options.orders = 400;
        options.endDay = dayNumber({2024, 6, 15});
        REQUIRE(generateDemo(*db, options).ok());
        Customer c;
        c.ref = QStringLiteral("SECRET-1");
        c.name = QStringLiteral("Zebulon Quuxworth 诸葛秘密");
        c.phones = QStringLiteral("139 8765 4321");
        c.emails = QStringLiteral("zebulon.quuxworth@example.org");
        c.notes = QStringLiteral("prefers Xylophonic jasmine");
        secretId = *CustomerRepository(*db).create(c);
        otherId = sql::queryInt(db->handle(), "SELECT id FROM customer WHERE ref = 'C000001'");
        const std::string id = std::to_string(secretId);
        db->exec("INSERT INTO orders (id, number, ordered_at, customer_id, notes, created_at, "
                 "updated_at) VALUES "
                 "(42, 'SECRET-ORDER', '2024-05-01', " +
                 id + ", 'deliver to Quuxworth Manor', '2024-05-01', '2024-05-01')");
        db->exec("INSERT INTO order_line (id, order_id, line_no, product_id, quantity, unit_price, "
                 "unit_cost) "
                 "SELECT 43, 42, 1, id, 2, 1500, 900 FROM product LIMIT 1");
        db->exec("INSERT INTO visit (id, customer_id, occurred_at, kind, subject, notes, "
                 "created_at, updated_at) VALUES "
                 "(44, " +
                 id +
                 ", '2024-05-02 10:00:00', 'call', 'Quuxworth call', 'likes Xylophonic jasmine', "
                 "'2024-05-02', '2024-05-02')");
        db->exec("INSERT INTO visit (id, customer_id, occurred_at, kind, contact_id, subject, "
                 "notes, created_at, updated_at) "
                 "VALUES (45, " +
                 std::to_string(otherId) + ", '2024-05-03 10:00:00', 'meeting', " + id +
                 ", 'meeting', 'Zebulon said hello', '2024-05-03', '2024-05-03')");
        db->exec("INSERT INTO preference (id, customer_id, category, value, created_at, "
                 "updated_at) VALUES "
                 "(46, " +
                 id + ", 'tea', 'Xylophonic jasmine', '2024-05-02', '2024-05-02')");
    }

    bool fileContains(const QByteArray& needle) const {
        for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
            QFile f(db->path() + suffix);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                return true;
        }
        return false;
    }
};

} // namespace

TEST_CASE("a customer's export holds every section of what is known about them", "[privacy]") {
    ShopWithSecret shop;
    auto exported = exportCustomerRecord(*shop.db, QStringLiteral("SECRET-1"),
                                         shop.dir.path(QStringLiteral("export")));
    REQUIRE(exported.ok());
    const QJsonObject json = QJsonDocument::fromJson(readFile(exported->jsonPath)).object();
    CHECK(json[QStringLiteral("customer")][QStringLiteral("name")].toString() ==
          QStringLiteral("Zebulon Quuxworth 诸葛秘密"));
    CHECK(json[QStringLiteral("orders")][0][QStringLiteral("order_number")].toString() ==
          QStringLiteral("SECRET-ORDER"));
    CHECK(json[QStringLiteral("orders")][0][QStringLiteral("quantity")].toInt() == 2);
    CHECK(json[QStringLiteral("visits")][0][QStringLiteral("notes")].toString() ==
          QStringLiteral("likes Xylophonic jasmine"));
    CHECK(json[QStringLiteral("visits_as_contact")][0][QStringLiteral("notes")].toString() ==
          QStringLiteral("Zebulon said hello"));
    CHECK(json[QStringLiteral("preferences")][0][QStringLiteral("value")].toString() ==
          QStringLiteral("Xylophonic jasmine"));
    CHECK(exported->csvPaths.size() == static_cast<qsizetype>(customerRecordSections().size()));
    CHECK(readFile(shop.dir.path(QStringLiteral("export/customer.csv")))
              .contains("zebulon.quuxworth@example.org"));
    CHECK(exportCustomerRecord(*shop.db, QStringLiteral("NOPE"), shop.dir.path(QStringLiteral("x")))
              .error()
              .kind == Error::Kind::NotFound);
}

TEST_CASE("erasing a customer leaves no trace of their text in the database file", "[privacy]") {
    ShopWithSecret shop;
    shop.db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    REQUIRE(shop.fileContains("Quuxworth")); // the test can see the bytes before erasing
    REQUIRE(shop.fileContains(QStringLiteral("诸葛秘密").toUtf8()));
    const qint64 ordersBefore = sql::queryInt(shop.db->handle(), "SELECT count(*) FROM orders");
    const qint64 revenueBefore = sql::queryInt(
        shop.db->handle(), "SELECT sum(quantity * unit_price - discount) FROM order_line");

    auto plan = planCustomerErase(*shop.db, QStringLiteral("SECRET-1"));
    REQUIRE(plan.ok());
    CHECK(plan->visits == 1);
    CHECK(plan->preferences == 1);
    CHECK(plan->ordersKept == 1);
    REQUIRE(eraseCustomer(*shop.db, *plan).ok());

    for (const char* needle :
         {"Quuxworth", "Zebulon", "Xylophonic", "zebulon.quuxworth", "13987654321"})
        CHECK_FALSE(shop.fileContains(needle));
    CHECK_FALSE(shop.fileContains(QStringLiteral("诸葛秘密").toUtf8()));
    // The accounts are untouched: the order and its money stay, without the customer.
    CHECK(sql::queryInt(shop.db->handle(), "SELECT count(*) FROM orders") == ordersBefore);
    CHECK(sql::queryInt(shop.db->handle(),
                        "SELECT sum(quantity * unit_price - discount) FROM order_line") ==
          revenueBefore);
    CHECK(sql::queryInt(shop.db->handle(),
                        "SELECT customer_id IS NULL FROM orders WHERE number = 'SECRET-ORDER'") ==
          1);
    // The other customer's visit stays, without the erased contact.
    CHECK(sql::queryInt(shop.db->handle(), "SELECT contact_id IS NULL FROM visit WHERE id = 45") ==
          1);
    auto found = CustomerFinder(*shop.db).find(QStringLiteral("Quuxworth"));
    REQUIRE(found.ok());
    CHECK(found->empty());
    CHECK(CustomerFinder(*shop.db).find(QStringLiteral("8765 43"))->empty());
    shop.db->exec("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)");
    CHECK(sql::queryInt(shop.db->handle(), "SELECT count(*) FROM pragma_foreign_key_check") == 0);
}
