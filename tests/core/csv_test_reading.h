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

// Hands out one byte per read, as a slow pipe may, so every byte is at a buffer's end.
class OneByteDevice : public QIODevice {
public:
    explicit OneByteDevice(const QByteArray& bytes)
        : m_bytes(bytes) {
        open(QIODevice::ReadOnly);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        if (maxSize == 0 || m_pos == m_bytes.size())
            return 0;
        *data = m_bytes[m_pos++];
        return 1;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_pos = 0;
};

inline CsvReadOutcome readCsvDevice(QIODevice& device, CsvReaderOptions options = {}) {
    CsvReadOutcome out;
    options.sourceName = QStringLiteral("in.csv");
    auto reader = CsvReader::fromDevice(device, options);
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

inline CsvReadOutcome readCsvBytes(const QByteArray& bytes, CsvReaderOptions options = {}) {
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readCsvDevice(buffer, options);
}

} // namespace clientele::test
