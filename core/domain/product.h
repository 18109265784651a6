#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QString>

namespace clientele {

struct Product {
    Id id = 0;
    QString sku;
    QString name;
    QString category;
    Money unitPrice = 0; // the catalogue's current price; order lines keep their own
    Money unitCost = 0;  // the current cost; order lines capture it on the day of the sale
    bool active = true;  // inactive products stay on old orders but are not offered for new ones
    // On hand: the figure the product was created with plus every stock movement since (see
    // domain/stock.h). Saving a product with another figure records a count to it.
    qint64 stock = 0;
    qint64 reorderLevel = 0;
    QString createdAt;
    QString updatedAt;
};

} // namespace clientele
