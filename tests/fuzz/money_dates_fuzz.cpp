// Feeds arbitrary text to the money, date and cell parsers. Besides the sanitizers' checks it
// asserts that whatever is accepted formats back to a value that parses to the same thing, and
// that accepted values are in range.
//
// Input: the first byte chooses the number of minor digits (0-3); the rest, split at the first
// byte 0x01, is a date pattern and a value (or only a value when there is no 0x01).
#include "common/dates.h"
#include "common/money.h"
#include "io/csv_values.h"

#include <cstdint>
#include <cstdlib>

using namespace clientele;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

void checkMoney(const QString& text, int minorDigits) {
    for (const Sign sign : {Sign::PositiveOnly, Sign::AllowNegative}) {
        const auto amount = parseMoney(text, minorDigits, sign);
        if (!amount)
            continue;
        require(sign == Sign::AllowNegative || *amount >= 0);
        const auto again =
            parseMoney(formatMoneyFixed(*amount, minorDigits), minorDigits, Sign::AllowNegative);
        require(again.ok() && *again == *amount);
        const auto cell = parseMoneyCell(text, minorDigits, sign);
        require(cell.ok() && *cell == *amount);
    }
    (void)parseMoneyCell(text, minorDigits);
}

void checkDates(const QString& text, const QString& pattern) {
    if (const auto day = parseIsoDate(text))
        require(formatIsoDate(*day) == text);
    if (const auto value = parseIsoDateTime(text)) {
        require(value->secondOfDay >= 0 && value->secondOfDay < 86400);
        const auto again = parseIsoDateTime(formatStoredDateTime(*value));
        require(again.ok() && again->day == value->day && again->secondOfDay == value->secondOfDay);
    }
    if (const auto value = parseDateWithPattern(text, pattern))
        require(isValidDate(civilDate(value->day)) && value->secondOfDay >= 0 &&
                value->secondOfDay < 86400);
    (void)parseDateCell(text, pattern);
    (void)parseDateTimeCell(text);
}

void checkCells(const QString& text) {
    if (const auto ratio = parseRatioCell(text))
        require(*ratio >= 0.0 && *ratio <= 1.0);
    if (const auto number = parseIntegerCell(text, -5, 1000))
        require(*number >= -5 && *number <= 1000);
    (void)parseBoolCell(text);
    (void)parseKeyCell(text);
    (void)parseListCell(text);
    (void)parseChoiceCell(text, {QStringLiteral("lead"), QStringLiteral("active")});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const int minorDigits = data[0] % 4;
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qsizetype split = rest.indexOf('\x01');
    const QString pattern = split < 0 ? QString() : QString::fromUtf8(rest.first(split));
    const QString text = QString::fromUtf8(split < 0 ? rest : rest.sliced(split + 1));
    checkMoney(text, minorDigits);
    checkDates(text, pattern);
    checkCells(text);
    return 0;
}
