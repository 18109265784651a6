#include "customer_profile_validation.h"

#include "field_checks.h"

namespace clientele {

namespace {

void requireCustomer(FieldErrors& errors, Id customerId) {
    if (customerId == 0)
        errors.push_back(
            {QStringLiteral("customer_ref"), QStringLiteral("a customer is required")});
}

} // namespace

FieldErrors validatePreference(const Preference& p) {
    FieldErrors errors;
    requireCustomer(errors, p.customerId);
    field_checks::required(errors, "category", p.category);
    field_checks::required(errors, "value", p.value);
    field_checks::oneOf(errors, "sentiment", p.sentiment, preference_values::sentiments);
    return errors;
}

FieldErrors validateCompetitorPresence(const CompetitorPresence& c) {
    FieldErrors errors;
    requireCustomer(errors, c.customerId);
    field_checks::required(errors, "competitor", c.competitor);
    if (c.estimatedShare && !(*c.estimatedShare >= 0.0 && *c.estimatedShare <= 1.0))
        errors.push_back(
            {QStringLiteral("estimated_share"),
             QStringLiteral("%1 is not a share between 0 and 1").arg(*c.estimatedShare)});
    return errors;
}

FieldErrors validateCustomerNote(const CustomerNote& n) {
    FieldErrors errors;
    requireCustomer(errors, n.customerId);
    field_checks::oneOf(errors, "kind", n.kind, customer_note_values::kinds);
    field_checks::required(errors, "text", n.text);
    return errors;
}

FieldErrors validateExpense(const Expense& e) {
    FieldErrors errors;
    requireCustomer(errors, e.customerId);
    field_checks::date(errors, "spent_on", e.spentOn, true);
    field_checks::notNegative(errors, "amount", e.amount);
    return errors;
}

} // namespace clientele
