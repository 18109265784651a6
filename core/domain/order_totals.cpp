#include "order_totals.h"

namespace clientele {

QString order_values::countedStatusesSql() {
    QStringList quoted;
    for (const QString& s : countedStatuses)
        quoted << u'\'' + s + u'\'';
    return quoted.join(u',');
}

Money lineRevenue(const OrderLine& line) {
    return line.quantity * line.unitPrice - line.discount;
}

Money lineCost(const OrderLine& line) {
    return line.quantity * line.unitCost.value_or(0);
}

Money orderRevenue(const Order& order) {
    Money sum = 0;
    for (const OrderLine& line : order.lines)
        sum += lineRevenue(line);
    return sum;
}

Money orderCost(const Order& order) {
    Money sum = 0;
    for (const OrderLine& line : order.lines)
        sum += lineCost(line);
    return sum;
}

Money orderProfit(const Order& order) {
    return orderRevenue(order) - orderCost(order);
}

Money orderOutstanding(const Order& order) {
    if (!order_values::isCounted(order.status))
        return 0;
    return orderRevenue(order) - order.paidAmount;
}

} // namespace clientele
