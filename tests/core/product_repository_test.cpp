#include "domain/product_validation.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

TEST_CASE("a product is saved and read back with all its fields", "[product]") {
    TempDir dir;
    auto db = createDatabase(dir);
    ProductRepository products(*db);
    Product p;
    p.sku = QStringLiteral("TEA-01");
    p.name = QStringLiteral("龙井 250g");
    p.category = QStringLiteral("tea");
    p.unitPrice = 12800;
    p.unitCost = 7000;
    p.stock = 40;
    p.reorderLevel = 10;
    auto id = products.create(p);
    REQUIRE(id.ok());
    auto back = products.get(*id);
    REQUIRE(back.ok());
    CHECK(back->sku == p.sku);
    CHECK(back->name == p.name);
    CHECK(back->unitPrice == 12800);
    CHECK(back->unitCost == 7000);
    CHECK(back->active);
    CHECK(back->stock == 40);
    CHECK(back->reorderLevel == 10);
    CHECK(back->createdAt == QStringLiteral("2024-06-15 12:00:00"));
    CHECK(products.idForSku(QStringLiteral("TEA-01")) == *id);
    CHECK_FALSE(products.idForSku(QStringLiteral("nope")).has_value());
}

TEST_CASE("product validation names the offending columns", "[product]") {
    Product p;
    p.sku = QStringLiteral(" X ");
    p.unitPrice = -1;
    p.stock = -3;
    const FieldErrors errors = validateProduct(p);
    QStringList fields;
    for (const FieldError& e : errors)
        fields << e.field;
    CHECK(fields == QStringList{QStringLiteral("sku"), QStringLiteral("name"),
                                QStringLiteral("unit_price"), QStringLiteral("stock")});

    TempDir dir;
    auto db = createDatabase(dir);
    auto refused = ProductRepository(*db).create(p);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message.contains(QStringLiteral("unit_price: must not be negative")));
}

TEST_CASE("a second product with the same sku is refused with the sku named", "[product]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addProduct(*db, QStringLiteral("TEA-01"), 100, 50);
    Product dup;
    dup.sku = QStringLiteral("TEA-01");
    dup.name = QStringLiteral("Another");
    auto refused = ProductRepository(*db).create(dup);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(QStringLiteral("sku: \"TEA-01\" is already used")));
    CHECK(*ProductRepository(*db).count({}) == 1);
}

TEST_CASE("a product on an order line cannot be deleted, an unused one can", "[product]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    const Id used = addProduct(*db, QStringLiteral("USED"), 100, 50);
    const Id unused = addProduct(*db, QStringLiteral("UNUSED"), 100, 50);
    addOrder(*db, makeOrder(QStringLiteral("O1"), customer, QStringLiteral("2024-01-02"),
                            {line(used, 1, 100)}));
    ProductRepository products(*db);
    const Status refused = products.remove(used);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("deactivate")));
    CHECK(products.get(used).ok());
    CHECK(products.remove(unused).ok());
    CHECK(products.get(unused).error().kind == Error::Kind::NotFound);
    CHECK(products.remove(unused).error().kind == Error::Kind::NotFound);
}

TEST_CASE("products are filtered by text, category and active, sorted and paged", "[product]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addProduct(*db, QStringLiteral("TEA-1"), 300, 100, QStringLiteral("tea"));
    addProduct(*db, QStringLiteral("TEA-2"), 100, 50, QStringLiteral("tea"));
    addProduct(*db, QStringLiteral("CUP-1"), 200, 80, QStringLiteral("cups"));
    ProductRepository products(*db);
    Product old = *products.get(*products.idForSku(QStringLiteral("TEA-2")));
    old.active = false;
    REQUIRE(products.update(old).ok());

    ProductFilter tea;
    tea.category = QStringLiteral("tea");
    CHECK(*products.count(tea) == 2);
    tea.active = true;
    CHECK(*products.count(tea) == 1);

    ProductFilter text;
    text.text = QStringLiteral("tea");
    CHECK(*products.count(text) == 2); // sku matches case-insensitively

    auto byPrice = products.list({}, ProductSort::UnitPrice, false, 0, 2);
    REQUIRE(byPrice.ok());
    REQUIRE(byPrice->size() == 2);
    CHECK((*byPrice)[0].sku == QStringLiteral("TEA-1"));
    CHECK((*byPrice)[1].sku == QStringLiteral("CUP-1"));
    auto page2 = products.list({}, ProductSort::UnitPrice, false, 2, 2);
    REQUIRE(page2->size() == 1);
    CHECK((*page2)[0].sku == QStringLiteral("TEA-2"));

    CHECK(*products.categories() == QStringList{QStringLiteral("cups"), QStringLiteral("tea")});
}
