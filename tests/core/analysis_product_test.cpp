// The product analysis on a five-basket shop whose figures are worked out by hand below.
#include "analysis/product.h"
#include "facts_fixture.h"
#include "qt_catch_strings.h"

#include <QJsonArray>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;
using namespace clientele::test::ordered;

namespace {

// Products (sku order) and categories: BREAD bakery, BUTTER dairy, JAM pantry, MILK dairy,
// TEA pantry. The window is January 2024.
//   O0 2023-12-20 C3: JAM, TEA                    (before the window)
//   O1 2024-01-02 C1: BREAD 300/100, BUTTER 500/300, MILK x2 200/150
//   O2 2024-01-03 C2: BREAD 300/100, BUTTER 500/300
//   O3 2024-01-05 C2: BREAD 300/100, JAM 400/450, BREAD 300/100 (BREAD twice, one basket item)
//   O4 2024-01-09 C3: MILK x2 200/150, TEA 1000/1000
//   O5 2024-01-10 C1: BUTTER 500/300
//   O6 2024-02-01 C1: TEA                         (after the window)
// Baskets (N = 5): {BREAD BUTTER MILK} {BREAD BUTTER} {BREAD JAM} {MILK TEA} {BUTTER}.
// n: BREAD 3, BUTTER 3, MILK 2, JAM 1, TEA 1. Pairs: BREAD-BUTTER 2, BREAD-MILK 1,
// BUTTER-MILK 1, BREAD-JAM 1, MILK-TEA 1.
struct Shop {
    FactsBuilder b;
    int bread, butter, jam, milk, tea;
    int c1, c2, c3;

    Shop() {
        c1 = b.customer(QStringLiteral("C1"));
        c2 = b.customer(QStringLiteral("C2"));
        c3 = b.customer(QStringLiteral("C3"));
        bread = b.product(QStringLiteral("BREAD"), QStringLiteral("bakery"));
        butter = b.product(QStringLiteral("BUTTER"), QStringLiteral("dairy"));
        jam = b.product(QStringLiteral("JAM"), QStringLiteral("pantry"));
        milk = b.product(QStringLiteral("MILK"), QStringLiteral("dairy"));
        tea = b.product(QStringLiteral("TEA"), QStringLiteral("pantry"));
        b.order(QStringLiteral("O0"), day(2023, 12, 20), c3,
                {{jam, 1, 400, 450}, {tea, 1, 1000, 1000}});
        b.order(QStringLiteral("O1"), day(2024, 1, 2), c1,
                {{bread, 1, 300, 100}, {butter, 1, 500, 300}, {milk, 2, 200, 150}});
        b.order(QStringLiteral("O2"), day(2024, 1, 3), c2,
                {{bread, 1, 300, 100}, {butter, 1, 500, 300}});
        b.order(QStringLiteral("O3"), day(2024, 1, 5), c2,
                {{bread, 1, 300, 100}, {jam, 1, 400, 450}, {bread, 1, 300, 100}});
        b.order(QStringLiteral("O4"), day(2024, 1, 9), c3,
                {{milk, 2, 200, 150}, {tea, 1, 1000, 1000}});
        b.order(QStringLiteral("O5"), day(2024, 1, 10), c1, {{butter, 1, 500, 300}});
        b.order(QStringLiteral("O6"), day(2024, 2, 1), c1, {{tea, 1, 1000, 1000}});
    }
    Window january() const { return window(day(2024, 1, 1), day(2024, 1, 31)); }
};

ProductOptions loose() {
    ProductOptions o;
    o.minSupport = 0.2;
    o.minConfidence = 0.5;
    return o;
}

} // namespace

