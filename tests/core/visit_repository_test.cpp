#include "domain/visit_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Visit makeVisit(Id customer, const QString& at) {
    Visit v;
    v.customerId = customer;
    v.occurredAt = at;
    return v;
}

struct Company {
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir);
    Id acme = addCustomer(*db, QStringLiteral("ACME"), QStringLiteral("company"));
    Id wang = addCustomer(*db, QStringLiteral("WANG"), QStringLiteral("person"), acme);
    Id stranger = addCustomer(*db, QStringLiteral("LI"));
    Id tea = addProduct(*db, QStringLiteral("TEA"), 1000, 600);
    Id cup = addProduct(*db, QStringLiteral("CUP"), 250, 100);
};

} // namespace

TEST_CASE("a visit with its contact and quote is saved and listed newest first", "[visit]") {
    Company co;
    VisitRepository visits(*co.db);
    Visit v = makeVisit(co.acme, QStringLiteral("2024-05-02T10:30"));
    v.kind = QStringLiteral("meeting");
    v.contactId = co.wang;
    v.subject = QStringLiteral("Autumn order");
    v.quotedProductId = co.tea;
    v.quotedPrice = 950;
    v.followUpOn = QStringLiteral("2024-05-20");
    v.cost = 3000;
    const Id first = *visits.create(v);
    const Id second = *visits.create(makeVisit(co.acme, QStringLiteral("2024-06-01 09:00")));

    Visit back = *visits.get(first);
    CHECK(back.occurredAt == QStringLiteral("2024-05-02 10:30:00"));
    CHECK(back.contactId == co.wang);
    CHECK(back.quotedPrice == 950);
    CHECK(back.followUpOn == QStringLiteral("2024-05-20"));
    CHECK(back.cost == 3000);

    auto list = visits.listForCustomer(co.acme);
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].visit.id == second);
    CHECK((*list)[1].contactName == QStringLiteral("Name of WANG"));
    CHECK((*list)[1].quotedSku == QStringLiteral("TEA"));
}

TEST_CASE("a visit's contact must be one of the company's people", "[visit]") {
    Company co;
    VisitRepository visits(*co.db);
    Visit v = makeVisit(co.acme, QStringLiteral("2024-05-02"));
    v.contactId = co.stranger;
    auto refused = visits.create(v);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(
        QStringLiteral("contact_ref: Name of LI is not one of the company's people")));

    Visit companyAsContact = makeVisit(co.stranger, QStringLiteral("2024-05-02"));
    companyAsContact.contactId = co.acme;
    CHECK(visits.create(companyAsContact).error().message.contains(QStringLiteral("not a person")));

    Visit self = makeVisit(co.wang, QStringLiteral("2024-05-02"));
    self.contactId = co.wang;
    CHECK(visits.create(self).error().message.contains(QStringLiteral("contact_ref")));
}

TEST_CASE("visit validation names the fields", "[visit]") {
    Company co;
    Visit v = makeVisit(co.acme, QStringLiteral("soon"));
    v.kind = QStringLiteral("lunch");
    v.quotedPrice = 100;
    v.followUpOn = QStringLiteral("2024-13-01");
    auto refused = VisitRepository(*co.db).create(v);
    REQUIRE_FALSE(refused.ok());
    const QString m = refused.error().message;
    CHECK(m.contains(QStringLiteral("occurred_at: \"soon\"")));
    CHECK(m.contains(QStringLiteral("kind: \"lunch\" is not one of")));
    CHECK(m.contains(QStringLiteral("quoted_sku: a quoted price needs the product")));
    CHECK(m.contains(QStringLiteral("follow_up_on:")));
}

TEST_CASE("the last quoted and paid prices are the newest ones", "[visit]") {
    Company co;
    VisitRepository visits(*co.db);
    const auto quote = [&](const char* at, Id product, Money price) {
        Visit v = makeVisit(co.acme, QLatin1String(at));
        v.quotedProductId = product;
        v.quotedPrice = price;
        REQUIRE(visits.create(v).ok());
    };
    quote("2024-03-01", co.tea, 980);
    quote("2024-05-01 08:00", co.tea, 940); // the newest quote for tea
    quote("2024-04-01", co.tea, 960);
    quote("2024-06-01", co.cup, 200); // another product
    REQUIRE(visits.create(makeVisit(co.acme, QStringLiteral("2024-06-02"))).ok()); // no quote

    auto quoted = visits.lastQuotedPrice(co.acme, co.tea);
    REQUIRE(quoted.ok());
    REQUIRE(quoted->has_value());
    CHECK((*quoted)->unitPrice == 940);
    CHECK((*quoted)->at == QStringLiteral("2024-05-01 08:00:00"));
    CHECK_FALSE(visits.lastQuotedPrice(co.stranger, co.tea)->has_value());

    addOrder(*co.db, makeOrder(QStringLiteral("A"), co.acme, QStringLiteral("2024-02-01"),
                               {line(co.tea, 1, 1000)}));
    addOrder(*co.db, makeOrder(QStringLiteral("B"), co.acme, QStringLiteral("2024-04-01"),
                               {line(co.cup, 1, 250), line(co.tea, 10, 900, 500)}));
    // Newer, but neither a quote nor a cancelled order is a price paid.
    addOrder(*co.db, makeOrder(QStringLiteral("C"), co.acme, QStringLiteral("2024-05-01"),
                               {line(co.tea, 1, 800)}, QStringLiteral("quote")));
    addOrder(*co.db, makeOrder(QStringLiteral("D"), co.acme, QStringLiteral("2024-05-02"),
                               {line(co.tea, 1, 700)}, QStringLiteral("cancelled")));
    auto paid = visits.lastPaidPrice(co.acme, co.tea);
    REQUIRE(paid.ok());
    REQUIRE(paid->has_value());
    CHECK((*paid)->unitPrice == 900);
    CHECK((*paid)->reference == QStringLiteral("B"));
    CHECK((*paid)->quantity == 10);
    CHECK((*paid)->discount == 500);
    CHECK_FALSE(visits.lastPaidPrice(co.wang, co.tea)->has_value());
}
