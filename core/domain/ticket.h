#pragma once

#include "common/ids.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

// A complaint or an after-sales request.
struct Ticket {
    Id id = 0;
    Id customerId = 0;
    QString openedAt; // date-time
    QString subject;
    std::optional<Id> orderId; // the order it is about, one of the customer's
    QString category;
    QString severity = QStringLiteral("normal");
    QString status = QStringLiteral("open");
    QString resolution;
    QString resolvedAt;              // date-time; set when the ticket is resolved
    std::optional<int> satisfaction; // 1..5, once resolved or closed
    QString notes;
    QString createdAt;
    QString updatedAt;
};

namespace ticket_values {
inline const QStringList severities = {QStringLiteral("low"), QStringLiteral("normal"),
                                       QStringLiteral("high"), QStringLiteral("critical")};
inline const QStringList statuses = {QStringLiteral("open"), QStringLiteral("in_progress"),
                                     QStringLiteral("resolved"), QStringLiteral("closed")};
inline bool isFinished(const QString& status) {
    return status == QLatin1String("resolved") || status == QLatin1String("closed");
}
// The workflow: open -> in_progress -> resolved -> closed; resolved or closed may reopen.
bool canMove(const QString& from, const QString& to);
} // namespace ticket_values

} // namespace clientele