TEST_CASE("product figures add up the window's lines per product, tiered by profit",
          "[analysis][product]") {
    Shop shop;
    const ProductResult r = computeProduct(shop.b.facts, shop.january());
    // BREAD: 4 lines of 300/100 in O1, O2, O3 (twice): revenue 1200, cost 400, profit 800,
    //        quantity 4, orders 3, customers C1 C2.
    // BUTTER: O1 O2 O5: 1500/900, profit 600, quantity 3, orders 3, customers C1 C2.
    // MILK: O1 O4: 400/300, profit 100, quantity 4, orders 2, customers C1 C3.
    // TEA: O4 only (O6 is after the window): 1000/1000, profit 0.
    // JAM: O3 only (O0 is before the window): 400/450, profit -50.
    // Tiers: positive total 1500; BREAD before 0 -> A, BUTTER before 800/1500 = 0.53 -> A,
    // MILK before 1400/1500 = 0.93 -> B; TEA (0) and JAM (< 0) are C.
    REQUIRE(r.products.size() == 5);
    const std::vector<int> order{shop.bread, shop.butter, shop.milk, shop.tea, shop.jam};
    for (size_t i = 0; i < order.size(); ++i)
        CHECK(r.products[i].product == order[i]);
    const ProductRow& bread = r.products[0];
    CHECK(bread.revenue == 1200);
    CHECK(bread.cost == 400);
    CHECK(bread.quantity == 4);
    CHECK(bread.orders == 3);
    CHECK(bread.customers == 2);
    CHECK(bread.tier == Tier::A);
    CHECK(r.products[1].revenue == 1500);
    CHECK(r.products[1].orders == 3);
    CHECK(r.products[1].tier == Tier::A);
    CHECK(r.products[2].quantity == 4);
    CHECK(r.products[2].customers == 2);
    CHECK(r.products[2].tier == Tier::B);
    CHECK(r.products[3].profit() == 0);
    CHECK(r.products[3].tier == Tier::C);
    CHECK(r.products[4].profit() == -50);
    CHECK(r.products[4].orders == 1);
    CHECK(r.products[4].tier == Tier::C);
}

TEST_CASE("product rules go both ways and sort by lift, support, then labels",
          "[analysis][product]") {
    Shop shop;
    const ProductResult r = computeProduct(shop.b.facts, shop.january(), loose());
    // Support >= 0.2 keeps every pair; confidence >= 0.5 keeps:
    //   MILK->TEA 1/2 and TEA->MILK 1/1, lift 1x5/(2x1) = 5/2
    //   JAM->BREAD 1/1, lift 5/(1x3) = 5/3
    //   BREAD->BUTTER and BUTTER->BREAD 2/3, lift 2x5/(3x3) = 10/9, support 0.4
    //   MILK->BREAD and MILK->BUTTER 1/2, lift 5/(2x3) = 5/6
    // (BREAD->MILK, BUTTER->MILK, BREAD->JAM have confidence 1/3.)
    CHECK(r.baskets == 5);
    CHECK(r.matchingRules == 7);
    REQUIRE(r.rules.size() == 7);
    const std::vector<std::pair<int, int>> expected{
        {shop.milk, shop.tea},     {shop.tea, shop.milk},     {shop.jam, shop.bread},
        {shop.bread, shop.butter}, {shop.butter, shop.bread}, {shop.milk, shop.bread},
        {shop.milk, shop.butter}};
    for (size_t i = 0; i < expected.size(); ++i) {
        CHECK(r.rules[i].lhs == expected[i].first);
        CHECK(r.rules[i].rhs == expected[i].second);
    }
    CHECK(r.rules[0].lift == Approx(2.5));
    CHECK(r.rules[0].confidence == Approx(0.5));
    CHECK(r.rules[1].confidence == Approx(1.0));
    CHECK(r.rules[2].lift == Approx(5.0 / 3));
    CHECK(r.rules[3].support == Approx(0.4));
    CHECK(r.rules[3].count == 2);
    CHECK(r.rules[3].confidence == Approx(2.0 / 3));
    CHECK(r.rules[3].lift == Approx(10.0 / 9));
    CHECK(r.rules[3].lift == r.rules[4].lift);
    CHECK(r.rules[6].lift == Approx(5.0 / 6));
}

TEST_CASE("product rules honour the minimum support and the top count", "[analysis][product]") {
    Shop shop;
    ProductOptions o = loose();
    o.minSupport = 0.3; // count >= 1.5: only BREAD-BUTTER (2 of 5 baskets)
    ProductResult r = computeProduct(shop.b.facts, shop.january(), o);
    REQUIRE(r.rules.size() == 2);
    CHECK(r.rules[0].lhs == shop.bread);
    CHECK(r.rules[1].lhs == shop.butter);

    o = loose();
    o.top = 3;
    r = computeProduct(shop.b.facts, shop.january(), o);
    CHECK(r.matchingRules == 7);
    REQUIRE(r.rules.size() == 3);
    CHECK(r.rules[2].lhs == shop.jam);
}

