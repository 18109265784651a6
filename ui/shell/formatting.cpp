#include "formatting.h"

#include "storage/shop_settings.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

#include <cstdlib>

namespace clientele {

namespace {

// The integer part grouped by the locale, then the fraction digits exactly.
QString decimalText(Money magnitude, int minorDigits, const QLocale& locale) {
    qint64 scale = 1;
    for (int i = 0; i < minorDigits; ++i)
        scale *= 10;
    QString text = locale.toString(static_cast<qlonglong>(magnitude / scale));
    if (minorDigits > 0)
        text += locale.decimalPoint() +
                QString::number(magnitude % scale).rightJustified(minorDigits, u'0');
    return text;
}

} // namespace

QString currencySymbol(const QString& isoCode) {
    static QHash<QString, QString> cache;
    if (auto it = cache.constFind(isoCode); it != cache.constEnd())
        return *it;
    QString symbol = isoCode;
    // The code's first two letters name its home territory (CN for CNY), whose usual locale has
    // the symbol people there write; otherwise any locale that uses the currency.
    const QLocale home(QLocale::AnyLanguage, QLocale::codeToTerritory(isoCode.left(2)));
    if (home.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
        symbol = home.currencySymbol(QLocale::CurrencySymbol);
    } else {
        const auto all = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                  QLocale::AnyTerritory);
        for (const QLocale& l : all) {
            if (l.currencySymbol(QLocale::CurrencyIsoCode) == isoCode) {
                symbol = l.currencySymbol(QLocale::CurrencySymbol);
                break;
            }
        }
    }
    cache.insert(isoCode, symbol);
    return symbol;
}

QString formatCurrency(Money minor, const ShopSettings& shop, const QLocale& locale) {
    const QString symbol = currencySymbol(shop.currency);
    // The locale's pattern, taken from formatting the number one: "¥1", "1 €", "-$1", "($1)".
    const QString pattern = locale.toCurrencyString(minor < 0 ? -1.0 : 1.0, symbol, 0);
    const Money magnitude = minor < 0 ? -minor : minor;
    const QString one = locale.toString(1);
    const qsizetype at = pattern.indexOf(one);
    if (at < 0)
        return (minor < 0 ? QStringLiteral("-") : QString()) + symbol +
               decimalText(magnitude, shop.minorDigits, locale);
    QString text = pattern;
    text.replace(at, one.size(), decimalText(magnitude, shop.minorDigits, locale));
    return text;
}

QString displayDate(const QString& iso, const QLocale& locale) {
    const QDate date = QDate::fromString(iso.left(10), Qt::ISODate);
    return date.isValid() ? locale.toString(date, QLocale::ShortFormat) : iso;
}

QString displayDateTime(const QString& iso, const QLocale& locale) {
    const QDateTime at = QDateTime::fromString(iso, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return at.isValid() ? locale.toString(at, QLocale::ShortFormat) : displayDate(iso, locale);
}

QString formatShare(Money part, Money whole, const QLocale& locale) {
    if (whole <= 0)
        return {};
    // Tenths of a percent, rounded: never through a double until the digits are decided.
    const qint64 doubled = part * 2000 / whole;
    const qint64 permille = doubled >= 0 ? (doubled + 1) / 2 : (doubled - 1) / 2;
    const QString digits = locale.toString(std::abs(permille) / 10) + locale.decimalPoint() +
                           QString::number(std::abs(permille) % 10);
    return (permille < 0 ? locale.negativeSign() : QString()) + digits + locale.percent();
}

} // namespace clientele
