#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "csv_writer.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace clientele {

class Database;

struct ExportOptions {
    QString from; // YYYY-MM-DD, inclusive; empty: no bound (dated kinds only)
    QString to;
    CsvWriterOptions writer;
    Progress progress; // rows written, total unknown (0)
};

// Every kind import reads, plus the export-only reports: stock, ledger, receivables,
// customer-profitability.
QStringList exportKindNames();
// Whether --from / --to apply to the kind.
bool isDatedExport(const QString& kind);

// Refuses an unknown kind, a report not available yet, and dates for a kind without them,
// before anything is opened.
Status checkExportRequest(const QString& kind, const ExportOptions& options);

// Writes the kind as CSV in the contract's column order, sorted so that the same data always
// gives the same bytes: money with all minor digits, dates ISO, text with the formula guard.
Status exportCsv(Database& db, const QString& kind, QIODevice& out, const ExportOptions& options);

} // namespace clientele
