#pragma once

#include "facts.h"
#include "product_affinity.h"
#include "ranking.h"
#include "report.h"
#include "window.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace clientele::analysis {

// P6: what sells and what sells together. Options map one to one to clientele-cli's
// --min-support, --min-confidence, --top, --level product|category, --customer REF and
// --suggestions.
struct ProductOptions {
    double minSupport = 0.001;
    double minConfidence = 0.1;
    int top = 100;
    AffinityLevel level = AffinityLevel::Product;
    QString customerRef;  // empty: no cross-sell suggestions
    int suggestions = 10; // at most this many, best score first, equal scores by label
};

// One product sold in the window.
struct ProductRow {
    int product = 0; // ProductFacts index
    Money revenue = 0;
    Money cost = 0;
    qint64 quantity = 0;
    int orders = 0;    // distinct counted orders
    int customers = 0; // distinct known customers
    std::optional<Tier> tier;

    Money profit() const { return revenue - cost; }
};

// A product (or category, at the category level) that a customer has not bought yet, scored by
// the best rule leading to it from something it has bought.
struct CrossSellSuggestion {
    int item = 0;
    double score = 0; // the highest confidence(q -> item) over the items q it has bought
    int because = 0;  // that q
};

struct ProductResult {
    std::vector<ProductRow> products; // profit descending, ties by sku
    AffinityLevel level = AffinityLevel::Product;
    int baskets = 0;
    int matchingRules = 0;              // rules passing the filters, before --top
    std::vector<AssociationRule> rules; // lift, support descending, then lhs, rhs labels
    int crossSellCustomer = kNone;      // set when options.customerRef names a customer
    std::vector<CrossSellSuggestion> crossSell;
};

ProductResult computeProduct(const Facts& facts, const Window& window,
                             const ProductOptions& options = {});

QJsonObject productJson(const ProductResult& result, const Facts& facts, const Window& window);
Table productTable(const ProductResult& result, const Facts& facts);
// The rules as a second table (lhs, rhs, support, confidence, lift, count).
Table productRulesTable(const ProductResult& result, const Facts& facts);
QString productText(const ProductResult& result, const Facts& facts, const Window& window);

// How a rule's item is named: the sku at the product level, the category's text otherwise.
QString itemLabel(const Facts& facts, AffinityLevel level, int item);

} // namespace clientele::analysis
