#include "ticket_labels.h"

#include <QCoreApplication>

namespace clientele {

namespace {

struct TicketLabels {
    Q_DECLARE_TR_FUNCTIONS(TicketLabels)
};

} // namespace

QString ticketStatusLabel(const QString& status) {
    if (status == QLatin1String("open"))
        return TicketLabels::tr("Open");
    if (status == QLatin1String("in_progress"))
        return TicketLabels::tr("In progress");
    if (status == QLatin1String("resolved"))
        return TicketLabels::tr("Resolved");
    if (status == QLatin1String("closed"))
        return TicketLabels::tr("Closed");
    return status;
}

QString ticketSeverityLabel(const QString& severity) {
    if (severity == QLatin1String("low"))
        return TicketLabels::tr("Low");
    if (severity == QLatin1String("normal"))
        return TicketLabels::tr("Normal");
    if (severity == QLatin1String("high"))
        return TicketLabels::tr("High");
    if (severity == QLatin1String("critical"))
        return TicketLabels::tr("Critical");
    return severity;
}

// Singular and plural spelled out: no English translation file fills in "%n day(s)".
QString ticketAgeLabel(int days) {
    if (days <= 0)
        return TicketLabels::tr("today");
    return days == 1 ? TicketLabels::tr("1 day") : TicketLabels::tr("%1 days").arg(days);
}

} // namespace clientele
