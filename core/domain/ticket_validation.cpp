#include "ticket_validation.h"

#include "field_checks.h"

namespace clientele {

bool ticket_values::canMove(const QString& from, const QString& to) {
    static const QStringList allowed = {
        QStringLiteral("open>in_progress"), QStringLiteral("in_progress>resolved"),
        QStringLiteral("resolved>closed"),  QStringLiteral("resolved>open"),
        QStringLiteral("closed>open"),
    };
    return from == to || allowed.contains(from + u'>' + to);
}

FieldErrors validateTicket(const Ticket& t) {
    FieldErrors errors;
    if (t.customerId == 0)
        errors.push_back(
            {QStringLiteral("customer_ref"), QStringLiteral("a customer is required")});
    field_checks::dateTime(errors, "opened_at", t.openedAt, true);
    field_checks::required(errors, "subject", t.subject);
    field_checks::oneOf(errors, "severity", t.severity, ticket_values::severities);
    field_checks::oneOf(errors, "status", t.status, ticket_values::statuses);
    field_checks::dateTime(errors, "resolved_at", t.resolvedAt, false);
    const bool finished = ticket_values::isFinished(t.status);
    if (!t.resolvedAt.isEmpty() && !finished)
        errors.push_back(
            {QStringLiteral("resolved_at"),
             QStringLiteral("a ticket that is %1 has no resolution date").arg(t.status)});
    if (!t.resolvedAt.isEmpty() && !t.openedAt.isEmpty() && t.resolvedAt < t.openedAt.left(10))
        errors.push_back({QStringLiteral("resolved_at"),
                          QStringLiteral("%1 is before the ticket was opened").arg(t.resolvedAt)});
    if (t.satisfaction) {
        if (*t.satisfaction < 1 || *t.satisfaction > 5)
            errors.push_back({QStringLiteral("satisfaction"),
                              QStringLiteral("%1 is not between 1 and 5").arg(*t.satisfaction)});
        else if (!finished)
            errors.push_back({QStringLiteral("satisfaction"),
                              QStringLiteral("is rated once the ticket is resolved or closed")});
    }
    return errors;
}

} // namespace clientele
