#include "domain/customer_repository.h"
#include "sync_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

void addCustomer(Database& db, const QString& ref) {
    Customer c;
    c.ref = ref;
    c.name = QStringLiteral("Someone");
    REQUIRE(CustomerRepository(db).create(c).ok());
}

sync::OriginStatus peer(Database& db, const QString& name) {
    auto status = sync::syncStatus(db);
    REQUIRE(status.ok());
    for (const sync::OriginStatus& d : status->devices)
        if (d.device.name == name)
            return d;
    FAIL("no device " << name.toStdString());
    return {};
}

// The first copy is named after the machine.
QString nameOf(Database& db) {
    auto status = sync::syncStatus(db);
    REQUIRE(status.ok());
    return status->self.name;
}

} // namespace

TEST_CASE("the status tells per device how many changes wait for it and when it was last heard "
          "from",
          "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    addCustomer(a, QStringLiteral("C1"));
    addCustomer(a, QStringLiteral("C2"));
    CHECK(peer(a, QStringLiteral("b")).waiting == 2);
    CHECK(peer(a, QStringLiteral("b")).lastSeen.isEmpty());
    sendPacket(a, b, dir);
    // The test clock stands at noon on 2024-06-15.
    CHECK(peer(b, nameOf(a)).lastSeen == QStringLiteral("2024-06-15 12:00:00"));
    CHECK(peer(a, QStringLiteral("b")).waiting == 2); // b has not said so yet
    addCustomer(b, QStringLiteral("C3"));
    CHECK(peer(b, nameOf(a)).waiting == 1); // a's own two are not waiting for a
    sendPacket(b, a, dir);
    CHECK(peer(a, QStringLiteral("b")).waiting == 0);
    CHECK(peer(a, QStringLiteral("b")).lastSeen == QStringLiteral("2024-06-15 12:00:00"));
}

TEST_CASE("a device is renamed, the others learn the name from its next packet, and two devices "
          "cannot share a name",
          "[sync]") {
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b")});
    Database& a = *family[0];
    Database& b = *family[1];
    REQUIRE(sync::renameDevice(b, QStringLiteral("  Li's laptop ")).ok());
    auto status = sync::syncStatus(b);
    REQUIRE(status.ok());
    CHECK(status->self.name == QStringLiteral("Li's laptop"));
    sendPacket(b, a, dir);
    CHECK(peer(a, QStringLiteral("Li's laptop")).waiting == 0);

    const Status taken = sync::renameDevice(b, nameOf(a));
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().message.startsWith(QStringLiteral("device name:")));
    CHECK_FALSE(sync::renameDevice(b, QStringLiteral("   ")).ok());
    CHECK(sync::syncStatus(b)->self.name == QStringLiteral("Li's laptop"));
}
