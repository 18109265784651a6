#pragma once

#include "csv_columns.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

// A kind that is one table: its columns in the contract's order (which is also the export's),
// the key columns that identify a row (none: every row is a new record), and how export sorts
// and filters by date.
struct TableSpec {
    QString kind;  // "visits"
    QString table; // "visit"
    ColumnSpecs columns;
    QStringList keys; // CSV names
    bool hasId = true;
    bool hasTimestamps = true;
    // ORDER BY of the export, over the table as t and the columns' names. The row id comes last
    // where rows have no key: imports create ids in file order, so the order survives a round
    // trip.
    QString exportOrder;
    QString dateColumn; // t.column for --from / --to; empty when the kind is not dated
};

// customers, products, orders, visits, preferences, competitors, campaigns, campaign_members,
// tickets, tasks, expenses (sales is order lines across tables, see sales_columns()).
const std::vector<TableSpec>& tableSpecs();
const TableSpec* tableSpec(const QString& kind); // nullptr for other kinds

// The sales ledger's columns.
const ColumnSpecs& salesColumns();
// The columns of any importable kind.
const ColumnSpecs& columnSpecsOf(const QString& kind);

} // namespace clientele
