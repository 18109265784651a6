#include "test_support.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("clientele-cli backup --encrypt writes a copy only its passphrase restores",
          "[cli][backup]") {
    TempDir dir;
    const QString db = dir.path(QStringLiteral("shop.sqlite"));
    REQUIRE(
        runCli({QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--customers"),
                QStringLiteral("50"), QStringLiteral("--orders"), QStringLiteral("200")})
            .exitCode == 0);
    writeFile(dir.path(QStringLiteral("pass")), "tea leaves\n");
    writeFile(dir.path(QStringLiteral("wrong")), "coffee beans\n");
    const QString enc = dir.path(QStringLiteral("stick.enc"));
    const CliResult made =
        runCli({QStringLiteral("backup"), QStringLiteral("--db"), db, QStringLiteral("--out"), enc,
                QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"),
                dir.path(QStringLiteral("pass"))});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(QStringLiteral("encrypted")));
    const QString target = dir.path(QStringLiteral("laptop.sqlite"));
    const CliResult wrong =
        runCli({QStringLiteral("restore"), enc, QStringLiteral("--db"), target,
                QStringLiteral("--passphrase-file"), dir.path(QStringLiteral("wrong"))});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(QStringLiteral("wrong passphrase")));
    CHECK_FALSE(QFile::exists(target));
    // The passphrase can also come on stdin ("-" when stdin is not a terminal).
    const CliResult right = runCli({QStringLiteral("restore"), enc, QStringLiteral("--db"), target,
                                    QStringLiteral("--passphrase-file"), QStringLiteral("-")},
                                   "tea leaves\n");
    CHECK(right.exitCode == 0);
    CHECK(runCli({QStringLiteral("check"), QStringLiteral("--db"), target}).exitCode == 0);
}

TEST_CASE("clientele-cli backup --auto and --list show verified rolling backups", "[cli][backup]") {
    TempDir dir;
    const QString db = dir.path(QStringLiteral("shop.sqlite"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const CliResult none =
        runCli({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--db"), db});
    CHECK(none.out.contains(QStringLiteral("none yet")));
    REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--auto"), QStringLiteral("--db"), db})
                .exitCode == 0);
    const CliResult listed =
        runCli({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--db"), db});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("verified")));
    CHECK(listed.out.contains(QStringLiteral("shop.sqlite.backups/shop-")));
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--list"), QStringLiteral("--auto"),
                  QStringLiteral("--db"), db})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("backup"), QStringLiteral("--encrypt"), QStringLiteral("--out"),
                  dir.path(QStringLiteral("x")), QStringLiteral("--db"), db})
              .exitCode == 2);
}
