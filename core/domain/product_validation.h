#pragma once

#include "field_error.h"
#include "product.h"

#include <optional>

namespace clientele {

// storedStock: the stock on hand of the stored product, when this is an update. Stock may have
// gone below zero by selling (orders are never refused for want of stock), and keeping that
// figure is no error; only a new figure typed or imported must not be negative.
FieldErrors validateProduct(const Product& p, std::optional<qint64> storedStock = std::nullopt);

} // namespace clientele
