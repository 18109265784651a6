#include "common/money.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("money parses plain decimals into exact minor units", "[money]") {
    CHECK(*parseMoney(u"12", 2) == 1200);
    CHECK(*parseMoney(u"12.5", 2) == 1250);
    CHECK(*parseMoney(u"12.50", 2) == 1250);
    CHECK(*parseMoney(u"0.07", 2) == 7);
    CHECK(*parseMoney(u"-3.05", 2, Sign::AllowNegative) == -305);
    CHECK(*parseMoney(u"1234", 0) == 1234);
    CHECK(*parseMoney(u"1.234", 3) == 1234);
    // 0.1 + 0.2 style amounts stay exact because nothing passes through a double.
    CHECK(*parseMoney(u"19999999.99", 2) == 1999999999);
}

TEST_CASE("money refuses comma decimals, thousands separators and extra digits", "[money]") {
    const auto refused = [](const char16_t* text) {
        auto r = parseMoney(QStringView(text), 2);
        return !r.ok() && r.error().kind == Error::Kind::Invalid;
    };
    CHECK(refused(u"12,50"));
    CHECK(refused(u"1.234,50"));
    CHECK(refused(u"1,234.50"));
    CHECK(refused(u"12.505"));
    CHECK(refused(u"1e3"));
    CHECK(refused(u""));
    CHECK(refused(u"."));
    CHECK(refused(u"12."));
    CHECK(refused(u"-5"));
    CHECK(refused(u" 5"));
    CHECK(refused(u"１２")); // full-width digits are not silently accepted
    CHECK(refused(u"1234567890123456"));
    CHECK(parseMoney(u"12,50", 2).error().message.contains(QStringLiteral("dot")));
}

TEST_CASE("money formats exactly, with and without trailing zeros", "[money]") {
    CHECK(formatMoneyFixed(123450, 2) == QStringLiteral("1234.50"));
    CHECK(formatMoneyFixed(-5, 2) == QStringLiteral("-0.05"));
    CHECK(formatMoneyFixed(0, 2) == QStringLiteral("0.00"));
    CHECK(formatMoneyFixed(42, 0) == QStringLiteral("42"));
    CHECK(formatMoneyShort(123450, 2) == QStringLiteral("1234.5"));
    CHECK(formatMoneyShort(123400, 2) == QStringLiteral("1234"));
    CHECK(formatMoneyShort(-1, 3) == QStringLiteral("-0.001"));
    CHECK(formatMoneyFixed(std::numeric_limits<Money>::min(), 2) ==
          QStringLiteral("-92233720368547758.08"));
    CHECK(minorDigitsForCurrency(u"JPY") == 0);
    CHECK(minorDigitsForCurrency(u"kwd") == 3);
    CHECK(minorDigitsForCurrency(u"CNY") == 2);
}

TEST_CASE("money round-trips every formatted amount", "[money]") {
    for (Money m : {Money(0), Money(1), Money(99), Money(100), Money(123456789), Money(-42)})
        CHECK(*parseMoney(formatMoneyFixed(m, 2), 2, Sign::AllowNegative) == m);
}
