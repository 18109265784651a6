#include "domain/customer_repository.h"
#include "privacy/customer_erase.h"
#include "storage/sqlite.h"
#include "storage/transaction_observer.h"
#include "sync/sync_exchange.h"
#include "sync/sync_packet.h"
#include "sync_support.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

Customer someone(const QString& ref, const QString& name) {
    Customer c;
    c.ref = ref;
    c.name = name;
    return c;
}

QString exportFor(Database& from, const QString& to, const TempDir& dir, const QString& name) {
    const QString path = dir.path(name);
    auto written = sync::exportPacket(from, to, path);
    INFO((written ? QString() : written.error().message).toStdString());
    REQUIRE(written.ok());
    return path;
}

} // namespace

TEST_CASE("every committed change is in the outbox with this device and a rising clock", "[sync]") {
    TempDir dir;
    auto db = createDatabase(dir);
    createCustomer(*db, QStringLiteral("C1"), QStringLiteral("One"));
    createCustomer(*db, QStringLiteral("C2"), QStringLiteral("Two"));
    CHECK(queryCount(*db, "SELECT count(*) FROM sync_outbox") == 2);
    CHECK(queryCount(*db, "SELECT count(DISTINCT origin) FROM sync_outbox") == 1);
    CHECK(queryCount(*db, "SELECT count(*) FROM sync_outbox o JOIN sync_self s "
                          "ON o.origin = s.device_id") == 2);
    CHECK(queryCount(*db, "SELECT max(seq) FROM sync_outbox") == 2);
    CHECK(queryCount(*db, "SELECT (SELECT hlc FROM sync_outbox WHERE seq = 2) > "
                          "(SELECT hlc FROM sync_outbox WHERE seq = 1)") == 1);
}

TEST_CASE("a rolled back change leaves nothing in the outbox", "[sync]") {
    TempDir dir;
    auto db = createDatabase(dir);
    createCustomer(*db, QStringLiteral("C1"), QStringLiteral("One"));
    // A duplicate ref is refused; its transaction rolls back with its record.
    CHECK_FALSE(CustomerRepository(*db).create(someone(QStringLiteral("C1"), QStringLiteral("X"))));
    CHECK(queryCount(*db, "SELECT count(*) FROM sync_outbox") == 1);
}

TEST_CASE("a clone is a new device of the family with an empty outbox", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    auto sa = sync::syncStatus(a);
    auto sb = sync::syncStatus(b);
    REQUIRE(sa.ok());
    REQUIRE(sb.ok());
    CHECK(sa->family == sb->family);
    CHECK(sa->self.id != sb->self.id);
    CHECK(sb->self.name == QStringLiteral("b"));
    CHECK(sb->outboxChangesets == 0);
    CHECK(userContent(a) == userContent(b));
}

TEST_CASE("changes of one copy reach another, and a packet imported twice changes nothing",
          "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    const Id id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("Zhang Wei"));
    changeCustomer(a, id, [](Customer& c) { c.city = QStringLiteral("Hangzhou"); });
    const QString packet = exportFor(a, QStringLiteral("b"), dir, QStringLiteral("p.sync"));
    auto first = sync::importPacket(b, packet);
    REQUIRE(first.ok());
    CHECK(first->applied == 2);
    CHECK(userContent(a) == userContent(b));
    // The search index follows.
    CHECK(queryCount(b, "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'Zhang'") == 1);
    auto again = sync::importPacket(b, packet);
    REQUIRE(again.ok());
    CHECK(again->applied == 0);
    CHECK(again->skipped == 2);
    CHECK(userContent(a) == userContent(b));
    // b knows no device but a, which has them: nothing left to relay.
    CHECK(queryCount(b, "SELECT count(*) FROM sync_outbox") == 0);
}

TEST_CASE("packets imported out of order apply each change once", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    const Id id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    const QString early = exportFor(a, QStringLiteral("b"), dir, QStringLiteral("1.sync"));
    changeCustomer(a, id, [](Customer& c) { c.name = QStringLiteral("Later"); });
    const QString late = exportFor(a, QStringLiteral("b"), dir, QStringLiteral("2.sync"));
    REQUIRE(sync::importPacket(b, late).ok()); // holds both changes: nothing acknowledged yet
    REQUIRE(sync::importPacket(b, early).ok());
    CHECK(customerName(b, id) == QStringLiteral("Later"));
    CHECK(userContent(a) == userContent(b));
}

