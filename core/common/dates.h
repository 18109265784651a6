#pragma once

#include "result.h"

#include <QString>
#include <QStringView>

namespace clientele {

// Day number: days since 1970-01-01 (proleptic Gregorian). Analyses work on these integers.
using DayNumber = int;

struct Ymd {
    int year = 1970;
    int month = 1;
    int day = 1;
    friend bool operator==(const Ymd&, const Ymd&) = default;
};

DayNumber dayNumber(Ymd date);
Ymd civilDate(DayNumber day);
bool isValidDate(Ymd date);
int daysInMonth(int year, int month);
int weekday(DayNumber day); // 0 = Monday ... 6 = Sunday

// Months since year 0: a single integer per calendar month, handy for cohorts and series.
inline int monthIndex(Ymd d) {
    return d.year * 12 + (d.month - 1);
}
inline int monthIndex(DayNumber day) {
    return monthIndex(civilDate(day));
}
QString monthLabel(int monthIndex); // "2024-03"

// Strict ISO date "YYYY-MM-DD". Names the problem ("month 13", "31 February 2024").
Result<DayNumber> parseIsoDate(QStringView text);
QString formatIsoDate(DayNumber day);
// Reads the leading "YYYY-MM-DD" of a trusted stored date or date-time (no validation beyond
// shape).
DayNumber dayOfStoredDate(QStringView stored);

struct DateTime {
    DayNumber day = 0;
    int secondOfDay = 0;
    bool hasTime = false;
};

// Accepts "YYYY-MM-DD", "YYYY-MM-DD HH:MM[:SS]", "YYYY-MM-DDTHH:MM[:SS][Z|+HH:MM]". An offset is
// converted to local time, as stored date-times are local.
Result<DateTime> parseIsoDateTime(QStringView text);
// "YYYY-MM-DD HH:MM:SS", or "YYYY-MM-DD" when the value has no time.
QString formatStoredDateTime(const DateTime& value);

// A strftime-like pattern for foreign files: %Y %y %m %d %H %M %S %b (month abbreviation) and
// literal characters. "%d/%m/%Y" reads "31/01/2024".
Result<DateTime> parseDateWithPattern(QStringView text, QStringView pattern);

} // namespace clientele
