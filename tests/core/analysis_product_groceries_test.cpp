// Association rules on the real Groceries baskets against the published arules figures listed
// in ../shared/data/groceries/SOURCE.md (Lantz, Machine Learning with R, ch. 8).
#include "analysis/product.h"
#include "facts_fixture.h"
#include "qt_catch_strings.h"
#include "test_support.h"

#include <algorithm>
#include <set>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;
using namespace clientele::test::ordered;

namespace {

// One counted order per line of groceries.csv, its distinct items as products. Labels are
// trimmed as arules' read.transactions does ("cream cheese " -> "cream cheese").
Facts groceryFacts(const QString& path) {
    std::vector<std::vector<QString>> baskets;
    std::set<QString> labels;
    for (const QByteArray& line : readFile(path).split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        std::vector<QString> basket;
        for (const QByteArray& item : line.split(',')) {
            basket.push_back(QString::fromUtf8(item).trimmed());
            labels.insert(basket.back());
        }
        baskets.push_back(basket);
    }
    FactsBuilder b;
    const int shopper = b.customer(QStringLiteral("SHOPPER"));
    for (const QString& label : labels)
        b.product(label);
    const auto& skus = b.facts.products.sku;
    for (size_t i = 0; i < baskets.size(); ++i) {
        std::vector<LineSpec> lines;
        for (const QString& label : baskets[i]) {
            const auto at = std::lower_bound(skus.begin(), skus.end(), label) - skus.begin();
            lines.push_back({static_cast<int>(at), 1, 100, 50});
        }
        b.order(QStringLiteral("G%1").arg(i, 5, 10, QLatin1Char('0')), day(2024, 1, 1), shopper,
                lines);
    }
    return std::move(b.facts);
}

const AssociationRule* findRule(const ProductResult& r, const Facts& f, const char* lhs,
                                const char* rhs) {
    for (const AssociationRule& rule : r.rules)
        if (f.products.sku[static_cast<size_t>(rule.lhs)] == QLatin1String(lhs) &&
            f.products.sku[static_cast<size_t>(rule.rhs)] == QLatin1String(rhs))
            return &rule;
    return nullptr;
}

} // namespace

TEST_CASE("product rules on Groceries match the published arules rules",
          "[analysis][product][groceries]") {
    const QString dir = sharedDataDir(QStringLiteral("groceries"));
    if (dir.isEmpty())
        return;
    const Facts facts = groceryFacts(dir + QStringLiteral("/groceries.csv"));
    REQUIRE(facts.orders.size() == 9835);
    REQUIRE(facts.products.size() == 169);
    ProductOptions o;
    o.minSupport = 0.006;
    o.minConfidence = 0.25;
    o.top = 1000;
    const Window w = window(day(2024, 1, 1), day(2024, 1, 1));
    const ProductResult r = computeProduct(facts, w, o);
    CHECK(r.baskets == 9835);
    // Lantz: 463 rules, of which 150 have length 2 (one item on each side).
    CHECK(r.matchingRules == 150);
    REQUIRE(r.rules.size() == 150);

    const AssociationRule* herbs = findRule(r, facts, "herbs", "root vegetables");
    REQUIRE(herbs);
    CHECK(herbs->support == Approx(0.007015760).epsilon(1e-6));
    CHECK(herbs->confidence == Approx(0.43125).epsilon(1e-6));
    CHECK(herbs->lift == Approx(3.956477).epsilon(1e-6));
    CHECK(herbs->count == 69);

    const AssociationRule* berries = findRule(r, facts, "berries", "whipped/sour cream");
    REQUIRE(berries);
    CHECK(berries->support == Approx(0.009049314).epsilon(1e-6));
    CHECK(berries->confidence == Approx(0.2721713).epsilon(1e-6));
    CHECK(berries->lift == Approx(3.796886).epsilon(1e-6));
    CHECK(berries->count == 89);

    // "potted plants" in the book's output is "pot plants" in this copy, with the same counts.
    const AssociationRule* plants = findRule(r, facts, "pot plants", "whole milk");
    REQUIRE(plants);
    CHECK(plants->support == Approx(0.006914082).epsilon(1e-6));
    CHECK(plants->confidence == Approx(0.4).epsilon(1e-6));
    CHECK(plants->lift == Approx(1.565460).epsilon(1e-6));
    CHECK(plants->count == 68);

    const AssociationRule* pasta = findRule(r, facts, "pasta", "whole milk");
    REQUIRE(pasta);
    CHECK(pasta->support == Approx(0.006100661).epsilon(1e-6));
    CHECK(pasta->confidence == Approx(0.4054054).epsilon(1e-6));
    CHECK(pasta->lift == Approx(1.586614).epsilon(1e-6));
    CHECK(pasta->count == 60);

    // The two highest lifts among the single-item rules (the reverse rules fall below 0.25).
    CHECK(&r.rules[0] == herbs);
    CHECK(&r.rules[1] == berries);
    // Lantz's summary: confidence 0.25 .. 0.66 and lift 0.9932 .. 3.9565 over all 463 rules.
    for (const AssociationRule& rule : r.rules) {
        CHECK(rule.confidence >= 0.25);
        CHECK(rule.support >= 0.006);
        CHECK(rule.lift >= 0.9932 - 1e-4);
    }
}
