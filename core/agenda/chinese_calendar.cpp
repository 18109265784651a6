#include "chinese_calendar.h"

#include <cmath>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

namespace clientele {

namespace {

// ICU counts Chinese years from 2637 BCE; the lunar year that starts in Gregorian year Y is its
// extended year Y + 2637.
constexpr int kEraOffset = 2637;
constexpr double kMsPerDay = 86400000.0;

} // namespace

struct ChineseCalendar::Impl {
    std::unique_ptr<icu::Calendar> calendar;
};

ChineseCalendar::ChineseCalendar() {
    UErrorCode status = U_ZERO_ERROR;
    // A GMT calendar with noon instants maps each day number to exactly one calendar day; ICU
    // still places the new moons in China's time zone, as the almanacs do.
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("zh_CN@calendar=chinese"), status));
    if (U_FAILURE(status) || !calendar)
        return;
    m_impl = std::make_unique<Impl>();
    m_impl->calendar = std::move(calendar);
}

ChineseCalendar::~ChineseCalendar() = default;

std::optional<LunarDate> ChineseCalendar::toLunar(DayNumber day) const {
    if (!m_impl)
        return std::nullopt;
    icu::Calendar& c = *m_impl->calendar;
    UErrorCode status = U_ZERO_ERROR;
    c.setTime(day * kMsPerDay + kMsPerDay / 2, status);
    LunarDate d;
    d.year = c.get(UCAL_EXTENDED_YEAR, status) - kEraOffset;
    d.month = c.get(UCAL_MONTH, status) + 1;
    d.day = c.get(UCAL_DATE, status);
    d.leap = c.get(UCAL_IS_LEAP_MONTH, status) != 0;
    if (U_FAILURE(status))
        return std::nullopt;
    return d;
}

std::optional<DayNumber> ChineseCalendar::toGregorian(const LunarDate& date) const {
    if (!m_impl || date.month < 1 || date.month > 12 || date.day < 1 || date.day > 30)
        return std::nullopt;
    icu::Calendar& c = *m_impl->calendar;
    UErrorCode status = U_ZERO_ERROR;
    c.clear();
    c.set(UCAL_EXTENDED_YEAR, date.year + kEraOffset);
    c.set(UCAL_MONTH, date.month - 1);
    c.set(UCAL_IS_LEAP_MONTH, date.leap ? 1 : 0);
    c.set(UCAL_DATE, date.day);
    c.set(UCAL_HOUR_OF_DAY, 12);
    const UDate at = c.getTime(status);
    if (U_FAILURE(status))
        return std::nullopt;
    const auto day = static_cast<DayNumber>(std::floor(at / kMsPerDay));
    // ICU is lenient and rolls a missing day or leap month over into the next one: only a day
    // that converts back to the same lunar date exists.
    if (toLunar(day) != std::optional<LunarDate>(date))
        return std::nullopt;
    return day;
}

int ChineseCalendar::monthLength(int year, int month, bool leap) const {
    if (toGregorian({year, month, 30, leap}))
        return 30;
    return toGregorian({year, month, 29, leap}) ? 29 : 0;
}

} // namespace clientele
