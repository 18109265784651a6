#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

// An interaction with a customer: a visit, a call, a message...
struct Visit {
    Id id = 0;
    Id customerId = 0;
    QString occurredAt; // date-time
    QString kind = QStringLiteral("visit");
    std::optional<Id>
        contactId; // the person met, when the customer is a company: one of its people
    QString subject;
    QString notes;
    QString outcome;
    // A price quoted during the visit, so the next answer on price is consistent.
    std::optional<Id> quotedProductId;
    std::optional<Money> quotedPrice;
    QString followUpOn; // YYYY-MM-DD or empty
    Money cost = 0;     // travel, gifts: counted in the customer's profitability
    QString createdAt;
    QString updatedAt;
};

namespace visit_values {
inline const QStringList kinds = {QStringLiteral("visit"),   QStringLiteral("call"),
                                  QStringLiteral("email"),   QStringLiteral("message"),
                                  QStringLiteral("meeting"), QStringLiteral("other")};
} // namespace visit_values

} // namespace clientele
