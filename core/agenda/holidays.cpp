#include "holidays.h"

#include "chinese_calendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele {

namespace {

// chinese: the name a greeting in Chinese uses, whatever language the app is in.
struct Fixed {
    const char* key;
    const char* name;
    int month;
    int day;
    const char16_t* chinese;
};

const Fixed kLunar[] = {
    {"spring_festival", QT_TRANSLATE_NOOP("Holidays", "Spring Festival"), 1, 1, u"春节"},
    {"lantern_festival", QT_TRANSLATE_NOOP("Holidays", "Lantern Festival"), 1, 15, u"元宵节"},
    {"dragon_boat", QT_TRANSLATE_NOOP("Holidays", "Dragon Boat Festival"), 5, 5, u"端午节"},
    {"qixi", QT_TRANSLATE_NOOP("Holidays", "Qixi Festival"), 7, 7, u"七夕节"},
    {"mid_autumn", QT_TRANSLATE_NOOP("Holidays", "Mid-Autumn Festival"), 8, 15, u"中秋节"},
    {"double_ninth", QT_TRANSLATE_NOOP("Holidays", "Double Ninth Festival"), 9, 9, u"重阳节"},
};

// The day before the next Spring Festival (month and day unused).
const Fixed kNewYearsEve = {"new_years_eve",
                            QT_TRANSLATE_NOOP("Holidays", "Chinese New Year's Eve"), 0, 0, u"除夕"};

const Fixed kChineseGregorian[] = {
    {"new_year", QT_TRANSLATE_NOOP("Holidays", "New Year's Day"), 1, 1, u"元旦"},
    {"labour_day", QT_TRANSLATE_NOOP("Holidays", "Labour Day"), 5, 1, u"劳动节"},
    {"national_day", QT_TRANSLATE_NOOP("Holidays", "National Day"), 10, 1, u"国庆节"},
};

const Fixed kOtherGregorian[] = {
    {"new_year", QT_TRANSLATE_NOOP("Holidays", "New Year's Day"), 1, 1, u"元旦"},
    {"christmas", QT_TRANSLATE_NOOP("Holidays", "Christmas Day"), 12, 25, u"圣诞节"},
};

Holiday make(DayNumber day, const char* key, const char* name, bool lunar) {
    return {day, QLatin1String(key), QCoreApplication::translate("Holidays", name), lunar};
}

template <std::size_t N>
void addGregorian(std::vector<Holiday>& out, DayNumber from, DayNumber to, const Fixed (&list)[N]) {
    for (int year = civilDate(from).year; year <= civilDate(to).year; ++year)
        for (const Fixed& f : list)
            if (const DayNumber d = dayNumber({year, f.month, f.day}); d >= from && d <= to)
                out.push_back(make(d, f.key, f.name, false));
}

void addLunar(std::vector<Holiday>& out, DayNumber from, DayNumber to) {
    const ChineseCalendar calendar;
    // A lunar year starts late January to mid February, so the one before the range's first
    // Gregorian year can still reach into it (its Double Ninth never does, its New Year's Eve
    // is the day before the next Spring Festival).
    for (int year = civilDate(from).year - 1; year <= civilDate(to).year; ++year) {
        for (const Fixed& f : kLunar) {
            const auto d = calendar.toGregorian({year, f.month, f.day, false});
            if (d && *d >= from && *d <= to)
                out.push_back(make(*d, f.key, f.name, true));
        }
        if (const auto next = calendar.toGregorian({year + 1, 1, 1, false}))
            if (const DayNumber eve = *next - 1; eve >= from && eve <= to)
                out.push_back(make(eve, kNewYearsEve.key, kNewYearsEve.name, true));
    }
}

template <std::size_t N>
const Fixed* findIn(const QString& key, const Fixed (&list)[N]) {
    for (const Fixed& f : list)
        if (key == QLatin1String(f.key))
            return &f;
    return nullptr;
}

} // namespace

QString holidayNameIn(const QString& key, const QString& language) {
    const Fixed* f = key == QLatin1String(kNewYearsEve.key) ? &kNewYearsEve : findIn(key, kLunar);
    if (!f)
        f = findIn(key, kChineseGregorian);
    if (!f)
        f = findIn(key, kOtherGregorian);
    if (!f)
        return {};
    return language == QLatin1String("zh") ? QString::fromUtf16(f->chinese)
                                           : QString::fromLatin1(f->name);
}

std::vector<Holiday> holidaysBetween(DayNumber from, DayNumber to, const QString& locale) {
    std::vector<Holiday> out;
    if (locale.startsWith(QLatin1String("zh"))) {
        addLunar(out, from, to);
        addGregorian(out, from, to, kChineseGregorian);
    } else {
        addGregorian(out, from, to, kOtherGregorian);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Holiday& a, const Holiday& b) { return a.day < b.day; });
    return out;
}

} // namespace clientele
