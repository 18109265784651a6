#include "domain/customer_repository.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

Customer person(const QString& ref, const QString& name) {
    Customer c;
    c.ref = ref;
    c.name = name;
    return c;
}

} // namespace

TEST_CASE("customers are created, read back, updated and deleted", "[customers]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CustomerRepository repo(*db);
    Customer c = person(QStringLiteral("C001"), QStringLiteral("王小明"));
    c.phones = QStringLiteral("+86 138-0013-8000; 021 5555 1234");
    c.birthday = QStringLiteral("1985-04-12");
    c.tags = QStringLiteral("vip; 老客户;vip");
    auto id = repo.create(c);
    REQUIRE(id.ok());
    auto read = repo.get(*id);
    REQUIRE(read.ok());
    CHECK(read->name == QStringLiteral("王小明"));
    CHECK(read->phones == QStringLiteral("+86 138-0013-8000;021 5555 1234"));
    CHECK(read->tags == QStringLiteral("vip;老客户"));
    CHECK(read->createdAt == QStringLiteral("2024-06-15 12:00:00"));
    CHECK(sql::queryText(db->handle(), "SELECT phone_digits FROM customer") ==
          QStringLiteral("13800138000 02155551234"));

    read->city = QStringLiteral("上海");
    REQUIRE(repo.update(*read).ok());
    CHECK(repo.get(*id)->city == QStringLiteral("上海"));
    REQUIRE(repo.remove(*id).ok());
    CHECK(repo.get(*id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("customer validation names the field at fault", "[customers]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CustomerRepository repo(*db);
    Customer c = person(QStringLiteral(" C1 "), QString());
    c.emails = QStringLiteral("not-an-email");
    c.birthday = QStringLiteral("1990-02-30");
    c.status = QStringLiteral("gold");
    auto r = repo.create(c);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().kind == Error::Kind::Invalid);
    for (const char* field : {"ref:", "name:", "emails:", "birthday:", "status:"})
        CHECK(r.error().message.contains(QLatin1String(field)));
    CHECK(sql::queryInt(db->handle(), "SELECT count(*) FROM customer") == 0);
}

TEST_CASE("a duplicate ref is refused as a conflict", "[customers]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CustomerRepository repo(*db);
    REQUIRE(repo.create(person(QStringLiteral("C1"), QStringLiteral("Ann"))).ok());
    auto again = repo.create(person(QStringLiteral("C1"), QStringLiteral("Bob")));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Conflict);
}

TEST_CASE("a person can belong to a company but not to another person", "[customers]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CustomerRepository repo(*db);
    Customer company = person(QStringLiteral("CO1"), QStringLiteral("华星贸易有限公司"));
    company.kind = QStringLiteral("company");
    const Id companyId = *repo.create(company);
    const Id annId = *repo.create(person(QStringLiteral("P1"), QStringLiteral("Ann")));
    Customer bob = person(QStringLiteral("P2"), QStringLiteral("Bob"));
    bob.companyId = companyId;
    bob.decisionRole = QStringLiteral("decision_maker");
    REQUIRE(repo.create(bob).ok());
    Customer carl = person(QStringLiteral("P3"), QStringLiteral("Carl"));
    carl.companyId = annId;
    auto refused = repo.create(carl);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("is a person")));
}

TEST_CASE("a customer with orders cannot be deleted", "[customers]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CustomerRepository repo(*db);
    const Id id = *repo.create(person(QStringLiteral("C1"), QStringLiteral("Ann")));
    db->exec("INSERT INTO orders (id, number, ordered_at, customer_id, created_at, updated_at) "
             "VALUES (1, 'O1', '2024-01-01', " +
             std::to_string(id) + ", '2024-01-01', '2024-01-01')");
    auto r = repo.remove(id);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.contains(QStringLiteral("1 orders")));
    CHECK(repo.get(id).ok());
}

TEST_CASE("the customer list pages, filters and sorts by pinyin in SQL", "[customers]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CustomerRepository repo(*db);
    // Pinyin order: 安 an, 陈 chen, 李 li, 王 wang, 张 zhang.
    const QStringList names = {QStringLiteral("张伟"), QStringLiteral("李娜"),
                               QStringLiteral("王芳"), QStringLiteral("陈静"),
                               QStringLiteral("安然")};
    int i = 0;
    for (const QString& n : names) {
        Customer c = person(QStringLiteral("C%1").arg(++i), n);
        c.city = i % 2 ? QStringLiteral("北京") : QStringLiteral("上海");
        c.tags = i == 3 ? QStringLiteral("vip;wholesale") : QString();
        REQUIRE(repo.create(c).ok());
    }
    auto all = repo.list({}, CustomerSort::Name, true, 0, 10);
    REQUIRE(all.ok());
    QStringList order;
    for (const auto& r : *all)
        order << r.name;
    CHECK(order == QStringList{QStringLiteral("安然"), QStringLiteral("陈静"),
                               QStringLiteral("李娜"), QStringLiteral("王芳"),
                               QStringLiteral("张伟")});
    auto page = repo.list({}, CustomerSort::Name, false, 1, 2);
    REQUIRE(page->size() == 2);
    CHECK((*page)[0].name == QStringLiteral("王芳"));
    CHECK((*page)[1].name == QStringLiteral("李娜"));

    CustomerFilter beijing;
    beijing.city = QStringLiteral("北京");
    CHECK(*repo.count(beijing) == 3);
    CustomerFilter vip;
    vip.tag = QStringLiteral("vip");
    REQUIRE(repo.list(vip, CustomerSort::Name, true, 0, 10)->size() == 1);
    CustomerFilter wholesaleOnly;
    wholesaleOnly.tag = QStringLiteral("whole"); // a tag must match whole, not a prefix
    CHECK(*repo.count(wholesaleOnly) == 0);
}
