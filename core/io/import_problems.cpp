#include "import_problems.h"

#include "csv_reader.h"

namespace clientele {

ImportProblems::ImportProblems(QString sourceName, int limit)
    : m_sourceName(std::move(sourceName))
    , m_limit(limit) {}

void ImportProblems::add(int line, const QString& column, const QString& why) {
    keep(QStringLiteral("%1:%2: column %3: %4").arg(m_sourceName).arg(line).arg(column, why));
}

void ImportProblems::addForRow(int line, const QString& why) {
    keep(QStringLiteral("%1:%2: %3").arg(m_sourceName).arg(line).arg(why));
}

void ImportProblems::add(const Error& error) {
    for (const QString& line : error.message.split(u'\n', Qt::SkipEmptyParts))
        keep(line);
}

void ImportProblems::keep(const QString& line) {
    ++m_count;
    if (m_lines.size() < m_limit)
        m_lines << line;
}

QStringList ImportProblems::lines() const {
    QStringList out = m_lines;
    const int more = m_count - static_cast<int>(m_lines.size());
    if (more > 0)
        out << QStringLiteral("... and %1 more %2")
                   .arg(more)
                   .arg(more == 1 ? QStringLiteral("problem") : QStringLiteral("problems"));
    return out;
}

Error ImportProblems::toError() const {
    return Error::invalid(lines().join(u'\n'));
}

void readRecords(CsvReader& reader, ImportProblems& problems,
                 const std::function<bool(const CsvRecord&)>& visit) {
    CsvRecord record;
    for (;;) {
        auto next = reader.next(record);
        if (!next) {
            problems.add(next.error());
            if (reader.failed())
                return;
            continue;
        }
        if (!*next || !visit(record))
            return;
    }
}

} // namespace clientele
