#include "io/csv_values.h"
#include "qt_catch_strings.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

QString why(const Error& error) {
    return error.message;
}

} // namespace

TEST_CASE("csv money cells are exact and refuse comma decimals with the right spelling", "[csv]") {
    CHECK(*parseMoneyCell(u"12.50", 2) == 1250);
    CHECK(*parseMoneyCell(u" 7 ", 2) == 700);
    CHECK(*parseMoneyCell(u"-0.05", 2, Sign::AllowNegative) == -5);
    CHECK(*parseMoneyCell(u"1500", 0) == 1500);
    CHECK(why(parseMoneyCell(u"12,50", 2).error()) ==
          QStringLiteral("\"12,50\" is not an amount: write 12.50 (a dot for decimals and no "
                         "thousands separator)"));
    CHECK(why(parseMoneyCell(u"1.234,50", 2).error()).contains(u"write 1234.50"));
    CHECK(why(parseMoneyCell(u"1,234.50", 2).error()).contains(u"write 1234.50"));
    // Thousands or decimals? Not guessed.
    CHECK(why(parseMoneyCell(u"1,234", 2).error()).contains(u"use a dot for decimals"));
    CHECK(why(parseMoneyCell(u"¥12", 2).error()).contains(u"without a currency symbol"));
    CHECK(why(parseMoneyCell(u"-3", 2).error()).contains(u"negative"));
    CHECK(why(parseMoneyCell(u"1.255", 2).error()).contains(u"more than 2 decimal digits"));
    CHECK_FALSE(parseMoneyCell(u"", 2).ok());
}

TEST_CASE("csv date cells name the impossible date", "[csv]") {
    CHECK(*parseDateCell(u"2024-02-29") == dayNumber({2024, 2, 29}));
    CHECK(why(parseDateCell(u"2024-13-01").error()).contains(u"there is no month 13"));
    CHECK(why(parseDateCell(u"2023-02-29").error()).contains(u"month 2 of 2023 has no day 29"));
    const QString slashed = why(parseDateCell(u"31/02/2024").error());
    CHECK(slashed.contains(u"is not a date (YYYY-MM-DD)"));
    CHECK(slashed.contains(u"--date-format"));

    const QString dmy = QStringLiteral("%d/%m/%Y");
    CHECK(*parseDateCell(u"05/03/2024", dmy) == dayNumber({2024, 3, 5}));
    CHECK(
        why(parseDateCell(u"31/02/2024", dmy).error()).contains(u"month 2 of 2024 has no day 31"));
    // ISO stays readable when a format is given.
    CHECK(*parseDateCell(u"2024-03-05", dmy) == dayNumber({2024, 3, 5}));
}

TEST_CASE("csv date-time cells read ISO forms and patterns", "[csv]") {
    auto value = parseDateTimeCell(u"2024-06-15 09:30");
    REQUIRE(value.ok());
    CHECK(value->day == dayNumber({2024, 6, 15}));
    CHECK(value->secondOfDay == 9 * 3600 + 30 * 60);
    CHECK(value->hasTime);
    auto patterned = parseDateTimeCell(u"15.06.2024 18:05", QStringLiteral("%d.%m.%Y %H:%M"));
    REQUIRE(patterned.ok());
    CHECK(patterned->secondOfDay == 18 * 3600 + 5 * 60);
    CHECK_FALSE(parseDateTimeCell(u"2024-06-15 25:00").ok());
}

TEST_CASE("csv boolean cells take true/false, yes/no and 1/0 in any case", "[csv]") {
    for (const char16_t* yes : {u"true", u"TRUE", u"Yes", u"1", u" yes "})
        CHECK(*parseBoolCell(QStringView(yes)));
    for (const char16_t* no : {u"false", u"No", u"0"})
        CHECK_FALSE(*parseBoolCell(QStringView(no)));
    CHECK(why(parseBoolCell(u"maybe").error()).contains(u"true/false, yes/no or 1/0"));
}

TEST_CASE("csv integer cells check the range and refuse negative quantities", "[csv]") {
    CHECK(*parseIntegerCell(u"12", 1, 1000000) == 12);
    CHECK(*parseIntegerCell(u"-4", -10, 10) == -4);
    CHECK(why(parseIntegerCell(u"-3", 1, 1000000).error()) ==
          QStringLiteral("\"-3\": a negative number is not allowed here"));
    CHECK(why(parseIntegerCell(u"0", 1, 5).error()) == QStringLiteral("\"0\" is less than 1"));
    CHECK(why(parseIntegerCell(u"6", 1, 5).error()) == QStringLiteral("\"6\" is more than 5"));
    CHECK(why(parseIntegerCell(u"2.5", 1, 5).error()).contains(u"not a whole number"));
    CHECK_FALSE(parseIntegerCell(u"-", -5, 5).ok());
    CHECK_FALSE(parseIntegerCell(u"12345678901234567890", 0, 5).ok());
}

TEST_CASE("csv ratio cells are between 0 and 1, as decimals or percentages", "[csv]") {
    CHECK(*parseRatioCell(u"0.35") == Approx(0.35));
    CHECK(*parseRatioCell(u"35%") == Approx(0.35));
    CHECK(*parseRatioCell(u"1") == 1.0);
    CHECK(why(parseRatioCell(u"35").error()).contains(u"not between 0 and 1"));
    CHECK(why(parseRatioCell(u"0,35").error()).contains(u"use a dot"));
    CHECK_FALSE(parseRatioCell(u"nan").ok());
    CHECK(formatRatioCell(0.35) == QStringLiteral("0.35"));
    CHECK(*parseRatioCell(formatRatioCell(1.0 / 3.0)) == 1.0 / 3.0);
}

TEST_CASE("csv list, choice and text cells", "[csv]") {
    CHECK(parseListCell(QStringLiteral(" vip ;; wholesale;")) ==
          QStringList{QStringLiteral("vip"), QStringLiteral("wholesale")});
    CHECK(*parseChoiceCell(u"Active", {QStringLiteral("lead"), QStringLiteral("active")}) ==
          QStringLiteral("active"));
    CHECK(
        why(parseChoiceCell(u"vip", {QStringLiteral("lead"), QStringLiteral("active")}).error()) ==
        QStringLiteral("\"vip\" is not one of: lead, active"));
    CHECK(parseTextCell(QStringLiteral("'=1+2")) == QStringLiteral("=1+2"));
    CHECK(parseTextCell(QStringLiteral("'-5")) == QStringLiteral("-5"));
    CHECK(parseTextCell(QStringLiteral("'quoted'")) == QStringLiteral("'quoted'"));
    CHECK(parseTextCell(QStringLiteral(" spaced ")) == QStringLiteral(" spaced "));
    CHECK(formatBoolCell(true) == QStringLiteral("true"));
}

TEST_CASE("csv key cells refuse surrounding spaces instead of trimming them", "[csv]") {
    CHECK(*parseKeyCell(QStringLiteral("C-001")) == QStringLiteral("C-001"));
    CHECK(*parseKeyCell(QStringLiteral("'-17")) == QStringLiteral("-17"));
    CHECK(why(parseKeyCell(QStringLiteral("C-001 ")).error()) ==
          QStringLiteral("\"C-001 \" has trailing spaces; a key must be written exactly, without "
                         "spaces around it"));
    CHECK(why(parseKeyCell(QStringLiteral(" C-001")).error()).contains(u"leading spaces"));
    CHECK(why(parseKeyCell(QString()).error()) == QStringLiteral("empty key"));
}
