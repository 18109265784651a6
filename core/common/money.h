#pragma once

#include "result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace clientele {

using Money = qint64; // minor units (cents, fen); never a floating-point amount

enum class Sign { PositiveOnly, AllowNegative };

// Parses a plain decimal with a dot ("12", "12.5", "-3.05") into minor units. Refuses a comma
// decimal, thousands separators, exponent notation and more fraction digits than the currency has,
// because guessing there is how amounts get silently scaled by 100.
Result<Money> parseMoney(QStringView text, int minorDigits, Sign sign = Sign::PositiveOnly);

// Exact decimal with all minor digits: 123450 with 2 digits -> "1234.50" (CSV, stable columns).
QString formatMoneyFixed(Money minor, int minorDigits);

// Exact decimal without trailing zeros: 123450 -> "1234.5" (JSON numbers).
QString formatMoneyShort(Money minor, int minorDigits);

// Currency code -> number of minor digits (ISO 4217 for the common ones; 2 otherwise).
int minorDigitsForCurrency(QStringView code);

} // namespace clientele
