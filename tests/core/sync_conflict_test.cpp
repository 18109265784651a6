#include "domain/customer_repository.h"
#include "storage/sqlite.h"
#include "sync/conflict_list.h"
#include "sync/conflict_resolution.h"
#include "sync_support.h"

#include <QThread>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

void rename(Database& db, Id id, const QString& name) {
    CustomerRepository repo(db);
    auto c = repo.get(id);
    REQUIRE(c.ok());
    c->name = name;
    REQUIRE(repo.update(*c).ok());
}

std::vector<sync::ConflictEntry> listed(Database& db, bool withResolved = false) {
    auto entries = sync::listConflicts(db, withResolved);
    REQUIRE(entries.ok());
    return *entries;
}

qint64 deviceOf(Database& db) {
    auto status = sync::syncStatus(db);
    REQUIRE(status.ok());
    return status->self.id;
}

// a names the customer "Earlier", b "Later" a moment after, and both have both edits.
struct NameClash {
    TempDir dir;
    std::vector<std::unique_ptr<Database>> family =
        makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    Id id = 0;

    NameClash() {
        id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("First"));
        sendPacket(a, b, dir);
        rename(a, id, QStringLiteral("Earlier"));
        QThread::msleep(3);
        rename(b, id, QStringLiteral("Later"));
        sendPacket(a, b, dir);
        sendPacket(b, a, dir);
    }
};

} // namespace

TEST_CASE("the conflict list names the record, the field, both values and their devices",
          "[sync]") {
    NameClash clash;
    const auto entries = listed(clash.b);
    REQUIRE(entries.size() == 1);
    const sync::ConflictEntry& c = entries.front();
    CHECK(c.table == QStringLiteral("customer"));
    CHECK(c.column == QStringLiteral("name"));
    CHECK(c.record.text == QStringLiteral("Later (C1)"));
    CHECK(c.record.customer == clash.id);
    CHECK(c.kept.display() == QStringLiteral("Later"));
    CHECK(c.lost.display() == QStringLiteral("Earlier"));
    CHECK(c.keptBy.device == deviceOf(clash.b));
    CHECK(c.lostBy.device == deviceOf(clash.a));
    CHECK(c.lostBy < c.keptBy);
    CHECK(c.isOpen());
}

TEST_CASE("restoring the other value writes it back as an edit that reaches the other copies, "
          "and undoing it puts the kept value back",
          "[sync]") {
    NameClash clash;
    const qint64 conflict = listed(clash.b).front().id;
    REQUIRE(sync::putConflictValue(clash.b, conflict, sync::ConflictSide::Lost).ok());
    CHECK(customerName(clash.b, clash.id) == QStringLiteral("Earlier"));
    CHECK(listed(clash.b).empty());
    REQUIRE(listed(clash.b, true).size() == 1);
    CHECK(listed(clash.b, true).front().resolvedAt == QStringLiteral("2024-06-15 12:00:00"));
    // The search index and the sort key follow the name.
    CHECK(queryCount(clash.b, "SELECT count(*) FROM customer_fts WHERE customer_fts MATCH "
                              "'Earlier'") == 1);
    CHECK(queryCount(clash.b, "SELECT count(*) FROM customer WHERE name_key = (SELECT name_key "
                              "FROM customer WHERE name = 'Earlier')") == 1);

    // The restored value is the latest edit: it wins on a without a new conflict there.
    sendPacket(clash.b, clash.a, clash.dir);
    CHECK(customerName(clash.a, clash.id) == QStringLiteral("Earlier"));
    CHECK(listed(clash.a, true).size() == 1);
    CHECK(userContent(clash.a) == userContent(clash.b));

    REQUIRE(sync::putConflictValue(clash.b, conflict, sync::ConflictSide::Kept).ok());
    CHECK(customerName(clash.b, clash.id) == QStringLiteral("Later"));
    CHECK(listed(clash.b).size() == 1);
}

TEST_CASE("a value is not written back over a newer edit of the field", "[sync]") {
    NameClash clash;
    const qint64 conflict = listed(clash.b).front().id;
    rename(clash.b, clash.id, QStringLiteral("Newer"));
    const Status refused = sync::putConflictValue(clash.b, conflict, sync::ConflictSide::Lost);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Newer (C1), name: changed since")));
    CHECK(customerName(clash.b, clash.id) == QStringLiteral("Newer"));
    CHECK(listed(clash.b).size() == 1);
}

TEST_CASE("accepting marks the conflict resolved and leaves the record alone", "[sync]") {
    NameClash clash;
    const qint64 conflict = listed(clash.b).front().id;
    const qint64 outbox = queryCount(clash.b, "SELECT count(*) FROM sync_outbox");
    REQUIRE(sync::setConflictResolved(clash.b, conflict, true).ok());
    CHECK(listed(clash.b).empty());
    CHECK(customerName(clash.b, clash.id) == QStringLiteral("Later"));
    CHECK(queryCount(clash.b, "SELECT count(*) FROM sync_outbox") == outbox); // nothing to send
    REQUIRE(sync::setConflictResolved(clash.b, conflict, false).ok());
    CHECK(listed(clash.b).size() == 1);
}

TEST_CASE("a record brought back by an edit can be deleted again from its conflict", "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    const Id id = createCustomer(a, QStringLiteral("C1"), QStringLiteral("One"));
    sendPacket(a, b, dir);
    REQUIRE(CustomerRepository(a).remove(id).ok());
    rename(b, id, QStringLiteral("Still here"));
    sendPacket(a, b, dir);
    sendPacket(b, a, dir);
    const auto entries = listed(a);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.front().isWholeRecord());
    CHECK(entries.front().record.text == QStringLiteral("Still here (C1)"));
    REQUIRE(sync::deleteConflictRecord(a, entries.front().id).ok());
    CHECK_FALSE(CustomerRepository(a).get(id).ok());
    CHECK(listed(a).empty());
    sendPacket(a, b, dir);
    CHECK_FALSE(CustomerRepository(b).get(id).ok());
    CHECK(userContent(a) == userContent(b));
}
