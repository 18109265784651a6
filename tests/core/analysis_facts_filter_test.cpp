// The dashboard's filters narrow the counted orders and keep everything else as it was.
#include "analysis/facts_filter.h"
#include "facts_fixture.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;
using namespace clientele::test::ordered;

TEST_CASE("filtering facts keeps the matching orders with their lines and every customer",
          "[analysis]") {
    FactsBuilder b;
    const int east = b.customer(QStringLiteral("A"), {.region = QStringLiteral("East")});
    const int west = b.customer(QStringLiteral("B"), {.region = QStringLiteral("West")});
    const int tea = b.product(QStringLiteral("T"));
    // Four orders: shop/East (2 lines), web/East, shop/West, web/West by Li.
    b.order(QStringLiteral("1"), day(2024, 1, 1), east, {{tea, 1, 100, 40}, {tea, 2, 200, 80}},
            {.channel = QStringLiteral("shop")});
    b.order(QStringLiteral("2"), day(2024, 1, 2), east, {{tea, 1, 50, 20}},
            {.channel = QStringLiteral("web")});
    b.order(QStringLiteral("3"), day(2024, 1, 3), west, {{tea, 1, 70, 30}},
            {.channel = QStringLiteral("shop")});
    b.order(QStringLiteral("4"), day(2024, 1, 4), west, {{tea, 3, 90, 45}},
            {.channel = QStringLiteral("web"), .salesperson = QStringLiteral("Li")});
    const auto facts = std::make_shared<const Facts>(b.facts);

    CHECK(filterFacts(facts, {}) == facts); // no filter: the same facts, not a copy

    const auto shop = filterFacts(facts, {.channel = QStringLiteral("shop")});
    REQUIRE(shop->orders.size() == 2);
    CHECK(shop->orders.number.at(0) == QStringLiteral("1"));
    CHECK(shop->orders.number.at(1) == QStringLiteral("3"));
    CHECK(shop->orders.firstLine == std::vector<int>{0, 2, 3});
    CHECK(shop->lines.revenue == std::vector<Money>{100, 200, 70});
    CHECK(shop->lines.order == std::vector<int>{0, 0, 1});
    CHECK(shop->customers.size() == 2);

    const auto westWeb =
        filterFacts(facts, {.channel = QStringLiteral("web"), .region = QStringLiteral("West")});
    REQUIRE(westWeb->orders.size() == 1);
    CHECK(westWeb->orders.number.at(0) == QStringLiteral("4"));
    CHECK(filterFacts(facts, {.salesperson = QStringLiteral("Li")})->orders.size() == 1);
    // A value nobody has leaves no order, and nothing breaks.
    const auto none = filterFacts(facts, {.location = QStringLiteral("Mars")});
    CHECK(none->orders.size() == 0);
    CHECK(none->orders.firstLine == std::vector<int>{0});
}
