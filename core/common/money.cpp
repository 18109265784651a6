#include "money.h"

#include <array>

namespace clientele {

namespace {

constexpr std::array<std::int64_t, 5> kPow10 = {1, 10, 100, 1000, 10000};

} // namespace

Result<Money> parseMoney(QStringView text, int minorDigits, Sign sign) {
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("empty amount"));
    qsizetype i = 0;
    bool negative = false;
    if (text[0] == u'-') {
        if (sign == Sign::PositiveOnly)
            return Error::invalid(QStringLiteral("a negative amount is not allowed here"));
        negative = true;
        ++i;
    } else if (text[0] == u'+') {
        ++i;
    }
    std::int64_t whole = 0;
    qsizetype wholeDigits = 0;
    for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i, ++wholeDigits) {
        if (wholeDigits == 15) // keeps whole * 10^minorDigits far from int64 overflow
            return Error::invalid(QStringLiteral("amount too large: \"%1\"").arg(text));
        whole = whole * 10 + (text[i].unicode() - u'0');
    }
    std::int64_t fraction = 0;
    int fractionDigits = 0;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        for (; i < text.size() && text[i].isDigit() && text[i].unicode() < 128; ++i) {
            if (fractionDigits == minorDigits) {
                return Error::invalid(QStringLiteral("more than %1 decimal digits in \"%2\"")
                                          .arg(minorDigits)
                                          .arg(text));
            }
            fraction = fraction * 10 + (text[i].unicode() - u'0');
            ++fractionDigits;
        }
        if (fractionDigits == 0)
            return Error::invalid(
                QStringLiteral("no digits after the decimal point in \"%1\"").arg(text));
    }
    if (i != text.size() || wholeDigits == 0) {
        if (text.contains(u','))
            return Error::invalid(
                QStringLiteral("\"%1\" is not an amount: use a dot for decimals and no thousands "
                               "separator (12.50)")
                    .arg(text));
        return Error::invalid(QStringLiteral("\"%1\" is not an amount").arg(text));
    }
    const std::int64_t scale = kPow10[static_cast<std::size_t>(minorDigits)];
    Money minor =
        whole * scale + fraction * kPow10[static_cast<std::size_t>(minorDigits - fractionDigits)];
    return negative ? -minor : minor;
}

QString formatMoneyFixed(Money minor, int minorDigits) {
    const bool negative = minor < 0;
    // Work in unsigned to survive INT64_MIN.
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(minor) : static_cast<std::uint64_t>(minor);
    const auto scale = static_cast<std::uint64_t>(kPow10[static_cast<std::size_t>(minorDigits)]);
    QString out;
    if (negative)
        out += u'-';
    out += QString::number(magnitude / scale);
    if (minorDigits > 0) {
        out += u'.';
        out += QString::number(magnitude % scale).rightJustified(minorDigits, u'0');
    }
    return out;
}

QString formatMoneyShort(Money minor, int minorDigits) {
    QString fixed = formatMoneyFixed(minor, minorDigits);
    if (minorDigits == 0)
        return fixed;
    while (fixed.endsWith(u'0'))
        fixed.chop(1);
    if (fixed.endsWith(u'.'))
        fixed.chop(1);
    return fixed;
}

int minorDigitsForCurrency(QStringView code) {
    static const char* const zero[] = {"JPY", "KRW", "VND", "ISK", "CLP",
                                       "PYG", "UGX", "XAF", "XOF"};
    static const char* const three[] = {"BHD", "KWD", "OMR", "JOD", "TND", "IQD", "LYD"};
    for (const char* c : zero)
        if (code.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
            return 0;
    for (const char* c : three)
        if (code.compare(QLatin1String(c), Qt::CaseInsensitive) == 0)
            return 3;
    return 2;
}

} // namespace clientele
