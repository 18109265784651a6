#include "ticket_labels.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TicketLabels", text);
}

} // namespace

QString ticketStatusLabel(const QString& status) {
    if (status == QLatin1String("open"))
        return tr("Open");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("resolved"))
        return tr("Resolved");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

QString ticketSeverityLabel(const QString& severity) {
    if (severity == QLatin1String("low"))
        return tr("Low");
    if (severity == QLatin1String("normal"))
        return tr("Normal");
    if (severity == QLatin1String("high"))
        return tr("High");
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    return severity;
}

// Singular and plural spelled out: no English translation file fills in "%n day(s)".
QString ticketAgeLabel(int days) {
    if (days <= 0)
        return tr("today");
    return days == 1 ? tr("1 day") : tr("%1 days").arg(days);
}

} // namespace clientele
