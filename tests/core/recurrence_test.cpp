#include "domain/recurrence.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QString next(const char* due, const char* rule) {
    auto r = parseRecurrence(QLatin1String(rule));
    REQUIRE(r.ok());
    return formatIsoDate(nextDate(*parseIsoDate(QString::fromLatin1(due)), *r));
}

} // namespace

TEST_CASE("repeat rules are read in their stored form and their aliases", "[recurrence]") {
    CHECK(parseRecurrence(QString())->isOnce());
    CHECK(parseRecurrence(QStringLiteral("  "))->isOnce());
    CHECK(*parseRecurrence(QStringLiteral("every 3 days")) ==
          Recurrence{3, Recurrence::Unit::Days});
    CHECK(*parseRecurrence(QStringLiteral("Every  2 Weeks")) ==
          Recurrence{2, Recurrence::Unit::Weeks});
    CHECK(*parseRecurrence(QStringLiteral("every 1 month")) ==
          Recurrence{1, Recurrence::Unit::Months});
    CHECK(*parseRecurrence(QStringLiteral("every year")) == Recurrence{1, Recurrence::Unit::Years});
    CHECK(*normaliseRecurrence(QStringLiteral("daily")) == QStringLiteral("every 1 days"));
    CHECK(*normaliseRecurrence(QStringLiteral("weekly")) == QStringLiteral("every 1 weeks"));
    CHECK(*normaliseRecurrence(QStringLiteral("MONTHLY")) == QStringLiteral("every 1 months"));
    CHECK(*normaliseRecurrence(QStringLiteral("yearly")) == QStringLiteral("every 1 years"));
    CHECK(*normaliseRecurrence(QStringLiteral("every 6 month")) ==
          QStringLiteral("every 6 months"));
    CHECK(normaliseRecurrence(QString())->isEmpty());
}

TEST_CASE("bad repeat rules are refused with the text quoted", "[recurrence]") {
    auto zero = parseRecurrence(QStringLiteral("every 0 days"));
    REQUIRE_FALSE(zero.ok());
    CHECK(zero.error().message.contains(QStringLiteral("\"every 0 days\"")));
    CHECK(zero.error().message.contains(QStringLiteral("between 1 and")));
    auto fortnight = parseRecurrence(QStringLiteral("every 3 fortnights"));
    REQUIRE_FALSE(fortnight.ok());
    CHECK(fortnight.error().message.startsWith(QStringLiteral("\"every 3 fortnights\"")));
    CHECK_FALSE(parseRecurrence(QStringLiteral("every -1 days")).ok());
    CHECK_FALSE(parseRecurrence(QStringLiteral("every 2.5 weeks")).ok());
    CHECK_FALSE(parseRecurrence(QStringLiteral("every 100000 days")).ok());
    CHECK_FALSE(parseRecurrence(QStringLiteral("biweekly")).ok());
}

TEST_CASE("next dates by days and weeks cross month and year ends", "[recurrence]") {
    CHECK(next("2024-02-27", "every 3 days") == QStringLiteral("2024-03-01")); // 2024 is leap
    CHECK(next("2023-02-27", "every 3 days") == QStringLiteral("2023-03-02"));
    CHECK(next("2024-12-30", "weekly") == QStringLiteral("2025-01-06"));
    CHECK(next("2024-06-15", "every 2 weeks") == QStringLiteral("2024-06-29"));
}

TEST_CASE("next dates by months clamp to the end of shorter months", "[recurrence]") {
    CHECK(next("2024-01-31", "monthly") == QStringLiteral("2024-02-29")); // leap year
    CHECK(next("2023-01-31", "monthly") == QStringLiteral("2023-02-28"));
    CHECK(next("2024-03-31", "monthly") == QStringLiteral("2024-04-30"));
    CHECK(next("2024-01-15", "monthly") == QStringLiteral("2024-02-15"));
    CHECK(next("2024-11-30", "every 3 months") == QStringLiteral("2025-02-28"));
    CHECK(next("2024-08-31", "every 6 months") == QStringLiteral("2025-02-28"));
    CHECK(next("2023-12-31", "every 14 months") == QStringLiteral("2025-02-28"));
}

TEST_CASE("next dates by years keep the day, Feb 29 falls back to Feb 28", "[recurrence]") {
    CHECK(next("2024-02-29", "yearly") == QStringLiteral("2025-02-28"));
    CHECK(next("2024-02-29", "every 4 years") == QStringLiteral("2028-02-29"));
    CHECK(next("2099-02-28", "yearly") == QStringLiteral("2100-02-28"));
    CHECK(next("2023-07-01", "every 2 years") == QStringLiteral("2025-07-01"));
}
