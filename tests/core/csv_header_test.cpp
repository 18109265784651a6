#include "io/csv_header.h"
#include "qt_catch_strings.h"

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

enum Column { Sku, Name, Price, Active };

const CsvSchema& productSchema() {
    static const CsvSchema schema{{QStringLiteral("sku"), true},
                                  {QStringLiteral("name"), true},
                                  {QStringLiteral("unit_price"), false},
                                  {QStringLiteral("active"), false}};
    return schema;
}

CsvHeaderOptions options(bool ignoreUnknown = false) {
    CsvHeaderOptions o;
    o.sourceName = QStringLiteral("p.csv");
    o.ignoreUnknown = ignoreUnknown;
    return o;
}

QStringList names(const char* commaSeparated) {
    return QString::fromUtf8(commaSeparated).split(u',');
}

} // namespace

TEST_CASE("csv header maps names in any order, case and spacing", "[csv]") {
    auto map = CsvHeaderMap::map(names(" Unit_Price ,NAME,Sku"), productSchema(), options());
    REQUIRE(map.ok());
    CHECK(map->fieldIndex(Sku) == 2);
    CHECK(map->fieldIndex(Name) == 1);
    CHECK(map->fieldIndex(Price) == 0);
    CHECK_FALSE(map->has(Active));

    CsvRecord record{{QStringLiteral("9.90"), QStringLiteral("Tea"), QStringLiteral("T1")}, 2};
    CHECK(map->cell(record, Sku) == QStringLiteral("T1"));
    CHECK(map->cell(record, Active).isEmpty());
    CHECK(map->name(Price) == QStringLiteral("unit_price"));
    CHECK(columnIndex(productSchema(), u"active") == Active);

    // A second byte-order mark, left by saving a file twice, is not part of the name.
    CHECK(CsvHeaderMap::map({QString::fromUtf16(u"\uFEFFsku"), QStringLiteral("name")},
                            productSchema(), options())
              ->fieldIndex(Sku) == 0);
}

TEST_CASE("csv header rejects unknown columns, listing them and the known ones", "[csv]") {
    auto map = CsvHeaderMap::map(names("sku,name,colour,weight"), productSchema(), options());
    REQUIRE_FALSE(map.ok());
    const QString message = map.error().message;
    CHECK(message.startsWith(QStringLiteral("p.csv:1: unknown columns \"colour\", \"weight\"")));
    CHECK(message.contains(QStringLiteral("sku, name, unit_price, active")));
    CHECK(message.contains(QStringLiteral("--ignore-unknown")));

    CHECK(CsvHeaderMap::map(names("sku,name,colour,"), productSchema(), options(true)).ok());
}

TEST_CASE("csv header rejects missing required columns", "[csv]") {
    auto map = CsvHeaderMap::map(names("unit_price,active"), productSchema(), options());
    REQUIRE_FALSE(map.ok());
    CHECK(map.error().message == QStringLiteral("p.csv:1: missing required columns sku, name"));
}

TEST_CASE("csv header rejects a name given twice, even in different case", "[csv]") {
    auto map = CsvHeaderMap::map(names("sku,name,SKU"), productSchema(), options());
    REQUIRE_FALSE(map.ok());
    CHECK(map.error().message ==
          QStringLiteral("p.csv:1: column SKU: appears twice (columns 1 and 3)"));
}

TEST_CASE("csv header reports every header problem, one per line", "[csv]") {
    auto map = CsvHeaderMap::map(names("name,name,,extra"), productSchema(), options());
    REQUIRE_FALSE(map.ok());
    const QStringList lines = map.error().message.split(u'\n');
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].contains(u"appears twice"));
    CHECK(lines[1] == QStringLiteral("p.csv:1: column 3: the header has no name"));
    CHECK(lines[2].startsWith(QStringLiteral("p.csv:1: unknown column \"extra\"")));
    CHECK(lines[3] == QStringLiteral("p.csv:1: missing required column sku"));
}

TEST_CASE("csv header suggests checking the delimiter when the header did not split", "[csv]") {
    auto map = CsvHeaderMap::map(names("sku;name;unit_price"), productSchema(), options());
    REQUIRE_FALSE(map.ok());
    CHECK(map.error().message.contains(u"the header looks ;-separated: check --delimiter"));
}
