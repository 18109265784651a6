#include "recurrence.h"

#include <QRegularExpression>

#include <algorithm>

namespace clientele {

namespace {

constexpr int kMaxEvery = 9999;

struct UnitName {
    Recurrence::Unit unit;
    const char* plural;
    const char* alias;
};

const UnitName kUnits[] = {
    {Recurrence::Unit::Days, "days", "daily"},
    {Recurrence::Unit::Weeks, "weeks", "weekly"},
    {Recurrence::Unit::Months, "months", "monthly"},
    {Recurrence::Unit::Years, "years", "yearly"},
};

Error notARule(const QString& text) {
    return Error::invalid(QStringLiteral("\"%1\" is not a repeat rule: use every N days, weeks, "
                                         "months or years, or daily, weekly, monthly, yearly")
                              .arg(text));
}

DayNumber addMonths(DayNumber day, int months) {
    const Ymd d = civilDate(day);
    const int index = d.year * 12 + (d.month - 1) + months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    return dayNumber({year, month, std::min(d.day, daysInMonth(year, month))});
}

} // namespace

Result<Recurrence> parseRecurrence(const QString& text) {
    const QString plain = text.simplified().toLower();
    if (plain.isEmpty())
        return Recurrence{};
    for (const UnitName& u : kUnits)
        if (plain == QLatin1String(u.alias))
            return Recurrence{1, u.unit};
    static const QRegularExpression rule(
        QStringLiteral("^every(?: (\\d+))? (day|week|month|year)s?$"));
    const QRegularExpressionMatch m = rule.match(plain);
    if (!m.hasMatch())
        return notARule(text);
    int every = 1;
    if (m.hasCaptured(1)) {
        const QString digits = m.captured(1);
        bool ok = false;
        every = digits.size() <= 4 ? digits.toInt(&ok) : 0;
        if (!ok || every < 1 || every > kMaxEvery)
            return Error::invalid(QStringLiteral("\"%1\": the count must be between 1 and %2")
                                      .arg(text)
                                      .arg(kMaxEvery));
    }
    const QString unit = m.captured(2) + u's';
    for (const UnitName& u : kUnits)
        if (unit == QLatin1String(u.plural))
            return Recurrence{every, u.unit};
    return notARule(text);
}

QString formatRecurrence(const Recurrence& r) {
    if (r.isOnce())
        return {};
    for (const UnitName& u : kUnits)
        if (u.unit == r.unit)
            return QStringLiteral("every %1 %2").arg(r.every).arg(QLatin1String(u.plural));
    return {};
}

Result<QString> normaliseRecurrence(const QString& text) {
    auto rule = parseRecurrence(text);
    if (!rule)
        return rule.error();
    return formatRecurrence(*rule);
}

DayNumber nextDate(DayNumber due, const Recurrence& r) {
    switch (r.unit) {
    case Recurrence::Unit::Days:
        return due + r.every;
    case Recurrence::Unit::Weeks:
        return due + 7 * r.every;
    case Recurrence::Unit::Months:
        return addMonths(due, r.every);
    case Recurrence::Unit::Years:
        return addMonths(due, 12 * r.every);
    }
    return due;
}

} // namespace clientele
