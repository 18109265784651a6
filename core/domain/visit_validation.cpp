#include "visit_validation.h"

#include "field_checks.h"

namespace clientele {

FieldErrors validateVisit(const Visit& v) {
    FieldErrors errors;
    if (v.customerId == 0)
        errors.push_back(
            {QStringLiteral("customer_ref"), QStringLiteral("a customer is required")});
    field_checks::dateTime(errors, "occurred_at", v.occurredAt, true);
    field_checks::oneOf(errors, "kind", v.kind, visit_values::kinds);
    if (v.contactId && *v.contactId == v.customerId)
        errors.push_back(
            {QStringLiteral("contact_ref"), QStringLiteral("the contact is the customer itself")});
    if (v.quotedPrice) {
        field_checks::notNegative(errors, "quoted_price", *v.quotedPrice);
        if (!v.quotedProductId)
            errors.push_back(
                {QStringLiteral("quoted_sku"),
                 QStringLiteral("a quoted price needs the product it was quoted for")});
    }
    field_checks::date(errors, "follow_up_on", v.followUpOn, false);
    field_checks::notNegative(errors, "cost", v.cost);
    return errors;
}

} // namespace clientele
