#include "domain/salesperson_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Salesperson makeSalesperson(const QString& name) {
    Salesperson s;
    s.name = name;
    return s;
}

} // namespace

TEST_CASE("the roster keeps salespeople with unique names", "[salesperson]") {
    TempDir dir;
    auto db = createDatabase(dir);
    SalespersonRepository roster(*db);
    Salesperson zhang = makeSalesperson(QStringLiteral("张伟"));
    zhang.email = QStringLiteral("zhang@example.com");
    zhang.phone = QStringLiteral("138 0013 8000");
    const Id id = *roster.create(zhang);
    CHECK(roster.get(id)->email == QStringLiteral("zhang@example.com"));
    CHECK(roster.idForName(QStringLiteral("张伟")) == id);

    auto dup = roster.create(makeSalesperson(QStringLiteral("张伟")));
    REQUIRE_FALSE(dup.ok());
    CHECK(dup.error().kind == Error::Kind::Conflict);
    CHECK(dup.error().message.contains(QStringLiteral("already a salesperson called 张伟")));

    Salesperson bad = makeSalesperson(QString());
    bad.email = QStringLiteral("nobody");
    const QString m = roster.create(bad).error().message;
    CHECK(m.contains(QStringLiteral("name: a value is required")));
    CHECK(m.contains(QStringLiteral("email: \"nobody\" is not an email address")));
}

TEST_CASE("ensure finds a salesperson by name or creates one", "[salesperson]") {
    TempDir dir;
    auto db = createDatabase(dir);
    SalespersonRepository roster(*db);
    const Id first = *roster.ensure(QStringLiteral("Li Na"));
    CHECK(*roster.ensure(QStringLiteral(" Li Na ")) == first);
    const Id second = *roster.ensure(QStringLiteral("Wang Fang"));
    CHECK(second != first);
    CHECK(roster.list(false)->size() == 2);
    CHECK_FALSE(roster.ensure(QString()).ok());
}

TEST_CASE("renaming a salesperson carries the name to customers and orders", "[salesperson]") {
    TempDir dir;
    auto db = createDatabase(dir);
    SalespersonRepository roster(*db);
    const Id id = *roster.create(makeSalesperson(QStringLiteral("Li")));
    Customer c;
    c.ref = QStringLiteral("C1");
    c.name = QStringLiteral("Customer");
    c.salesperson = QStringLiteral("Li");
    const Id customer = *CustomerRepository(*db).create(c);
    const Id tea = addProduct(*db, QStringLiteral("TEA"), 100, 50);
    Order o = makeOrder(QStringLiteral("S-1"), customer, QStringLiteral("2024-01-01"),
                        {line(tea, 1, 100)});
    o.salesperson = QStringLiteral("Li");
    const Id order = addOrder(*db, o);

    // In use: cannot be deleted.
    const Status refused = roster.remove(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("1 customers and 1 orders")));
    CHECK(refused.error().message.contains(QStringLiteral("deactivate")));

    Salesperson renamed = *roster.get(id);
    renamed.name = QStringLiteral("Li Na");
    REQUIRE(roster.update(renamed).ok());
    CHECK(CustomerRepository(*db).get(customer)->salesperson == QStringLiteral("Li Na"));
    CHECK(OrderRepository(*db).get(order)->salesperson == QStringLiteral("Li Na"));

    renamed.active = false;
    REQUIRE(roster.update(renamed).ok());
    CHECK(roster.list(true)->empty());
    CHECK(roster.list(false)->size() == 1);
}

TEST_CASE("a salesperson nobody refers to can be deleted", "[salesperson]") {
    TempDir dir;
    auto db = createDatabase(dir);
    SalespersonRepository roster(*db);
    const Id id = *roster.create(makeSalesperson(QStringLiteral("Temp")));
    REQUIRE(roster.remove(id).ok());
    CHECK(roster.get(id).error().kind == Error::Kind::NotFound);
}
