#include "common/dates.h"

#include <QDate>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("day numbers agree with QDate over two centuries", "[dates]") {
    const QDate epoch(1970, 1, 1);
    for (QDate d(1900, 1, 1); d < QDate(2101, 1, 1); d = d.addDays(17)) {
        const Ymd ymd{d.year(), d.month(), d.day()};
        REQUIRE(dayNumber(ymd) == epoch.daysTo(d));
        REQUIRE(civilDate(dayNumber(ymd)) == ymd);
        REQUIRE(weekday(dayNumber(ymd)) == d.dayOfWeek() - 1);
    }
}

TEST_CASE("ISO dates are parsed strictly and impossible dates are named", "[dates]") {
    CHECK(formatIsoDate(*parseIsoDate(u"2024-02-29")) == QStringLiteral("2024-02-29"));
    CHECK_FALSE(parseIsoDate(u"2023-02-29").ok());
    CHECK(parseIsoDate(u"2024-02-31").error().message.contains(QStringLiteral("no day 31")));
    CHECK(parseIsoDate(u"2024-13-01").error().message.contains(QStringLiteral("no month 13")));
    CHECK_FALSE(parseIsoDate(u"31/02/2024").ok());
    CHECK_FALSE(parseIsoDate(u"2024-1-01").ok());
    CHECK_FALSE(parseIsoDate(u"2024-01-01 ").ok());
}

TEST_CASE("date-times accept a space or T, optional seconds, and offsets", "[dates]") {
    auto plain = parseIsoDateTime(u"2024-03-05 14:07");
    REQUIRE(plain.ok());
    CHECK(formatStoredDateTime(*plain) == QStringLiteral("2024-03-05 14:07:00"));
    CHECK(formatStoredDateTime(*parseIsoDateTime(u"2024-03-05T14:07:09")) ==
          QStringLiteral("2024-03-05 14:07:09"));
    CHECK(formatStoredDateTime(*parseIsoDateTime(u"2024-03-05")) == QStringLiteral("2024-03-05"));
    CHECK_FALSE(parseIsoDateTime(u"2024-03-05 25:00").ok());
    CHECK_FALSE(parseIsoDateTime(u"2024-03-05 14").ok());
    // An offset is converted to local time, which is what the system clock of the test says.
    auto utc = parseIsoDateTime(u"2024-03-05T14:07:00Z");
    REQUIRE(utc.ok());
    const QDateTime expected =
        QDateTime(QDate(2024, 3, 5), QTime(14, 7), QTimeZone::utc()).toLocalTime();
    CHECK(formatStoredDateTime(*utc) == expected.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

TEST_CASE("strftime-like patterns read foreign date layouts", "[dates]") {
    CHECK(formatStoredDateTime(*parseDateWithPattern(u"31/01/2024", u"%d/%m/%Y")) ==
          QStringLiteral("2024-01-31"));
    CHECK(formatStoredDateTime(*parseDateWithPattern(u"5/3/24", u"%d/%m/%y")) ==
          QStringLiteral("2024-03-05"));
    CHECK(formatStoredDateTime(*parseDateWithPattern(u"05-Mar-2024 08:30", u"%d-%b-%Y %H:%M")) ==
          QStringLiteral("2024-03-05 08:30:00"));
    CHECK_FALSE(parseDateWithPattern(u"31/02/2024", u"%d/%m/%Y").ok());
    CHECK_FALSE(parseDateWithPattern(u"2024-01-31", u"%d/%m/%Y").ok());
    CHECK(parseDateWithPattern(u"x", u"%Q").error().kind == Error::Kind::Usage);
}
