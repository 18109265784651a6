// Birthdays of the coming week. Gregorian ones match on month and day (29 February is kept on
// the 28th in other years). Lunar ones are celebrated on the lunar month and day of the date of
// birth: a 30th falls on the 29th of a 29-day month, and someone born in a leap month celebrates
// in the ordinary month of that number, so nobody's birthday falls in a leap month.
#include "agenda.h"
#include "chinese_calendar.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

#include <QHash>

#include <algorithm>

namespace clientele {

namespace {

struct Born {
    AgendaCustomer customer;
    QString birthday;
    DayNumber day = 0;
};

// Gregorian "MM-DD" of birth -> the window day it is celebrated on.
QHash<QString, DayNumber> gregorianKeys(DayNumber today) {
    QHash<QString, DayNumber> keys;
    for (DayNumber d = today; d < today + agenda_limits::birthdayDays; ++d) {
        const Ymd ymd = civilDate(d);
        keys.insert(formatIsoDate(d).mid(5), d);
        if (ymd.month == 2 && ymd.day == 28 && daysInMonth(ymd.year, 2) == 28)
            keys.insert(QStringLiteral("02-29"), d);
    }
    return keys;
}

struct LunarDay {
    int month;
    int day;
    DayNumber celebrated;
    int lunarYear;
};

std::vector<LunarDay> lunarKeys(const ChineseCalendar& cal, DayNumber today) {
    std::vector<LunarDay> keys;
    for (DayNumber d = today; d < today + agenda_limits::birthdayDays; ++d) {
        const auto l = cal.toLunar(d);
        if (!l || l->leap)
            continue;
        keys.push_back({l->month, l->day, d, l->year});
        if (l->day == 29 && cal.monthLength(l->year, l->month, false) == 29)
            keys.push_back({l->month, 30, d, l->year});
    }
    return keys;
}

// Every Gregorian date of birth from firstYear on whose lunar month and day is celebrated in
// the window, with the day it is celebrated and the age turned. Ten dozen years of a few keys:
// a few thousand conversions, instead of one per customer.
struct Celebration {
    DayNumber day;
    int turns;
};

QHash<DayNumber, Celebration> lunarBirthDates(const ChineseCalendar& cal, DayNumber today,
                                              int firstYear) {
    QHash<DayNumber, Celebration> dates;
    const std::vector<LunarDay> keys = lunarKeys(cal, today);
    for (const LunarDay& k : keys)
        for (int year = firstYear - 1; year < k.lunarYear; ++year)
            for (const bool leap : {false, true})
                if (const auto born = cal.toGregorian({year, k.month, k.day, leap}))
                    dates.insert(*born, {k.celebrated, k.lunarYear - year});
    return dates;
}

std::vector<Born> readBorn(Database& db, bool lunar) {
    sql::Statement q = db.prepare("SELECT id, ref, name, birthday FROM customer "
                                  "WHERE birthday IS NOT NULL AND birthday_lunar = ?");
    q.bind(1, lunar);
    std::vector<Born> out;
    while (q.step())
        out.push_back({{q.int64(0), q.text(1), q.text(2)}, q.text(3), 0});
    return out;
}

void addGregorian(Database& db, DayNumber today, std::vector<AgendaBirthday>& out) {
    const QHash<QString, DayNumber> keys = gregorianKeys(today);
    for (Born& b : readBorn(db, false)) {
        const auto it = keys.constFind(b.birthday.mid(5, 5));
        if (it == keys.constEnd())
            continue;
        const int turns = civilDate(*it).year - civilDate(dayOfStoredDate(b.birthday)).year;
        out.push_back({std::move(b.customer), *it, turns, false, b.birthday});
    }
}

void addLunar(Database& db, DayNumber today, std::vector<AgendaBirthday>& out) {
    std::vector<Born> born = readBorn(db, true);
    if (born.empty())
        return;
    int firstYear = civilDate(today).year;
    for (Born& b : born) {
        b.day = dayOfStoredDate(b.birthday);
        firstYear = std::min(firstYear, civilDate(b.day).year);
    }
    const ChineseCalendar cal;
    const QHash<DayNumber, Celebration> dates = lunarBirthDates(cal, today, firstYear);
    for (Born& b : born)
        if (const auto it = dates.constFind(b.day); it != dates.constEnd())
            out.push_back({std::move(b.customer), it->day, it->turns, true, b.birthday});
}

} // namespace

Result<std::vector<AgendaBirthday>> readBirthdays(Database& db, DayNumber today) {
    try {
        std::vector<AgendaBirthday> out;
        addGregorian(db, today, out);
        addLunar(db, today, out);
        std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
            return a.day != b.day ? a.day < b.day : a.customer.name < b.customer.name;
        });
        return out;
    } catch (...) {
        return describeException(QStringLiteral("listing birthdays"));
    }
}

} // namespace clientele
