#include "report.h"

#include <QLocale>

namespace clientele::analysis {

QJsonObject reportHeader(const QString& analysis, const Facts& facts, const Window& window) {
    return QJsonObject{{QStringLiteral("analysis"), analysis},
                       {QStringLiteral("as_of"), formatIsoDate(window.asOf)},
                       {QStringLiteral("from"), formatIsoDate(window.from)},
                       {QStringLiteral("to"), formatIsoDate(window.to)},
                       {QStringLiteral("currency"), facts.currency}};
}

QJsonValue moneyJson(Money minor, int minorDigits) {
    double scale = 1;
    for (int i = 0; i < minorDigits; ++i)
        scale *= 10;
    return QJsonValue(static_cast<double>(minor) / scale);
}

QJsonValue optionalJson(const std::optional<double>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dayJson(DayNumber day) {
    return day == kNoDay ? QJsonValue(QJsonValue::Null) : QJsonValue(formatIsoDate(day));
}

std::optional<double> ratio(double numerator, double denominator) {
    if (denominator == 0)
        return std::nullopt;
    return numerator / denominator;
}

QString moneyCell(Money minor, int minorDigits) {
    return formatMoneyFixed(minor, minorDigits);
}

QString percentText(const std::optional<double>& share) {
    return share ? QString::number(*share * 100, 'f', 1) + u'%' : QStringLiteral("-");
}

QString ratioText(const std::optional<double>& value) {
    return value ? QString::number(*value, 'f', 2) : QStringLiteral("-");
}

QString optionalCell(const std::optional<double>& value) {
    return value ? QString::number(*value, 'g', QLocale::FloatingPointShortest) : QString();
}

} // namespace clientele::analysis
