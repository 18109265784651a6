#include "product_validation.h"

#include "field_checks.h"

namespace clientele {

FieldErrors validateProduct(const Product& p, std::optional<qint64> storedStock) {
    FieldErrors errors;
    field_checks::key(errors, "sku", p.sku);
    field_checks::required(errors, "name", p.name);
    field_checks::notNegative(errors, "unit_price", p.unitPrice);
    field_checks::notNegative(errors, "unit_cost", p.unitCost);
    if (p.stock != storedStock)
        field_checks::notNegative(errors, "stock", p.stock);
    field_checks::notNegative(errors, "reorder_level", p.reorderLevel);
    return errors;
}

} // namespace clientele
