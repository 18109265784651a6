#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clientele {

// One line of an order. Price and cost are those of the day of the sale: they are captured when
// the order is created and never follow later catalogue changes.
struct OrderLine {
    Id id = 0;
    int lineNo = 0; // assigned 1..n from the position in Order::lines when saved
    Id productId = 0;
    qint64 quantity = 0;
    Money unitPrice = 0;
    std::optional<Money> unitCost; // empty: the product's current cost when the order is saved
    Money discount = 0;            // on the whole line, at most quantity * unitPrice
    // Filled by reads for display; ignored by writes.
    QString productSku;
    QString productName;
};

struct Order {
    Id id = 0;
    QString number;
    QString orderedAt;            // date-time
    std::optional<Id> customerId; // empty only once the customer's personal data was erased
    QString channel;
    QString location;
    QString salesperson;
    QString status = QStringLiteral("confirmed");
    std::optional<Id> campaignId;
    QString dueDate; // YYYY-MM-DD or empty
    Money paidAmount = 0;
    QString paidAt; // date-time or empty
    QString notes;
    QString createdAt;
    QString updatedAt;
    std::vector<OrderLine> lines;
};

namespace order_values {
inline const QStringList statuses = {QStringLiteral("quote"),     QStringLiteral("confirmed"),
                                     QStringLiteral("delivered"), QStringLiteral("paid"),
                                     QStringLiteral("cancelled"), QStringLiteral("returned")};
// The statuses whose orders are sales: every figure of revenue, profit and debt counts only these.
inline const QStringList countedStatuses = {QStringLiteral("confirmed"),
                                            QStringLiteral("delivered"), QStringLiteral("paid")};
inline bool isCounted(const QString& status) {
    return countedStatuses.contains(status);
}
// "'confirmed','delivered','paid'" for an SQL IN (...) list.
QString countedStatusesSql();
} // namespace order_values

} // namespace clientele
