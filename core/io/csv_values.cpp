#include "csv_values.h"

#include "common/text_lists.h"
#include "csv_formula_guard.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace clientele {

namespace {

QString quoted(QStringView text) {
    return QLatin1Char('"') + text.toString() + QLatin1Char('"');
}

// How an amount written with a comma should have been written, when that is unambiguous.
QString commaAmountAdvice(QStringView text) {
    static const QRegularExpression european(QStringLiteral("^-?\\d{1,3}(\\.\\d{3})+(,\\d+)?$"));
    static const QRegularExpression decimalComma(QStringLiteral("^-?\\d+,(\\d{1,2}|\\d{4,})$"));
    // "1,234" alone could be either; with a decimal part or two separators it cannot.
    static const QRegularExpression thousands(
        QStringLiteral("^-?\\d{1,3}((,\\d{3})+\\.\\d+|(,\\d{3}){2,})$"));
    QString fixed;
    const QString s = text.toString();
    if (european.match(s).hasMatch() || decimalComma.match(s).hasMatch())
        fixed = QString(s).remove(u'.').replace(u',', u'.');
    else if (thousands.match(s).hasMatch())
        fixed = QString(s).remove(u',');
    if (!fixed.isEmpty())
        return QStringLiteral("%1 is not an amount: write %2 (a dot for decimals and no thousands "
                              "separator)")
            .arg(quoted(text), fixed);
    return QStringLiteral("%1 is not an amount: use a dot for decimals and no thousands "
                          "separator (1234.50)")
        .arg(quoted(text));
}

bool hasCurrencySymbol(QStringView text) {
    for (const QChar c : text)
        if (c.category() == QChar::Symbol_Currency || c == u'元')
            return true;
    return false;
}

QString dateAdvice(QStringView text) {
    static const QRegularExpression slashed(QStringLiteral("^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}$"));
    if (slashed.match(text.toString()).hasMatch())
        return QStringLiteral(" (for day/month/year dates give --date-format, e.g. %d/%m/%Y)");
    return {};
}

Result<DateTime> parseWithPattern(QStringView text, const QString& pattern) {
    auto parsed = parseDateWithPattern(text, pattern);
    // ISO dates are unambiguous, so they are read even when a format is given.
    if (!parsed && parseIsoDateTime(text))
        return parseIsoDateTime(text);
    return parsed;
}

} // namespace

QString parseTextCell(const QString& cell) {
    return unguardFormula(cell);
}

Result<QString> parseKeyCell(const QString& cell) {
    const QString key = unguardFormula(cell);
    if (key.isEmpty())
        return Error::invalid(QStringLiteral("empty key"));
    if (key.front().isSpace() || key.back().isSpace())
        return Error::invalid(
            QStringLiteral("%1 has %2 spaces; a key must be written exactly, "
                           "without spaces around it")
                .arg(quoted(key), key.front().isSpace() ? u"leading" : u"trailing"));
    return key;
}

Result<Money> parseMoneyCell(QStringView cell, int minorDigits, Sign sign) {
    const QStringView text = cell.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("empty amount"));
    auto amount = parseMoney(text, minorDigits, sign);
    if (amount)
        return amount;
    if (text.contains(u','))
        return Error::invalid(commaAmountAdvice(text));
    if (hasCurrencySymbol(text))
        return Error::invalid(
            QStringLiteral("%1: write the amount without a currency symbol").arg(quoted(text)));
    return amount;
}

Result<DayNumber> parseDateCell(QStringView cell, const QString& pattern) {
    const QStringView text = cell.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("empty date"));
    if (!pattern.isEmpty()) {
        auto parsed = parseWithPattern(text, pattern);
        if (!parsed)
            return parsed.error();
        return parsed->day;
    }
    auto day = parseIsoDate(text);
    if (!day)
        return Error::invalid(day.error().message + dateAdvice(text));
    return day;
}

Result<DateTime> parseDateTimeCell(QStringView cell, const QString& pattern) {
    const QStringView text = cell.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("empty date"));
    if (!pattern.isEmpty())
        return parseWithPattern(text, pattern);
    auto value = parseIsoDateTime(text);
    if (value)
        return value;
    // For a date part of the right shape, its own refusal is the precise one ("no month 13").
    const bool dateShaped = text.size() >= 10 && text[4] == u'-' && text[7] == u'-';
    auto day = parseIsoDate(text.first(std::min<qsizetype>(10, text.size())));
    if (dateShaped && !day)
        return day.error();
    return Error::invalid(value.error().message + dateAdvice(text));
}

Result<bool> parseBoolCell(QStringView cell) {
    const QStringView text = cell.trimmed();
    for (const char16_t* yes : {u"true", u"yes", u"1"})
        if (text.compare(QStringView(yes), Qt::CaseInsensitive) == 0)
            return true;
    for (const char16_t* no : {u"false", u"no", u"0"})
        if (text.compare(QStringView(no), Qt::CaseInsensitive) == 0)
            return false;
    return Error::invalid(
        QStringLiteral("%1 is not a yes/no value (write true/false, yes/no or 1/0)")
            .arg(quoted(text)));
}

Result<std::int64_t> parseIntegerCell(QStringView cell, std::int64_t min, std::int64_t max) {
    const QStringView text = cell.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("empty number"));
    const bool negative = text.front() == u'-';
    const qsizetype first = negative || text.front() == u'+' ? 1 : 0;
    std::int64_t magnitude = 0;
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9' || i == 18 + first)
            return Error::invalid(QStringLiteral("%1 is not a whole number").arg(quoted(text)));
        magnitude = magnitude * 10 + (c - u'0');
    }
    if (first == text.size())
        return Error::invalid(QStringLiteral("%1 is not a whole number").arg(quoted(text)));
    const std::int64_t value = negative ? -magnitude : magnitude;
    if (value < 0 && min >= 0)
        return Error::invalid(
            QStringLiteral("%1: a negative number is not allowed here").arg(quoted(text)));
    if (value < min)
        return Error::invalid(QStringLiteral("%1 is less than %2").arg(quoted(text)).arg(min));
    if (value > max)
        return Error::invalid(QStringLiteral("%1 is more than %2").arg(quoted(text)).arg(max));
    return value;
}

Result<double> parseRatioCell(QStringView cell) {
    QStringView text = cell.trimmed();
    const bool percent = text.endsWith(u'%');
    if (percent)
        text = text.chopped(1).trimmed();
    bool ok = false;
    double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value)) {
        if (text.contains(u','))
            return Error::invalid(QStringLiteral("%1 is not a number: use a dot for decimals")
                                      .arg(quoted(cell.trimmed())));
        return Error::invalid(
            QStringLiteral("%1 is not a ratio (write 0.35 or 35%)").arg(quoted(cell.trimmed())));
    }
    if (percent)
        value /= 100.0;
    if (value < 0.0 || value > 1.0)
        return Error::invalid(QStringLiteral("%1 is not between 0 and 1 (write 0.35 or 35%)")
                                  .arg(quoted(cell.trimmed())));
    return value;
}

QStringList parseListCell(const QString& cell) {
    return splitList(unguardFormula(cell));
}

Result<QString> parseChoiceCell(QStringView cell, const QStringList& allowed) {
    const QStringView text = cell.trimmed();
    for (const QString& choice : allowed)
        if (text.compare(choice, Qt::CaseInsensitive) == 0)
            return choice;
    return Error::invalid(QStringLiteral("%1 is not one of: %2")
                              .arg(quoted(text), allowed.join(QStringLiteral(", "))));
}

QString formatBoolCell(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString formatRatioCell(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace clientele