TEST_CASE("a packet with a hole in a device's changes is refused", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    Database& a = *family[0];
    Database& b = *family[1];
    Database& c = *family[2];
    createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    sendPacket(a, b, dir);
    sendPacket(b, a, dir); // a learns that b has #1
    createCustomer(a, QStringLiteral("C2"), QStringLiteral("Two"));
    // Made for b, which has #1: c lacks it.
    const QString forB = exportFor(a, QStringLiteral("b"), dir, QStringLiteral("b.sync"));
    const QStringList before = userContent(c);
    auto refused = sync::importPacket(c, forB);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("lacks changes")));
    CHECK(userContent(c) == before);
}

TEST_CASE("changes relay through a third copy", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    Database& a = *family[0];
    Database& b = *family[1];
    Database& c = *family[2];
    createCustomer(a, QStringLiteral("C1"), QStringLiteral("From a"));
    sendPacket(a, b, dir);
    createCustomer(b, QStringLiteral("C2"), QStringLiteral("From b"));
    sendPacket(b, c, dir);
    CHECK(queryCount(c, "SELECT count(*) FROM customer") == 2);
    sendPacket(c, a, dir);
    CHECK(userContent(a) == userContent(c));
    CHECK(userContent(b) == userContent(c));
}

TEST_CASE("foreign, truncated, damaged and newer packets are refused with nothing applied",
          "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    const QString good = exportFor(a, QStringLiteral("b"), dir, QStringLiteral("good.sync"));
    const QByteArray bytes = readFile(good);
    const QStringList before = userContent(b);

    auto refuses = [&](const QByteArray& packet, const QString& why) {
        const QString path = dir.path(QStringLiteral("bad.sync"));
        writeFile(path, packet);
        auto imported = sync::importPacket(b, path);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.error().message.toStdString());
        CHECK(imported.error().message.contains(why));
        CHECK(imported.error().message.contains(path));
        CHECK(userContent(b) == before);
        CHECK(queryCount(b, "SELECT count(*) FROM sync_outbox") == 0);
    };

    SECTION("foreign family") {
        TempDir other;
        auto stranger = createDatabase(other, QStringLiteral("x.sqlite"));
        createCustomer(*stranger, QStringLiteral("X1"), QStringLiteral("Stranger"));
        const QString path = exportFor(*stranger, QString(), other, QStringLiteral("x.sync"));
        refuses(readFile(path), QStringLiteral("another family"));
    }
    SECTION("truncated") {
        refuses(bytes.left(bytes.size() - 40), QStringLiteral("truncated"));
    }
    SECTION("a damaged byte") {
        QByteArray damaged = bytes;
        damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x20);
        refuses(damaged, QStringLiteral("damaged"));
    }
    SECTION("a newer format") {
        QByteArray newer = bytes;
        newer[11] = static_cast<char>(sync::kPacketFormat + 1); // big-endian format number
        refuses(newer, QStringLiteral("newer version"));
    }
    SECTION("not a packet") {
        refuses(QByteArrayLiteral("id,name\r\n1,x\r\n"), QStringLiteral("not a Clientele sync"));
    }
}

TEST_CASE("different fields of one customer edited on two copies both survive", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    const Id id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    sendPacket(a, b, dir);
    changeCustomer(a, id, [](Customer& c) { c.city = QStringLiteral("Suzhou"); });
    changeCustomer(b, id, [](Customer& c) { c.phones = QStringLiteral("13800000000"); });
    sendPacket(a, b, dir);
    sendPacket(b, a, dir);
    for (Database* db : {&a, &b}) {
        auto c = CustomerRepository(*db).get(id);
        REQUIRE(c.ok());
        CHECK(c->city == QStringLiteral("Suzhou"));
        CHECK(c->phones == QStringLiteral("13800000000"));
        CHECK(queryCount(*db, "SELECT count(*) FROM sync_conflict") == 0);
    }
    CHECK(userContent(a) == userContent(b));
}

TEST_CASE("the same field edited on two copies keeps the later edit and lists the other",
          "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    const Id id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    sendPacket(a, b, dir);
    changeCustomer(a, id, [](Customer& c) { c.name = QStringLiteral("Earlier"); });
    // A later millisecond: within one, the clocks could tie and the device ids decide.
    QThread::msleep(3);
    changeCustomer(b, id, [](Customer& c) { c.name = QStringLiteral("Later"); });
    sendPacket(a, b, dir);
    sendPacket(b, a, dir);
    for (Database* db : {&a, &b}) {
        CHECK(customerName(*db, id) == QStringLiteral("Later"));
        sql::Statement q(db->handle(), "SELECT tbl, row, col, kept_value, lost_value FROM "
                                       "sync_conflict");
        REQUIRE(q.step());
        CHECK(q.text(0) == QStringLiteral("customer"));
        CHECK(q.text(1) == QString::number(id));
        CHECK(q.text(2) == QStringLiteral("name"));
        CHECK(q.text(3) == QStringLiteral("Later"));
        CHECK(q.text(4) == QStringLiteral("Earlier"));
        CHECK_FALSE(q.step());
    }
    CHECK(queryCount(a, "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'Later'") == 1);
    CHECK(queryCount(a, "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'Earlier'") ==
          0);
    CHECK(userContent(a) == userContent(b));
}

