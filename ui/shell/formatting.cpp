#include "formatting.h"

#include <QDate>
#include <QDateTime>

#include <cstdlib>

namespace clientele {

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
