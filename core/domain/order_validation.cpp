#include "order_validation.h"

#include "field_checks.h"

#include <limits>

namespace clientele {

namespace {

// Keeps quantity * price well inside 64 bits, so totals over many lines cannot overflow.
constexpr qint64 kMaxLineAmount = std::numeric_limits<qint64>::max() / 1'000'000;

} // namespace

FieldErrors validateOrderLine(const OrderLine& line, int position) {
    FieldErrors errors;
    const QString at = QStringLiteral("line %1: ").arg(position);
    const auto add = [&](const char* field, const QString& message) {
        errors.push_back({QLatin1String(field), at + message});
    };
    if (line.productId == 0)
        add("product_sku", QStringLiteral("a product is required"));
    if (line.quantity <= 0)
        add("quantity", QStringLiteral("%1 is not more than 0").arg(line.quantity));
    if (line.unitPrice < 0)
        add("unit_price", QStringLiteral("must not be negative"));
    if (line.unitCost && *line.unitCost < 0)
        add("unit_cost", QStringLiteral("must not be negative"));
    if (line.discount < 0)
        add("discount", QStringLiteral("must not be negative"));
    if (line.quantity > 0 && line.unitPrice > 0 &&
        line.unitPrice > kMaxLineAmount / line.quantity) {
        add("quantity", QStringLiteral("quantity times unit price is too large"));
        return errors;
    }
    if (line.quantity > 0 && line.unitPrice >= 0 && line.discount > line.quantity * line.unitPrice)
        add("discount", QStringLiteral("is more than quantity times unit price"));
    return errors;
}

FieldErrors validateOrder(const Order& o) {
    FieldErrors errors;
    field_checks::key(errors, "order_number", o.number);
    field_checks::dateTime(errors, "ordered_at", o.orderedAt, true);
    if (!o.customerId)
        errors.push_back(
            {QStringLiteral("customer_ref"), QStringLiteral("a customer is required")});
    field_checks::oneOf(errors, "status", o.status, order_values::statuses);
    field_checks::date(errors, "due_date", o.dueDate, false);
    field_checks::notNegative(errors, "paid_amount", o.paidAmount);
    field_checks::dateTime(errors, "paid_at", o.paidAt, false);
    if (o.lines.empty())
        errors.push_back(
            {QStringLiteral("product_sku"), QStringLiteral("an order needs at least one line")});
    int position = 0;
    for (const OrderLine& line : o.lines) {
        const FieldErrors lineErrors = validateOrderLine(line, ++position);
        errors.insert(errors.end(), lineErrors.begin(), lineErrors.end());
    }
    return errors;
}

} // namespace clientele