TEST_CASE("an edit against a delete brings the record back, listed as a conflict", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    const Id id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    sendPacket(a, b, dir);
    const bool deleteFirst = GENERATE(true, false);
    if (deleteFirst) {
        REQUIRE(CustomerRepository(a).remove(id).ok());
        changeCustomer(b, id, [](Customer& c) { c.city = QStringLiteral("Ningbo"); });
    } else {
        changeCustomer(b, id, [](Customer& c) { c.city = QStringLiteral("Ningbo"); });
        REQUIRE(CustomerRepository(a).remove(id).ok());
    }
    sendPacket(a, b, dir);
    sendPacket(b, a, dir);
    for (Database* db : {&a, &b}) {
        auto c = CustomerRepository(*db).get(id);
        REQUIRE(c.ok());
        CHECK(c->city == QStringLiteral("Ningbo"));
        CHECK(queryCount(*db, "SELECT count(*) FROM sync_conflict WHERE col = '' AND "
                              "lost_value = 'deleted'") == 1);
        CHECK(queryCount(*db, "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    }
    CHECK(userContent(a) == userContent(b));
}

TEST_CASE("a delete after seeing the edit stays deleted", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    const Id id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    sendPacket(a, b, dir);
    changeCustomer(b, id, [](Customer& c) { c.city = QStringLiteral("Ningbo"); });
    sendPacket(b, a, dir);
    REQUIRE(CustomerRepository(a).remove(id).ok());
    sendPacket(a, b, dir);
    CHECK(queryCount(b, "SELECT count(*) FROM customer") == 0);
    CHECK(queryCount(b, "SELECT count(*) FROM sync_conflict") == 0);
    CHECK(userContent(a) == userContent(b));
}

namespace {

// Writes a user row of its own before every commit.
struct NoteTaker final : TransactionObserver {
    Status begun(Database&) override { return {}; }
    Status beforeCommit(Database& db) override {
        db.exec("UPDATE customer SET notes = 'seen by the note taker'");
        return {};
    }
    void ended(Database&, bool) override {}
};

} // namespace

TEST_CASE("what another observer writes before commit travels too", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    NoteTaker noteTaker;
    a.addTransactionObserver(&noteTaker);
    const Id id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    a.removeTransactionObserver(&noteTaker);
    sendPacket(a, b, dir);
    auto c = CustomerRepository(b).get(id);
    REQUIRE(c.ok());
    CHECK(c->notes == QStringLiteral("seen by the note taker"));
}

TEST_CASE("an erasure wins over an edit it had not seen and leaves no values behind", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    const Id id =
        createCustomer(a, QStringLiteral("SECRET-1"), QStringLiteral("Zebulon Quuxworth"));
    sendPacket(a, b, dir);
    changeCustomer(b, id, [](Customer& c) { c.city = QStringLiteral("Xylophonic Town"); });
    auto plan = planCustomerErase(a, QStringLiteral("SECRET-1"));
    REQUIRE(plan.ok());
    REQUIRE(eraseCustomer(a, *plan).ok());
    sendPacket(a, b, dir);
    sendPacket(b, a, dir);
    for (Database* db : {&a, &b}) {
        CHECK(queryCount(*db, "SELECT count(*) FROM customer") == 0);
        CHECK(queryCount(*db, "SELECT count(*) FROM sync_tombstone WHERE length(vals) > 4") == 0);
        CHECK(queryCount(*db, "SELECT count(*) FROM sync_conflict") == 0);
    }
    CHECK(userContent(a) == userContent(b));
    // Once each has heard that the other has everything, the outboxes let go of the old values.
    sendPacket(a, b, dir);
    for (Database* db : {&a, &b})
        CHECK(queryCount(*db, "SELECT count(*) FROM sync_outbox WHERE instr(changeset, "
                              "CAST('Xylophonic' AS BLOB)) OR instr(changeset, "
                              "CAST('Quuxworth' AS BLOB))") == 0);
}
