#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace clientele {

class CsvReader;
struct CsvRecord;

// Every problem an import finds, one line each as "FILE:LINE: column NAME: why", so the user can
// fix a file in one go rather than one error per attempt. Only the first `limit` are kept; the
// rest are counted ("... and 1234 more problems").
class ImportProblems {
public:
    explicit ImportProblems(QString sourceName, int limit = 50);

    void add(int line, const QString& column, const QString& why);
    void addForRow(int line, const QString& why); // a problem of the whole row
    // An already located message (from CsvReader or CsvHeaderMap): one problem per line.
    void add(const Error& error);

    bool isEmpty() const { return m_count == 0; }
    int count() const { return m_count; }
    // The kept problems, then the count of the others.
    QStringList lines() const;
    // All of it as one Invalid error, one problem per line.
    Error toError() const;

private:
    void keep(const QString& line);

    QString m_sourceName;
    int m_limit;
    int m_count = 0;
    QStringList m_lines;
};

// Hands each well-formed data record to visit, which returns false to stop early. The reader's
// problems go into problems: a row with the wrong number of fields is recorded and skipped, and
// a problem that stops the reader ends the loop.
void readRecords(CsvReader& reader, ImportProblems& problems,
                 const std::function<bool(const CsvRecord&)>& visit);

} // namespace clientele
