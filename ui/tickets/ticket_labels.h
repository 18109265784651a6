#pragma once

#include <QString>

namespace clientele {

QString ticketStatusLabel(const QString& status);
QString ticketSeverityLabel(const QString& severity);
// How long an unfinished ticket has been open ("today", "1 day", "12 days").
QString ticketAgeLabel(int days);

} // namespace clientele
