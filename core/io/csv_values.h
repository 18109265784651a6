#pragma once

#include "common/dates.h"
#include "common/money.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace clientele {

// Cell parsers for imports. Each refusal says why in words that read well after
// "FILE:LINE: column NAME: ". They refuse an empty cell: an importer checks isEmpty() first for
// optional columns and applies the default. Numbers, dates, booleans and choices may have spaces
// around them (nothing can be meant by those); text and keys are taken as written.

// Text: the cell as written, less the quote that export put before = + - @ tab or CR.
QString parseTextCell(const QString& cell);
// A key (ref, sku, order number, code): refused when empty or when it has leading or trailing
// spaces, because trimming it silently could join a row to the wrong record.
Result<QString> parseKeyCell(const QString& cell);
// Money with a dot and at most minorDigits decimals. Comma decimals and thousands separators are
// refused with the amount as it should be written ("1.234,50" -> "write 1234.50").
Result<Money> parseMoneyCell(QStringView cell, int minorDigits, Sign sign = Sign::PositiveOnly);
// "YYYY-MM-DD", or the strftime-like pattern of --date-format when one is given.
Result<DayNumber> parseDateCell(QStringView cell, const QString& pattern = {});
// "YYYY-MM-DD[ HH:MM[:SS]]" or ISO 8601 with T and an offset, or the --date-format pattern.
Result<DateTime> parseDateTimeCell(QStringView cell, const QString& pattern = {});
// true/false, yes/no, 1/0 in any case.
Result<bool> parseBoolCell(QStringView cell);
// A whole number in [min, max].
Result<std::int64_t> parseIntegerCell(QStringView cell, std::int64_t min, std::int64_t max);
// A ratio in [0, 1], written 0.35 or 35%.
Result<double> parseRatioCell(QStringView cell);
// A ';'-separated list (tags, phones, emails): trimmed items, empties dropped.
QStringList parseListCell(const QString& cell);
// One of allowed (compared case-insensitively); returns the allowed spelling.
Result<QString> parseChoiceCell(QStringView cell, const QStringList& allowed);

// Export side, for the few types without a formatter in common/: money is formatMoneyFixed,
// dates formatIsoDate, date-times formatStoredDateTime, lists joinList.
QString formatBoolCell(bool value);    // "true" / "false"
QString formatRatioCell(double value); // shortest text that reads back as the same double

} // namespace clientele
