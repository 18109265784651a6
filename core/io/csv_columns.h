#pragma once

#include "csv_header.h"
#include "csv_writer.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <vector>

namespace clientele {

// What a column of a kind holds, which decides how a cell is read on import and written on
// export.
enum class CellType {
    Text,      // free text
    Key,       // ref, sku, code, order number: exact, no spaces around it
    Money,     // exact decimal, integer minor units
    Date,      // YYYY-MM-DD
    DateTime,  // YYYY-MM-DD HH:MM:SS
    Bool,      // true / false
    Integer,   // whole number in [min, max]
    Ratio,     // 0..1
    Choice,    // one of choices
    List,      // ';'-separated
    Reference, // the key of a record of another kind (refTable)
};

enum class RefTable { None, Customer, Product, Order, Campaign };

struct ColumnSpec {
    QString name; // the CSV header name
    CellType type = CellType::Text;
    QString sqlColumn; // the table's column (for references: the id column)
    bool required = false;
    // What an empty or absent cell stands for, written as a cell would be; empty: '' for text,
    // NULL for dates, numbers and references.
    QString defaultText;
    QStringList choices;
    qint64 min = 0;
    qint64 max = std::numeric_limits<qint64>::max();
    RefTable ref = RefTable::None;
    // What export reads instead of the stored column, over the table as t (a figure derived
    // from other tables); empty: the column itself.
    QString exportSql;
};
using ColumnSpecs = std::vector<ColumnSpec>;

CsvSchema schemaOf(const ColumnSpecs& columns);
std::vector<CsvOutputColumn> outputColumnsOf(const ColumnSpecs& columns);
bool isTextual(CellType type); // written with the formula guard

// The table and key column behind references of each kind ("customer", "ref").
const char* refTableName(RefTable ref);
const char* refKeyColumn(RefTable ref);
QString refNoun(RefTable ref); // "customer" for messages

} // namespace clientele
