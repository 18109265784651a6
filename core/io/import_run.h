#pragma once

#include "common/result.h"
#include "import_options.h"
#include "import_problems.h"

#include <QString>

#include <functional>

namespace clientele {

class Database;
class ImportBatchRecorder;
class RowCells;

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

    // Reads the file again from its first row, handing visit every row in order: kinds that keep
    // only a summary of each row while checking (sales files of millions of lines) write from
    // this second pass. A row that no longer reads as it did is an error (the file changed).
    using RowVisitor = std::function<Status(RowCells&)>;
    Status replayRows(const RowVisitor& visit) { return m_replay(visit); }
    void setReplay(std::function<Status(const RowVisitor&)> replay) {
        m_replay = std::move(replay);
    }
    // The undo record of the import being written (null for a dry run).
    ImportBatchRecorder* recorder() const { return m_recorder; }
    void setRecorder(ImportBatchRecorder* recorder) { m_recorder = recorder; }

private:
    Database& m_db;
    const ImportOptions& m_options;
    ImportProblems& m_problems;
    ImportSummary m_summary;
    int m_minorDigits = 2;
    QString m_now;
    std::function<Status(const RowVisitor&)> m_replay;
    ImportBatchRecorder* m_recorder = nullptr;
};

} // namespace clientele
