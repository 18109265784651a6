#include "import_run.h"

#include "storage/database.h"

namespace clientele {

ImportRun::ImportRun(Database& db, const ImportOptions& options, ImportProblems& problems)
    : m_db(db)
    , m_options(options)
    , m_problems(problems)
    , m_minorDigits(db.settings().minorDigits)
    , m_now(db.clock().nowText()) {}

void ImportRun::doubt(int line, const QString& column, const QString& why) {
    if (m_options.strictDedupe) {
        m_problems.add(line, column, why + QStringLiteral(" (refused with --strict-dedupe)"));
        return;
    }
    m_summary.warnings << QStringLiteral("%1:%2: column %3: %4")
                              .arg(m_options.sourceName)
                              .arg(line)
                              .arg(column, why);
}

bool ImportRun::written(qint64 rows) {
    return reportProgress(m_options.progress, rows, m_summary.rows);
}

} // namespace clientele
