// clientele-cli and stock: a products file sets the stock on hand, export stock reports it, and
// a negative figure is refused with its file, line and column.
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("clientele-cli export stock reports the stock on hand after a count", "[cli][stock]") {
    TempDir dir;
    const QString db = dir.path(QStringLiteral("shop.sqlite"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    const QString products = dir.path(QStringLiteral("products.csv"));
    writeFile(products, "sku,name,stock,reorder_level\nT-1,Green tea,10,4\nT-2,Cup,2,3\n");
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("products"), products,
                    QStringLiteral("--db"), db})
                .exitCode == 0);
    // Counted again: T-1 has 3 left (a count of -7; the figure it was created with stays 10).
    writeFile(products, "sku,name,stock\nT-1,Green tea,3\n");
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("products"), products,
                    QStringLiteral("--db"), db, QStringLiteral("--on-duplicate"),
                    QStringLiteral("update")})
                .exitCode == 0);
    const CliResult stock =
        runCli({QStringLiteral("export"), QStringLiteral("stock"), QStringLiteral("--db"), db});
    CHECK(stock.exitCode == 0);
    CHECK(stock.out == QStringLiteral("sku,name,category,stock,reorder_level,below_reorder\r\n"
                                      "T-1,Green tea,,3,4,true\r\n"
                                      "T-2,Cup,,2,3,true\r\n"));

    writeFile(products, "sku,name,stock\nT-1,Green tea,5\nT-2,Cup,-1\n");
    const CliResult refused = runCli({QStringLiteral("import"), QStringLiteral("products"),
                                      products, QStringLiteral("--db"), db,
                                      QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(
        products + QStringLiteral(":3: column stock: \"-1\": a negative number is not allowed")));
    CHECK(runCli({QStringLiteral("export"), QStringLiteral("stock"), QStringLiteral("--db"), db})
              .out == stock.out);
}
