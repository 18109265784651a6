#pragma once

#include "money.h"

#include <QLocale>
#include <QString>

namespace clientele {

struct ShopSettings;

// Money for display: the exact decimal of the minor units, grouped by the UI locale and placed
// around the shop currency's symbol the way the locale places its own (never through a double).
QString formatCurrency(Money minor, const ShopSettings& shop, const QLocale& locale = {});
// The symbol for an ISO 4217 code ("CNY" -> "¥"), found among Qt's locales; the code itself when
// no locale uses it.
QString currencySymbol(const QString& isoCode);

} // namespace clientele
