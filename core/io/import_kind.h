#pragma once

#include "common/result.h"
#include "csv_header.h"
#include "import_options.h"
#include "import_problems.h"

#include <QString>

#include <memory>

namespace clientele {

class Database;
class ImportRun;
class RowCells;

// One kind of file an import understands (customers, sales, ...). The driver (csv_import.h)
// hands it every well-formed row, then asks it to check the rows together and against the
// database, and only when no problem was found anywhere, to write them.
class ImportKind {
public:
    virtual ~ImportKind() = default;
    virtual const CsvSchema& schema() const = 0;
    // Parses one row on its own; its problems go to the run.
    virtual void readRow(RowCells& cells) = 0;
    // Checks across rows and against the database (reads only), and counts what would be
    // created, updated and skipped into run.summary().
    virtual void check(ImportRun& run) = 0;
    // Writes every row, inside the import's transaction. SQLite errors may be thrown.
    virtual Status apply(ImportRun& run) = 0;
    // True when apply() reads the rows again (ImportRun::replayRows) instead of keeping them.
    virtual bool rereadsRows() const { return false; }
};

// The kinds import accepts, in the order a full set of files is best imported.
QStringList importKindNames();
// nullptr for an unknown kind.
std::unique_ptr<ImportKind> makeImportKind(const QString& name, Database& db);

} // namespace clientele
