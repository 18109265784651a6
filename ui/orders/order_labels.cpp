#include "order_labels.h"

#include <QCoreApplication>

namespace clientele {

QString orderStatusLabel(const QString& status) {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("OrderLabels", text);
    };
    if (status == QLatin1String("quote"))
        return tr("Quote");
    if (status == QLatin1String("confirmed"))
        return tr("Confirmed");
    if (status == QLatin1String("delivered"))
        return tr("Delivered");
    if (status == QLatin1String("paid"))
        return tr("Paid");
    if (status == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (status == QLatin1String("returned"))
        return tr("Returned");
    return status;
}

} // namespace clientele
