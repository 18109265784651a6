#include "domain/customer_repository.h"
#include "search/caller_lookup.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

Id add(Database& db, const QString& ref, const QString& phones) {
    Customer c;
    c.ref = ref;
    c.name = QStringLiteral("Customer ") + ref;
    c.phones = phones;
    auto id = CustomerRepository(db).create(c);
    REQUIRE(id.ok());
    return *id;
}

std::vector<Id> lookUp(const Database& db, const QString& number) {
    auto found = lookUpCaller(db, number);
    REQUIRE(found.ok());
    return *found;
}

} // namespace

TEST_CASE("a ringing number finds its customers, the same number before one with another prefix",
          "[search]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id wang = add(*db, QStringLiteral("A"), QStringLiteral("138-0013-8000"));
    const Id office = add(*db, QStringLiteral("B"), QStringLiteral("021 5555 0101; 139 1234 5678"));
    const Id local = add(*db, QStringLiteral("C"), QStringLiteral("5555 0101"));
    const Id again = add(*db, QStringLiteral("D"), QStringLiteral("+86 138 0013 8000"));
    add(*db, QStringLiteral("E"), QStringLiteral("138 0013 8001"));

    // A mobile number, as a softphone or a tel: link gives it.
    const std::vector<Id> mobile{std::min(wang, again), std::max(wang, again)};
    CHECK(lookUp(*db, QStringLiteral("13800138000")) == mobile);
    CHECK(lookUp(*db, QStringLiteral("tel:+86-138-0013-8000")) == mobile);
    CHECK(lookUp(*db, QStringLiteral("tel:+8613800138000;phone-context=example.com")) == mobile);
    // A landline with its area code finds the office exactly and the number kept without it.
    CHECK(lookUp(*db, QStringLiteral("02155550101")) == std::vector<Id>{office, local});
    CHECK(lookUp(*db, QStringLiteral("5555-0101")) == std::vector<Id>{local, office});
    // The second number of a customer counts as much as the first.
    CHECK(lookUp(*db, QStringLiteral("13912345678")) == std::vector<Id>{office});
    CHECK(lookUp(*db, QStringLiteral("010 8888 7777")).empty());
    CHECK_FALSE(lookUpCaller(*db, QStringLiteral("12")).ok());
}
