#pragma once

#include "common/result.h"
#include "import_options.h"

#include <QIODevice>
#include <QString>

namespace clientele {

class Database;

// Imports a CSV file of one kind (importKindNames()) all or nothing: every row is read and
// checked, on its own, against the other rows and against the database, and every problem found
// is reported (FILE:LINE: column NAME: why). Only when there is none is the whole file written,
// in one transaction, and recorded as an import batch that can be undone (import_batches.h).
// A dry run stops after the checks, with the counts of what would be done.
Result<ImportSummary> importCsvFile(Database& db, const QString& kind, const QString& path,
                                    ImportOptions options);
// The same from an open device (sourceName names it in messages).
Result<ImportSummary> importCsv(Database& db, const QString& kind, QIODevice& device,
                                ImportOptions options);

} // namespace clientele
