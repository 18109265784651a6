#include "order_labels.h"

#include <QCoreApplication>

namespace clientele {

namespace {
struct OrderLabels {
    Q_DECLARE_TR_FUNCTIONS(OrderLabels)
};
} // namespace

QString orderStatusLabel(const QString& status) {
    if (status == QLatin1String("quote"))
        return OrderLabels::tr("Quote");
    if (status == QLatin1String("confirmed"))
        return OrderLabels::tr("Confirmed");
    if (status == QLatin1String("delivered"))
        return OrderLabels::tr("Delivered");
    if (status == QLatin1String("paid"))
        return OrderLabels::tr("Paid");
    if (status == QLatin1String("cancelled"))
        return OrderLabels::tr("Cancelled");
    if (status == QLatin1String("returned"))
        return OrderLabels::tr("Returned");
    return status;
}

} // namespace clientele
