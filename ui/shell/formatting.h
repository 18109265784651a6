#pragma once

#include "common/currency_text.h"
#include "common/money.h"

#include <QLocale>
#include <QString>

namespace clientele {

// part / whole as a percentage to one decimal, rounded half away from zero in integers
// ("44.0%"); empty when whole is not positive. For margins: profit of revenue.
QString formatShare(Money part, Money whole, const QLocale& locale = {});
// "2024-06-15" in the locale's short date format; text that is not a date comes back unchanged.
QString displayDate(const QString& iso, const QLocale& locale = {});
// "2024-06-15 10:30:00" as the locale's short date and time.
QString displayDateTime(const QString& iso, const QLocale& locale = {});

} // namespace clientele
