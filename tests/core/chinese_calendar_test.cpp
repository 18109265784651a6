#include "agenda/chinese_calendar.h"
#include "agenda/holidays.h"
#include "qt_catch_strings.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

DayNumber day(int y, int m, int d) {
    return dayNumber({y, m, d});
}

// The day of a holiday key in the list, or -1.
DayNumber find(const std::vector<Holiday>& list, const char* key) {
    for (const Holiday& h : list)
        if (h.key == QLatin1String(key))
            return h.day;
    return -1;
}

} // namespace

// Published dates of the festivals (the State Council's holiday notices and the almanacs).
TEST_CASE("Spring Festival is the first day of the first lunar month", "[agenda][lunar]") {
    const ChineseCalendar cal;
    REQUIRE(cal.isValid());
    CHECK(cal.toLunar(day(2024, 2, 10)) == std::optional<LunarDate>({2024, 1, 1, false}));
    CHECK(cal.toLunar(day(2025, 1, 29)) == std::optional<LunarDate>({2025, 1, 1, false}));
    CHECK(cal.toLunar(day(2026, 2, 17)) == std::optional<LunarDate>({2026, 1, 1, false}));
    CHECK(cal.toGregorian({2024, 1, 1, false}) == std::optional<DayNumber>(day(2024, 2, 10)));
    CHECK(cal.toGregorian({2025, 1, 1, false}) == std::optional<DayNumber>(day(2025, 1, 29)));
    CHECK(cal.toGregorian({2026, 1, 1, false}) == std::optional<DayNumber>(day(2026, 2, 17)));
}

TEST_CASE("Mid-Autumn and Dragon Boat fall on their published days", "[agenda][lunar]") {
    const ChineseCalendar cal;
    CHECK(cal.toGregorian({2024, 8, 15, false}) == std::optional<DayNumber>(day(2024, 9, 17)));
    CHECK(cal.toGregorian({2025, 8, 15, false}) == std::optional<DayNumber>(day(2025, 10, 6)));
    CHECK(cal.toGregorian({2024, 5, 5, false}) == std::optional<DayNumber>(day(2024, 6, 10)));
    CHECK(cal.toGregorian({2025, 5, 5, false}) == std::optional<DayNumber>(day(2025, 5, 31)));
    CHECK(cal.toLunar(day(2024, 9, 17)) == std::optional<LunarDate>({2024, 8, 15, false}));
}

TEST_CASE("leap months and short months are told apart", "[agenda][lunar]") {
    const ChineseCalendar cal;
    // 2025 has a leap sixth month, starting on 25 July 2025.
    CHECK(cal.toLunar(day(2025, 7, 25)) == std::optional<LunarDate>({2025, 6, 1, true}));
    CHECK(cal.toGregorian({2025, 6, 1, true}) == std::optional<DayNumber>(day(2025, 7, 25)));
    CHECK_FALSE(cal.toGregorian({2024, 6, 1, true}).has_value());
    // The twelfth month of the 2024 lunar year had 29 days: New Year's Eve 2025 was its 29th.
    CHECK(cal.toLunar(day(2025, 1, 28)) == std::optional<LunarDate>({2024, 12, 29, false}));
    CHECK(cal.monthLength(2024, 12, false) == 29);
    CHECK_FALSE(cal.toGregorian({2024, 12, 30, false}).has_value());
    CHECK(cal.monthLength(2025, 6, true) == 29);
    CHECK(cal.monthLength(2024, 6, true) == 0);
}

TEST_CASE("a Chinese shop's holidays are the lunar festivals and the mainland's own",
          "[agenda][holidays]") {
    const auto y2024 = holidaysBetween(day(2024, 1, 1), day(2024, 12, 31), QStringLiteral("zh_CN"));
    CHECK(y2024.size() == 10);
    CHECK(find(y2024, "new_year") == day(2024, 1, 1));
    CHECK(find(y2024, "new_years_eve") == day(2024, 2, 9));
    CHECK(find(y2024, "spring_festival") == day(2024, 2, 10));
    CHECK(find(y2024, "lantern_festival") == day(2024, 2, 24));
    CHECK(find(y2024, "labour_day") == day(2024, 5, 1));
    CHECK(find(y2024, "dragon_boat") == day(2024, 6, 10));
    CHECK(find(y2024, "qixi") == day(2024, 8, 10));
    CHECK(find(y2024, "mid_autumn") == day(2024, 9, 17));
    CHECK(find(y2024, "national_day") == day(2024, 10, 1));
    CHECK(find(y2024, "double_ninth") == day(2024, 10, 11));
    CHECK(find(y2024, "christmas") == -1);
    for (std::size_t i = 1; i < y2024.size(); ++i)
        CHECK(y2024[i - 1].day <= y2024[i].day);

    // Across a year end: 2025's New Year's Eve (28 January) belongs to the 2024 lunar year.
    const auto winter =
        holidaysBetween(day(2024, 12, 20), day(2025, 2, 15), QStringLiteral("zh_TW"));
    REQUIRE(winter.size() == 4);
    CHECK(winter[0].key == QStringLiteral("new_year"));
    CHECK(winter[1].day == day(2025, 1, 28));
    CHECK(winter[1].key == QStringLiteral("new_years_eve"));
    CHECK(winter[2].day == day(2025, 1, 29));
    CHECK(winter[3].day == day(2025, 2, 12)); // Lantern Festival
    CHECK(winter[3].lunar);
}

TEST_CASE("other locales get New Year and Christmas", "[agenda][holidays]") {
    const auto list = holidaysBetween(day(2024, 12, 1), day(2025, 1, 31), QStringLiteral("en_US"));
    REQUIRE(list.size() == 2);
    CHECK(list[0].day == day(2024, 12, 25));
    CHECK(list[0].name == QStringLiteral("Christmas Day"));
    CHECK(list[1].day == day(2025, 1, 1));
    CHECK(holidaysBetween(day(2024, 6, 1), day(2024, 6, 30), QString()).empty());
}
