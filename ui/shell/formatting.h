#pragma once

#include "common/money.h"

#include <QLocale>
#include <QString>

namespace clientele {

struct ShopSettings;

// Money for display: the exact decimal of the minor units, grouped by the UI locale and placed
// around the shop currency's symbol the way the locale places its own (never through a double).
QString formatCurrency(Money minor, const ShopSettings& shop, const QLocale& locale = {});
// part / whole as a percentage to one decimal, rounded half away from zero in integers
// ("44.0%"); empty when whole is not positive. For margins: profit of revenue.
QString formatShare(Money part, Money whole, const QLocale& locale = {});
// The symbol for an ISO 4217 code ("CNY" -> "¥"), found among Qt's locales; the code itself when
// no locale uses it.
QString currencySymbol(const QString& isoCode);
// "2024-06-15" in the locale's short date format; text that is not a date comes back unchanged.
QString displayDate(const QString& iso, const QLocale& locale = {});
// "2024-06-15 10:30:00" as the locale's short date and time.
QString displayDateTime(const QString& iso, const QLocale& locale = {});

} // namespace clientele
