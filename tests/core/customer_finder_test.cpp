#include "domain/customer_repository.h"
#include "search/customer_finder.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

struct Shop {
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir);
    CustomerRepository repo{*db};

    Id add(const QString& ref, const QString& name, const QString& phones = {},
           const QString& emails = {}, std::optional<Id> company = {},
           const QString& kind = QStringLiteral("person")) {
        Customer c;
        c.ref = ref;
        c.name = name;
        c.phones = phones;
        c.emails = emails;
        c.companyId = company;
        c.kind = kind;
        auto id = repo.create(c);
        REQUIRE(id.ok());
        return *id;
    }

    QStringList find(const QString& text) {
        auto found = CustomerFinder(*db).find(text, 50);
        REQUIRE(found.ok());
        QStringList refs;
        for (const auto& f : *found)
            refs << f.ref;
        return refs;
    }
};

} // namespace

TEST_CASE("quick-find finds Chinese names by any substring, even one or two characters",
          "[search]") {
    Shop shop;
    shop.add(QStringLiteral("C1"), QStringLiteral("欧阳明华"));
    shop.add(QStringLiteral("C2"), QStringLiteral("李明"));
    shop.add(QStringLiteral("C3"), QStringLiteral("张伟"));
    CHECK(shop.find(QStringLiteral("明")) ==
          QStringList{QStringLiteral("C2"), QStringLiteral("C1")});
    CHECK(shop.find(QStringLiteral("阳明")) == QStringList{QStringLiteral("C1")});
    CHECK(shop.find(QStringLiteral("阳明华")) == QStringList{QStringLiteral("C1")});
    CHECK(shop.find(QStringLiteral("张伟")) == QStringList{QStringLiteral("C3")});
    CHECK(shop.find(QStringLiteral("赵")).isEmpty());
}

TEST_CASE("caller lookup finds a phone by any run of three or more digits", "[search]") {
    Shop shop;
    shop.add(QStringLiteral("C1"), QStringLiteral("Ann"), QStringLiteral("+86 138-0013-8000"));
    shop.add(QStringLiteral("C2"), QStringLiteral("Bob"),
             QStringLiteral("021 5555 1234;139 1111 2222"));
    CHECK(shop.find(QStringLiteral("0013")) == QStringList{QStringLiteral("C1")});
    CHECK(shop.find(QStringLiteral("13800138000")) == QStringList{QStringLiteral("C1")});
    CHECK(shop.find(QStringLiteral("+86 13800138000")) == QStringList{QStringLiteral("C1")});
    CHECK(shop.find(QStringLiteral("0086-138-0013-8000")) == QStringList{QStringLiteral("C1")});
    CHECK(shop.find(QStringLiteral("555-51")) == QStringList{QStringLiteral("C2")});
    CHECK(shop.find(QStringLiteral("2222")) == QStringList{QStringLiteral("C2")});
    // Two digits are too few for a phone lookup; as a name or ref they match nothing here.
    CHECK(shop.find(QStringLiteral("13")).isEmpty());
}

TEST_CASE("quick-find matches emails, refs and companies, best match first", "[search]") {
    Shop shop;
    const Id acme = shop.add(QStringLiteral("CO-9"), QStringLiteral("Acme Trading"), {}, {}, {},
                             QStringLiteral("company"));
    shop.add(QStringLiteral("P-1"), QStringLiteral("Dora"), {}, QStringLiteral("dora@example.com"),
             acme);
    shop.add(QStringLiteral("P-2"), QStringLiteral("Acme Fan"), {}, QStringLiteral("fan@mail.cn"));
    CHECK(shop.find(QStringLiteral("example.com")) == QStringList{QStringLiteral("P-1")});
    CHECK(shop.find(QStringLiteral("p-2")) == QStringList{QStringLiteral("P-2")});
    // The company itself and the fan whose name starts with Acme rank before the person found
    // through her company.
    const QStringList acmeHits = shop.find(QStringLiteral("acme"));
    CHECK(acmeHits ==
          QStringList{QStringLiteral("P-2"), QStringLiteral("CO-9"), QStringLiteral("P-1")});
}

TEST_CASE("the search index follows edits and deletions", "[search]") {
    Shop shop;
    const Id id =
        shop.add(QStringLiteral("C1"), QStringLiteral("Old Name"), QStringLiteral("13912345678"));
    Customer c = *shop.repo.get(id);
    c.name = QStringLiteral("New Name");
    c.phones = QStringLiteral("13700001111");
    REQUIRE(shop.repo.update(c).ok());
    CHECK(shop.find(QStringLiteral("Old Name")).isEmpty());
    CHECK(shop.find(QStringLiteral("New Name")) == QStringList{QStringLiteral("C1")});
    CHECK(shop.find(QStringLiteral("12345")).isEmpty());
    CHECK(shop.find(QStringLiteral("00001")) == QStringList{QStringLiteral("C1")});
    REQUIRE(shop.repo.remove(id).ok());
    CHECK(shop.find(QStringLiteral("New Name")).isEmpty());
}
