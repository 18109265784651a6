#include "common/ids.h"
#include "domain/customer_repository.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"
#include "sync_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

// Ids whose creation times and random parts the test chooses: the later one is the larger.
constexpr qint64 kMorning = 1718435000000; // 2024-06-15 07:03:20 UTC
const Id kEarlier = idAt(kMorning, 5);
const Id kLater = idAt(kMorning + 60000, 42); // 42 is "16" in base 36

Id addCustomer(Database& db, Id id, const QString& ref, const QString& name) {
    Customer c;
    c.id = id;
    c.ref = ref;
    c.name = name;
    auto created = CustomerRepository(db).create(c);
    INFO((created ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    return *created;
}

QString refOf(Database& db, Id id) {
    sql::Statement q(db.handle(), "SELECT ref FROM customer WHERE id = ?");
    q.bind(1, id);
    return q.step() ? q.text(0) : QString();
}

struct Listed {
    QString row, column, kept, lost;
};

std::vector<Listed> conflicts(Database& db) {
    std::vector<Listed> out;
    sql::Statement q(db.handle(), "SELECT row, col, kept_value, lost_value FROM sync_conflict "
                                  "ORDER BY id");
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.text(2), q.text(3)});
    return out;
}

void exchange(Database& x, Database& y, const TempDir& dir) {
    sendPacket(x, y, dir);
    sendPacket(y, x, dir);
}

void write(Database& db, const char* sql) {
    REQUIRE(writeInTransaction(db, db.path(), [&]() -> Status {
                db.exec(sql);
                return {};
            }).ok());
}

} // namespace

TEST_CASE("a ref given to new customers on two copies stays with the earlier one; the later one's "
          "is marked and listed, the same on both copies",
          "[sync]") {
    // Which copy made the later customer decides whether the merge marks the incoming row or the
    // one already there; both ways end alike.
    const bool laterOnFirst = GENERATE(true, false);
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    addCustomer(laterOnFirst ? a : b, kLater, QStringLiteral("C-1001"), QStringLiteral("Li Hua"));
    addCustomer(laterOnFirst ? b : a, kEarlier, QStringLiteral("C-1001"),
                QStringLiteral("Wang Fang"));
    exchange(a, b, dir);
    for (Database* db : {&a, &b}) {
        CHECK(refOf(*db, kEarlier) == QStringLiteral("C-1001"));
        CHECK(refOf(*db, kLater) == QStringLiteral("C-1001~16"));
        const auto listed = conflicts(*db);
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].row == QString::number(kLater));
        CHECK(listed[0].column == QStringLiteral("ref"));
        CHECK(listed[0].kept == QStringLiteral("C-1001~16"));
        CHECK(listed[0].lost == QStringLiteral("C-1001"));
        // The search index follows the marked ref.
        CHECK(queryCount(*db, "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH "
                              "'\"1001~16\"'") == 1);
    }
    CHECK(userContent(a) == userContent(b));
    // Imported again, nothing moves.
    exchange(a, b, dir);
    CHECK(conflicts(a).size() == 1);
    CHECK(userContent(a) == userContent(b));
}

TEST_CASE("three copies creating the same ref converge on one plain and two marked refs",
          "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    Database& a = *family[0];
    Database& b = *family[1];
    Database& c = *family[2];
    const Id middle = idAt(kMorning + 30000, 1295); // 1295 is "ZZ" in base 36
    addCustomer(a, kLater, QStringLiteral("C-7"), QStringLiteral("Later"));
    addCustomer(b, middle, QStringLiteral("C-7"), QStringLiteral("Middle"));
    addCustomer(c, kEarlier, QStringLiteral("C-7"), QStringLiteral("Earlier"));
    // a meets b first (so a's row is marked against b's), then c comes in.
    exchange(a, b, dir);
    exchange(c, a, dir);
    exchange(b, c, dir);
    for (Database* db : {&a, &b, &c}) {
        CHECK(refOf(*db, kEarlier) == QStringLiteral("C-7"));
        CHECK(refOf(*db, middle) == QStringLiteral("C-7~ZZ"));
        CHECK(refOf(*db, kLater) == QStringLiteral("C-7~16"));
    }
    CHECK(userContent(a) == userContent(b));
    CHECK(userContent(b) == userContent(c));
}

TEST_CASE("an edit giving a ref another copy gave too marks the later customer's", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    addCustomer(a, kEarlier, QStringLiteral("C-5"), QStringLiteral("Earlier"));
    addCustomer(a, kLater, QStringLiteral("C-9"), QStringLiteral("Later"));
    sendPacket(a, b, dir);
    write(a, "UPDATE customer SET ref = 'C-7' WHERE ref = 'C-9'");
    write(b, "UPDATE customer SET ref = 'C-7' WHERE ref = 'C-5'");
    exchange(a, b, dir);
    for (Database* db : {&a, &b}) {
        CHECK(refOf(*db, kEarlier) == QStringLiteral("C-7"));
        CHECK(refOf(*db, kLater) == QStringLiteral("C-7~16"));
        const auto listed = conflicts(*db);
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].row == QString::number(kLater));
        CHECK(listed[0].lost == QStringLiteral("C-7"));
    }
    CHECK(userContent(a) == userContent(b));
}

TEST_CASE("a line added under one number on two copies is kept on both, the later one moved "
          "past the usual numbers",
          "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    write(a, "INSERT INTO customer (id, ref, name, created_at, updated_at) "
             "VALUES (1, 'C1', 'One', '2024-06-01 09:00:00', '2024-06-01 09:00:00');"
             "INSERT INTO product (id, sku, name, created_at, updated_at) "
             "VALUES (2, 'GT-1', 'Green tea', '2024-06-01 09:00:00', '2024-06-01 09:00:00');"
             "INSERT INTO orders (id, number, ordered_at, customer_id, created_at, updated_at) "
             "VALUES (3, 'SO-1', '2024-06-01 10:00:00', 1, '2024-06-01 10:00:00', "
             "'2024-06-01 10:00:00');"
             "INSERT INTO order_line (id, order_id, line_no, product_id, quantity, unit_price) "
             "VALUES (10, 3, 1, 2, 1, 1200)");
    sendPacket(a, b, dir);
    // Line ids 20 and 27: the random parts 20 and 27, so the later one moves to 2 + 1000 * 28.
    write(a, "INSERT INTO order_line (id, order_id, line_no, product_id, quantity, unit_price) "
             "VALUES (27, 3, 2, 2, 5, 1100)");
    write(b, "INSERT INTO order_line (id, order_id, line_no, product_id, quantity, unit_price) "
             "VALUES (20, 3, 2, 2, 3, 1150)");
    exchange(a, b, dir);
    for (Database* db : {&a, &b}) {
        CHECK(queryCount(*db, "SELECT count(*) FROM order_line WHERE order_id = 3") == 3);
        CHECK(queryCount(*db, "SELECT line_no FROM order_line WHERE id = 20") == 2);
        CHECK(queryCount(*db, "SELECT line_no FROM order_line WHERE id = 27") == 28002);
        CHECK(queryCount(*db, "SELECT sum(quantity * unit_price) FROM order_line") ==
              1200 + 5 * 1100 + 3 * 1150);
    }
    CHECK(userContent(a) == userContent(b));
}
