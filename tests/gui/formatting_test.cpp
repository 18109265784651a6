#include "../core/qt_catch_strings.h"
#include "shell/formatting.h"
#include "storage/shop_settings.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("money is shown exactly with the locale's grouping and the shop's symbol", "[gui]") {
    ShopSettings cny; // CNY, 2 minor digits
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(formatCurrency(123456789, cny, us) == QStringLiteral("¥1,234,567.89"));
    CHECK(formatCurrency(5, cny, us) == QStringLiteral("¥0.05"));
    // Qt's en_US data writes negative amounts the accountant's way.
    CHECK(formatCurrency(-1250, cny, us) == QStringLiteral("(¥12.50)"));
    // Beyond what a double holds exactly: 2^53 + 1 minor units.
    CHECK(formatCurrency(9007199254740993, cny, us) == QStringLiteral("¥90,071,992,547,409.93"));

    ShopSettings eur;
    eur.currency = QStringLiteral("EUR");
    const QLocale de(QLocale::German, QLocale::Germany);
    CHECK(formatCurrency(123456, eur, de) == QStringLiteral("1.234,56\u00a0€"));

    ShopSettings jpy;
    jpy.currency = QStringLiteral("JPY");
    jpy.minorDigits = 0;
    // The yen sign as ja_JP writes it (full width), grouped the US way.
    CHECK(formatCurrency(1500, jpy, us) == QStringLiteral("￥1,500"));
}

TEST_CASE("dates are shown in the locale's short format, other text is left alone", "[gui]") {
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(displayDate(QStringLiteral("2024-06-15"), us) == QStringLiteral("6/15/24"));
    CHECK(displayDate(QStringLiteral("2024-06-15 10:30:00"), us) == QStringLiteral("6/15/24"));
    CHECK(displayDate(QStringLiteral("soon"), us) == QStringLiteral("soon"));
    CHECK(displayDateTime(QStringLiteral("2024-06-15 10:30:00"), us)
              .startsWith(QStringLiteral("6/15/24")));
}

TEST_CASE("a share is shown to one decimal and rounded in integers", "[gui]") {
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    CHECK(formatShare(550, 1250, us) == QStringLiteral("44.0%"));  // 5.50 of 12.50
    CHECK(formatShare(600, 900, us) == QStringLiteral("66.7%"));   // 66.666...
    CHECK(formatShare(1, 3000, us) == QStringLiteral("0.0%"));     // 0.033...
    CHECK(formatShare(-600, 900, us) == QStringLiteral("-66.7%")); // sold below cost
    CHECK(formatShare(5, 0, us).isEmpty());
    const QLocale de(QLocale::German, QLocale::Germany);
    CHECK(formatShare(550, 1250, de) == QStringLiteral("44,0%"));
}
