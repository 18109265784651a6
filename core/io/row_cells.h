#pragma once

#include "csv_columns.h"
#include "csv_header.h"
#include "csv_reader.h"

#include <QString>

namespace clientele {

class ImportRun;

// A parsed cell, ready to bind: NULL, a whole number (money in minor units, booleans 0/1), a
// real (ratios) or text (dates and date-times in their stored form).
struct CellValue {
    enum class Kind { Null, Integer, Real, Text };
    Kind kind = Kind::Null;
    qint64 integer = 0;
    double real = 0;
    QString text;

    bool isNull() const { return kind == Kind::Null; }
    static CellValue null() { return {}; }
    static CellValue ofInteger(qint64 v) { return {Kind::Integer, v, 0, {}}; }
    static CellValue ofReal(double v) { return {Kind::Real, 0, v, {}}; }
    static CellValue ofText(QString v) { return {Kind::Text, 0, 0, std::move(v)}; }
};

// The cells of one row read by their column's type; every refusal is recorded in the run's
// problems at this row's line and the column's name, and marks the row failed.
class RowCells {
public:
    RowCells(const ColumnSpecs& columns, const CsvHeaderMap& map, const CsvRecord& record,
             ImportRun& run);

    int line() const { return m_record.line; }
    bool has(int column) const { return m_map.has(column); } // the file has the column
    const QString& raw(int column) const { return m_map.cell(m_record, column); }
    // The cell (or the column's default when empty) as its type reads it.
    CellValue value(int column);
    bool failed() const { return m_failed; }
    // A problem of this row in column.
    void problem(int column, const QString& why);
    ImportRun& run() { return m_run; }

private:
    CellValue parse(const ColumnSpec& spec, const QString& text);

    const ColumnSpecs& m_columns;
    const CsvHeaderMap& m_map;
    const CsvRecord& m_record;
    ImportRun& m_run;
    bool m_failed = false;
};

} // namespace clientele
