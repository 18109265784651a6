#include "io/import_problems.h"
#include "qt_catch_strings.h"

#include <catch2/catch.hpp>

using namespace clientele;

TEST_CASE("import problems are located and kept in order", "[csv]") {
    ImportProblems problems(QStringLiteral("sales.csv"));
    CHECK(problems.isEmpty());
    problems.add(4, QStringLiteral("quantity"),
                 QStringLiteral("\"-3\": a negative number is not "
                                "allowed here"));
    problems.addForRow(9, QStringLiteral("order S-1 has two dates"));
    problems.add(Error::invalid(QStringLiteral("sales.csv:1: a\nsales.csv:1: b")));
    CHECK(problems.count() == 4);
    CHECK(problems.lines() ==
          QStringList{QStringLiteral("sales.csv:4: column quantity: \"-3\": a negative number is "
                                     "not allowed here"),
                      QStringLiteral("sales.csv:9: order S-1 has two dates"),
                      QStringLiteral("sales.csv:1: a"), QStringLiteral("sales.csv:1: b")});
    CHECK(problems.toError().kind == Error::Kind::Invalid);
}

TEST_CASE("import problems keep the first ones and count the rest", "[csv]") {
    ImportProblems problems(QStringLiteral("big.csv"));
    for (int line = 2; line < 2 + 1284; ++line)
        problems.add(line, QStringLiteral("ref"), QStringLiteral("empty key"));
    const QStringList lines = problems.lines();
    REQUIRE(lines.size() == 51);
    CHECK(lines[0] == QStringLiteral("big.csv:2: column ref: empty key"));
    CHECK(lines[49] == QStringLiteral("big.csv:51: column ref: empty key"));
    CHECK(lines[50] == QStringLiteral("... and 1234 more problems"));
    CHECK(problems.count() == 1284);

    ImportProblems few(QStringLiteral("f.csv"), 2);
    for (int i = 0; i < 3; ++i)
        few.add(i + 2, QStringLiteral("x"), QStringLiteral("bad"));
    CHECK(few.lines().back() == QStringLiteral("... and 1 more problem"));
}
