// The reader, header map, cell parsers and problem list together, as an importer uses them: every
// problem of a file is reported at once, each at FILE:LINE: column NAME.
#include "csv_test_reading.h"
#include "io/csv_header.h"
#include "io/csv_values.h"
#include "qt_catch_strings.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using namespace clientele;

namespace {

enum Column { OrderNumber, OrderedAt, CustomerRef, Quantity, UnitPrice };

const CsvSchema& salesSchema() {
    static const CsvSchema schema{{QStringLiteral("order_number"), true},
                                  {QStringLiteral("ordered_at"), true},
                                  {QStringLiteral("customer_ref"), true},
                                  {QStringLiteral("quantity"), true},
                                  {QStringLiteral("unit_price"), true}};
    return schema;
}

// A checked cell: the parser's refusal goes into problems at the record's line and column.
template <typename T>
void check(ImportProblems& problems, const CsvHeaderMap& map, const CsvRecord& record, int column,
           const Result<T>& parsed) {
    if (!parsed)
        problems.add(record.line, map.name(column), parsed.error().message);
}

QStringList importProblems(const QByteArray& bytes) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReaderOptions options;
    options.sourceName = QStringLiteral("sales.csv");
    auto reader = CsvReader::fromDevice(buffer, options);
    if (!reader)
        return reader.error().message.split(u'\n');
    auto map = CsvHeaderMap::map((*reader)->header(), salesSchema(), {options.sourceName});
    if (!map)
        return map.error().message.split(u'\n');
    ImportProblems problems(options.sourceName);
    readRecords(**reader, problems, [&](const CsvRecord& r) {
        check(problems, *map, r, OrderNumber, parseKeyCell(map->cell(r, OrderNumber)));
        check(problems, *map, r, OrderedAt, parseDateTimeCell(map->cell(r, OrderedAt)));
        check(problems, *map, r, CustomerRef, parseKeyCell(map->cell(r, CustomerRef)));
        check(problems, *map, r, Quantity, parseIntegerCell(map->cell(r, Quantity), 1, 1000000));
        check(problems, *map, r, UnitPrice, parseMoneyCell(map->cell(r, UnitPrice), 2));
        return true;
    });
    return problems.lines();
}

} // namespace

TEST_CASE("an import reports every bad cell and row of a file with its line and column", "[csv]") {
    const QStringList problems =
        importProblems("Quantity;ORDER_NUMBER;unit_price;customer_ref;ordered_at\r\n"
                       "2;S-1;12.50;C-1;2024-06-01\r\n"
                       "1;S-2;12,50;C-2;2024-13-01\r\n"
                       "-3;S-3;1.234,50;C-3 ;31/02/2024\r\n"
                       "1;\"S-4\r\nbis\";1;C-4\r\n"
                       "1;S-5;1;C-5;2024-02-30\r\n");
    CHECK(
        problems ==
        QStringList{
            QStringLiteral("sales.csv:3: column ordered_at: \"2024-13-01\": there is no month 13"),
            QStringLiteral("sales.csv:3: column unit_price: \"12,50\" is not an amount: write "
                           "12.50 (a dot for decimals and no thousands separator)"),
            QStringLiteral("sales.csv:4: column ordered_at: \"31/02/2024\" is not a date or "
                           "date-time (YYYY-MM-DD HH:MM:SS) (for day/month/year dates give "
                           "--date-format, e.g. %d/%m/%Y)"),
            QStringLiteral("sales.csv:4: column customer_ref: \"C-3 \" has trailing spaces; a "
                           "key must be written exactly, without spaces around it"),
            QStringLiteral("sales.csv:4: column quantity: \"-3\": a negative number is not "
                           "allowed here"),
            QStringLiteral("sales.csv:4: column unit_price: \"1.234,50\" is not an amount: "
                           "write 1234.50 (a dot for decimals and no thousands separator)"),
            QStringLiteral("sales.csv:5: column ordered_at: missing: the row has 4 fields but "
                           "the header has 5"),
            QStringLiteral("sales.csv:7: column ordered_at: \"2024-02-30\": month 2 of 2024 has "
                           "no day 30"),
        });
}

TEST_CASE("an import refuses a file whose header lacks required columns before any row", "[csv]") {
    CHECK(importProblems("order_number,quantity,colour\n1,2,red\n") ==
          QStringList{QStringLiteral("sales.csv:1: unknown column \"colour\" (the known columns "
                                     "are: order_number, ordered_at, customer_ref, quantity, "
                                     "unit_price; --ignore-unknown skips unknown columns)"),
                      QStringLiteral("sales.csv:1: missing required columns ordered_at, "
                                     "customer_ref, unit_price")});
}
