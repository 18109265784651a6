#pragma once

#include "common/dates.h"

#include <memory>
#include <optional>

namespace clientele {

// A day of the Chinese lunisolar calendar. year is the Gregorian year in which that lunar year
// begins (its Spring Festival), which is how people name it ("the lunar year of 2024").
struct LunarDate {
    int year = 0;
    int month = 1; // 1..12
    int day = 1;   // 1..30
    bool leap = false;
    friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

// Conversions through ICU's Chinese calendar, which computes the months astronomically for the
// China time zone as the published almanacs do. An instance is not shared between threads.
class ChineseCalendar {
public:
    ChineseCalendar();
    ~ChineseCalendar();
    ChineseCalendar(const ChineseCalendar&) = delete;
    ChineseCalendar& operator=(const ChineseCalendar&) = delete;

    bool isValid() const { return m_impl != nullptr; }
    std::optional<LunarDate> toLunar(DayNumber day) const;
    // nullopt when the year has no such (leap) month or the month has no such day.
    std::optional<DayNumber> toGregorian(const LunarDate& date) const;
    // 29 or 30; 0 when the year has no such month.
    int monthLength(int year, int month, bool leap) const;

private:
    struct Impl; // ICU stays private to core
    std::unique_ptr<Impl> m_impl;
};

} // namespace clientele