TEST_CASE("product rules at the category level pair the categories of each basket",
          "[analysis][product]") {
    Shop shop;
    ProductOptions o;
    o.level = AffinityLevel::Category;
    o.minSupport = 0.3;
    o.minConfidence = 0;
    const ProductResult r = computeProduct(shop.b.facts, shop.january(), o);
    // Category baskets: {bakery dairy} {bakery dairy} {bakery pantry} {dairy pantry} {dairy}.
    // n: bakery 3, dairy 4, pantry 2; bakery-dairy 2 (the only pair with count >= 1.5).
    // bakery->dairy 2/3, dairy->bakery 2/4, both lift 2x5/(3x4) = 5/6; labels decide the order.
    REQUIRE(r.rules.size() == 2);
    const Facts& f = shop.b.facts;
    CHECK(itemLabel(f, r.level, r.rules[0].lhs) == QStringLiteral("bakery"));
    CHECK(itemLabel(f, r.level, r.rules[0].rhs) == QStringLiteral("dairy"));
    CHECK(r.rules[0].confidence == Approx(2.0 / 3));
    CHECK(r.rules[1].confidence == Approx(0.5));
    CHECK(r.rules[0].lift == Approx(5.0 / 6));
}

TEST_CASE("product cross-sell suggests unbought products by their best rule",
          "[analysis][product]") {
    Shop shop;
    ProductOptions o = loose();
    o.customerRef = QStringLiteral("C3");
    ProductResult r = computeProduct(shop.b.facts, shop.january(), o);
    // C3 bought JAM and TEA (O0, before the window still counts) and MILK, TEA (O4).
    // Rules from those to unbought products: JAM->BREAD 1, MILK->BREAD 1/2, MILK->BUTTER 1/2.
    // BREAD scores 1 (after JAM), BUTTER 1/2 (after MILK).
    REQUIRE(r.crossSellCustomer == shop.c3);
    REQUIRE(r.crossSell.size() == 2);
    CHECK(r.crossSell[0].item == shop.bread);
    CHECK(r.crossSell[0].score == Approx(1.0));
    CHECK(r.crossSell[0].because == shop.jam);
    CHECK(r.crossSell[1].item == shop.butter);
    CHECK(r.crossSell[1].because == shop.milk);

    o.suggestions = 1;
    r = computeProduct(shop.b.facts, shop.january(), o);
    CHECK(r.crossSell.size() == 1);

    // C1 bought BREAD, BUTTER, MILK in the window; TEA only on 1 February, after it, so TEA is
    // suggested (MILK->TEA 1/2).
    o = loose();
    o.customerRef = QStringLiteral("C1");
    r = computeProduct(shop.b.facts, shop.january(), o);
    REQUIRE(r.crossSell.size() == 1);
    CHECK(r.crossSell[0].item == shop.tea);
    CHECK(r.crossSell[0].score == Approx(0.5));

    o.customerRef = QStringLiteral("NOBODY");
    r = computeProduct(shop.b.facts, shop.january(), o);
    CHECK(r.crossSellCustomer == kNone);
    CHECK(r.crossSell.empty());
}

TEST_CASE("product analysis of an empty window has no products, baskets or rules",
          "[analysis][product]") {
    Shop shop;
    const ProductResult r =
        computeProduct(shop.b.facts, window(day(2025, 1, 1), day(2025, 12, 31)), loose());
    CHECK(r.products.empty());
    CHECK(r.baskets == 0);
    CHECK(r.rules.empty());
}

