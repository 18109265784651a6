#include "currency_text.h"

#include "storage/shop_settings.h"

#include <QHash>
#include <QMutex>

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
    // Looking through every locale is slow, so each code is looked up once; worker threads
    // format money too.
    static QMutex mutex;
    static QHash<QString, QString> cache;
    const QMutexLocker lock(&mutex);
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

} // namespace clientele
