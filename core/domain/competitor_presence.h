#pragma once

#include "common/ids.h"

#include <QString>

#include <optional>

namespace clientele {

// A competitor's product that a customer uses or sells; one per customer, competitor and product.
struct CompetitorPresence {
    Id id = 0;
    Id customerId = 0;
    QString competitor;
    QString product;
    std::optional<double> estimatedShare; // of the customer's purchases in that line, 0..1
    QString notes;
    QString createdAt;
    QString updatedAt;
};

} // namespace clientele