TEST_CASE("product JSON carries the spec's keys with exact money and letter tiers",
          "[analysis][product]") {
    Shop shop;
    const Window w = shop.january();
    const ProductResult r = computeProduct(shop.b.facts, w, loose());
    const QJsonObject o = productJson(r, shop.b.facts, w);
    CHECK(o.value(QStringLiteral("analysis")).toString() == QStringLiteral("product"));
    CHECK(o.value(QStringLiteral("baskets")).toInt() == 5);
    const QJsonObject bread = o.value(QStringLiteral("products")).toArray().at(0).toObject();
    CHECK(bread.value(QStringLiteral("sku")).toString() == QStringLiteral("BREAD"));
    CHECK(bread.value(QStringLiteral("category")).toString() == QStringLiteral("bakery"));
    CHECK(bread.value(QStringLiteral("revenue")).toDouble() == 12.0);
    CHECK(bread.value(QStringLiteral("profit")).toDouble() == 8.0);
    CHECK(bread.value(QStringLiteral("tier")).toString() == QStringLiteral("A"));
    const QJsonObject rule = o.value(QStringLiteral("rules")).toArray().at(0).toObject();
    CHECK(rule.value(QStringLiteral("lhs")).toString() == QStringLiteral("MILK"));
    CHECK(rule.value(QStringLiteral("rhs")).toString() == QStringLiteral("TEA"));
    CHECK(rule.value(QStringLiteral("count")).toInt() == 1);
    CHECK(o.value(QStringLiteral("cross_sell")).isNull());
    const Table t = productTable(r, shop.b.facts);
    REQUIRE(t.rows.size() == 5);
    CHECK(t.rows[4][0] == QStringLiteral("JAM"));
    CHECK(t.rows[4][5] == QStringLiteral("-0.50"));
    const Table rules = productRulesTable(r, shop.b.facts);
    REQUIRE(rules.rows.size() == 7);
    CHECK(rules.rows[0] == QStringList{QStringLiteral("MILK"), QStringLiteral("TEA"),
                                       QStringLiteral("0.2"), QStringLiteral("0.5"),
                                       QStringLiteral("2.5"), QStringLiteral("1")});
    const QString text = productText(r, shop.b.facts, w);
    CHECK(text.contains(QStringLiteral("5 baskets, 7 rules")));
    CHECK(text.contains(QStringLiteral("MILK -> TEA")));
}

TEST_CASE("product rules are the same whether pairs are counted densely or in a hash",
          "[analysis][product]") {
    // A chain of baskets {P0 P1} {P1 P2} ... over n products: n - 1 baskets; the end products
    // are in one basket, the others in two. Every pair of neighbours has count 1, so
    // confidence(Pi -> Pi+1) = 1 / n(Pi) >= 1/2 and every one of the 2 (n - 1) rules passes.
    // 3000 frequent products are more than the dense triangle holds; 300 are not.
    for (const int n : {300, 3000}) {
        FactsBuilder b;
        const int c = b.customer(QStringLiteral("C"));
        for (int p = 0; p < n; ++p)
            b.product(QStringLiteral("P%1").arg(p, 4, 10, QLatin1Char('0')));
        for (int p = 0; p + 1 < n; ++p)
            b.order(QStringLiteral("%1").arg(p, 4, 10, QLatin1Char('0')), day(2024, 1, 1), c,
                    {{p, 1, 100, 50}, {p + 1, 1, 100, 50}});
        ProductOptions o;
        o.minSupport = 0;
        o.minConfidence = 0.5;
        o.top = 2 * n;
        const ProductResult r =
            computeProduct(b.facts, window(day(2024, 1, 1), day(2024, 1, 1)), o);
        INFO("products: " << n);
        const int baskets = n - 1;
        CHECK(r.baskets == baskets);
        REQUIRE(r.matchingRules == 2 * (n - 1));
        // Highest lift: the end pairs, N / (1 x 2); P0 -> P1 and P1 -> P0 first by label, then
        // the other end. Every middle rule has lift N / 4 and confidence 1/2.
        CHECK(r.rules[0].lhs == 0);
        CHECK(r.rules[0].rhs == 1);
        CHECK(r.rules[0].lift == Approx(baskets / 2.0));
        CHECK(r.rules[0].confidence == 1.0);
        CHECK(r.rules[1].lhs == 1);
        CHECK(r.rules[1].rhs == 0);
        CHECK(r.rules[1].confidence == 0.5);
        CHECK(r.rules[2].lhs == n - 2);
        CHECK(r.rules[4].lift == Approx(baskets / 4.0));
        CHECK(r.rules[4].lhs == 1);
        CHECK(r.rules[4].rhs == 2);
        CHECK(r.rules.back().lhs == n - 2);
        CHECK(r.rules.back().rhs == n - 3);
    }
}
