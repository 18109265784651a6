#pragma once

#include "import_kind.h"
#include "kind_specs.h"
#include "row_cells.h"

#include <vector>

namespace clientele {

// The import of a kind that is one table (see TableSpec): references are resolved against the
// database, keys are checked for duplicates in the file and in the database, and the rows are
// written with two prepared statements (insert, and update of the columns the file has).
class TableImport : public ImportKind {
public:
    TableImport(const TableSpec& spec, Database& db);

    const CsvSchema& schema() const override { return m_schema; }
    void readRow(RowCells& cells) override;
    void check(ImportRun& run) override;
    Status apply(ImportRun& run) override;

protected:
    enum class Action { Create, Update, Skip };
    struct Row {
        int line = 0;
        std::vector<CellValue> values;
        Action action = Action::Create;
    };

    int column(const char* name) const; // index in the spec's columns
    // Checks that need several cells of the row (dates in order, rules of the domain).
    virtual void checkRow(RowCells& cells, std::vector<CellValue>& values);
    // Checks between the records a row refers to (a visit's contact is one of the company's
    // people, a ticket's order is the customer's), once the references are resolved.
    void checkRelations(ImportRun& run, const Row& row);
    QString keyOf(const Row& row) const;

    const TableSpec& m_spec;
    Database& m_db;
    CsvSchema m_schema;
    std::vector<Row> m_rows;
    std::vector<bool> m_present; // which columns the file has
    std::vector<int> m_keyColumns;
};

} // namespace clientele
