#pragma once

#include "facts.h"

#include <QString>

#include <memory>

namespace clientele::analysis {

// The dashboard's filters: only the counted orders of one channel, location, salesperson (the
// order's own) and customer region count. Empty texts filter nothing.
struct FactsFilter {
    QString channel = {};
    QString location = {};
    QString salesperson = {};
    QString region = {};

    bool isEmpty() const {
        return channel.isEmpty() && location.isEmpty() && salesperson.isEmpty() && region.isEmpty();
    }
    friend bool operator==(const FactsFilter&, const FactsFilter&) = default;
};

// The facts with only the orders (and their lines) that pass the filter; customers, products,
// campaigns and preferences are kept whole, so every index stays valid. Without a filter the
// same facts come back, uncopied.
std::shared_ptr<const Facts> filterFacts(const std::shared_ptr<const Facts>& facts,
                                         const FactsFilter& filter);

} // namespace clientele::analysis
