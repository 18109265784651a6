#include "test_support.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("clientele-cli customer export and erase work end to end and erase asks for confirmation",
          "[cli][privacy]") {
    TempDir dir;
    const QString db = dir.path(QStringLiteral("shop.sqlite"));
    REQUIRE(runCli({QStringLiteral("demo"), QStringLiteral("--db"), db,
                    QStringLiteral("--customers"), QStringLiteral("40"), QStringLiteral("--orders"),
                    QStringLiteral("150"), QStringLiteral("--end"), QStringLiteral("2024-06-15")})
                .exitCode == 0);
    const QString name =
        runCli({QStringLiteral("find"), QStringLiteral("C000003"), QStringLiteral("--db"), db})
            .out.section(u'\t', 1, 1);
    REQUIRE_FALSE(name.isEmpty());
    const CliResult exported = runCli({QStringLiteral("customer"), QStringLiteral("export"),
                                       QStringLiteral("C000003"), QStringLiteral("--out"),
                                       dir.path(QStringLiteral("c3")), QStringLiteral("--db"), db});
    CHECK(exported.exitCode == 0);
    CHECK(QDir(dir.path(QStringLiteral("c3"))).exists(QStringLiteral("customer.json")));

    const CliResult unconfirmed = runCli({QStringLiteral("customer"), QStringLiteral("erase"),
                                          QStringLiteral("C000003"), QStringLiteral("--db"), db});
    CHECK(unconfirmed.exitCode == 2);
    CHECK(unconfirmed.out.contains(QStringLiteral("Erasing removes:")));
    CHECK(runCli({QStringLiteral("find"), QStringLiteral("C000003"), QStringLiteral("--db"), db})
              .out.contains(name));

    const CliResult erased =
        runCli({QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("C000003"),
                QStringLiteral("--yes"), QStringLiteral("--db"), db});
    CHECK(erased.exitCode == 0);
    CHECK(runCli({QStringLiteral("find"), QStringLiteral("C000003"), QStringLiteral("--db"), db})
              .out.isEmpty());
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), db}).exitCode == 0);
    CHECK(runCli({QStringLiteral("customer"), QStringLiteral("erase"), QStringLiteral("NOPE"),
                  QStringLiteral("--yes"), QStringLiteral("--db"), db})
              .exitCode == 1);
}
