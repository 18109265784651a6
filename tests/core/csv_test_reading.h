#pragma once

#include "io/csv_reader.h"
#include "io/import_problems.h"

#include <QBuffer>
#include <QByteArray>
#include <QStringList>

#include <vector>

namespace clientele::test {

// Everything a reader makes of some bytes named "in.csv": the header, the good records, and the
// problems as an import would print them.
struct CsvReadOutcome {
    QStringList header;
    char delimiter = 0;
    std::vector<CsvRecord> records;
    QStringList problems;
};

inline CsvReadOutcome readCsvBytes(const QByteArray& bytes, CsvReaderOptions options = {}) {
    CsvReadOutcome out;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    options.sourceName = QStringLiteral("in.csv");
    auto reader = CsvReader::fromDevice(buffer, options);
    if (!reader) {
        out.problems = reader.error().message.split(u'\n');
        return out;
    }
    out.header = (*reader)->header();
    out.delimiter = (*reader)->delimiter();
    ImportProblems problems(QStringLiteral("in.csv"));
    readRecords(**reader, problems, [&](const CsvRecord& record) {
        out.records.push_back(record);
        return true;
    });
    out.problems = problems.lines();
    return out;
}

} // namespace clientele::test
