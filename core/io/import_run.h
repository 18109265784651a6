#pragma once

#include "import_options.h"
#include "import_problems.h"

#include <QString>

namespace clientele {

class Database;

// What the kinds of an import share while it runs: the database, the options, the problems
// found so far and the counts.
class ImportRun {
public:
    ImportRun(Database& db, const ImportOptions& options, ImportProblems& problems);

    Database& db() { return m_db; }
    const ImportOptions& options() const { return m_options; }
    ImportProblems& problems() { return m_problems; }
    ImportSummary& summary() { return m_summary; }
    int minorDigits() const { return m_minorDigits; }
    const QString& sourceName() const { return m_options.sourceName; }
    QString now() const { return m_now; } // the created_at / updated_at of every written row

    // A doubtful row: a warning, or a problem with --strict-dedupe.
    void doubt(int line, const QString& column, const QString& why);
    // Reports rows written; false when the user cancelled.
    bool written(qint64 rows);

private:
    Database& m_db;
    const ImportOptions& m_options;
    ImportProblems& m_problems;
    ImportSummary m_summary;
    int m_minorDigits = 2;
    QString m_now;
};

} // namespace clientele
