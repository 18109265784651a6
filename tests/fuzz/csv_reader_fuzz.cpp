// Feeds arbitrary bytes to CsvReader. Besides the sanitizers' checks it asserts the reader's
// promises: every record is as wide as the header, lines only go forward, no field is longer
// than the limit, every message is located, and a file read without problems reads back to the
// same records after CsvWriter wrote them out again.
//
// The first input byte chooses the options (so the corpus explores them too): bits 0-1 the
// delimiter (detect, ',', ';', tab), bit 2 GB18030, bit 3 a 16-byte field limit, bit 4 a limit
// of 4 columns, bit 5 refuse a file without rows, bits 6-7 how the input arrives (all at once as
// for '@', or 1, 3 or 7 bytes per read, to put the reader's buffer ends everywhere).
#include "io/csv_reader.h"
#include "io/csv_writer.h"

#include <QBuffer>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

using namespace clientele;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

CsvReaderOptions optionsFor(std::uint8_t flags) {
    CsvReaderOptions options;
    options.sourceName = QStringLiteral("fuzz.csv");
    options.delimiter = "\0,;\t"[flags & 3];
    options.encoding = (flags & 4) ? QStringLiteral("gb18030") : QString();
    options.maxFieldBytes = (flags & 8) ? 16 : 1024 * 1024;
    options.maxColumns = (flags & 16) ? 4 : 1000;
    options.requireDataRows = (flags & 32) != 0;
    return options;
}

// Hands out at most `step` bytes per read, as a pipe may.
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(const QByteArray& bytes, qint64 step)
        : m_bytes(bytes)
        , m_step(step) {
        open(QIODevice::ReadOnly);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 n = std::min({maxSize, m_step, qint64(m_bytes.size()) - m_pos});
        std::memcpy(data, m_bytes.constData() + m_pos, std::size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};

void requireLocated(const Error& error) {
    require(error.message.startsWith(QStringLiteral("fuzz.csv:")) ||
            error.kind == Error::Kind::Usage);
}

struct Contents {
    char delimiter = ',';
    QStringList header;
    std::vector<QStringList> rows;
    bool clean = true;
};

Contents readAll(const QByteArray& bytes, const CsvReaderOptions& options, qint64 step) {
    Contents out;
    TrickleDevice device(bytes, step);
    auto reader = CsvReader::fromDevice(device, options);
    if (!reader) {
        requireLocated(reader.error());
        out.clean = false;
        return out;
    }
    out.header = (*reader)->header();
    out.delimiter = (*reader)->delimiter();
    require(!out.header.isEmpty() && out.header.size() <= options.maxColumns);
    CsvRecord record;
    int lastLine = 0;
    for (;;) {
        auto next = (*reader)->next(record);
        if (!next) {
            requireLocated(next.error());
            out.clean = false;
            if ((*reader)->failed())
                break;
            continue;
        }
        if (!*next)
            break;
        require(record.line > lastLine && record.fields.size() == out.header.size());
        lastLine = record.line;
        for (const QString& field : record.fields)
            require(field.size() <= options.maxFieldBytes);
        out.rows.push_back(record.fields);
    }
    return out;
}

QByteArray writeAll(const Contents& contents, char delimiter) {
    std::vector<CsvOutputColumn> columns;
    for (const QString& name : contents.header)
        columns.push_back({name, CsvCellKind::Value}); // no formula quote: compare as read
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, columns, {delimiter, false});
    for (const QStringList& row : contents.rows)
        require(writer.writeRow(row).ok());
    require(writer.finish().ok());
    return bytes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0)
        return 0;
    const CsvReaderOptions options = optionsFor(data[0]);
    const QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const qint64 steps[] = {qint64(size), 1, 3, 7};
    const Contents first = readAll(bytes, options, steps[data[0] >> 6]);
    // Written back, a first name that opens with a byte-order mark character would be taken for
    // a real mark, and one that opens with a zip signature for a workbook: such a file cannot
    // be written as it was read.
    const QString& firstName = first.header[0];
    if (!first.clean || firstName.startsWith(QChar(0xFEFF)) ||
        firstName.startsWith(QLatin1String("PK\x03\x04")))
        return 0;
    CsvReaderOptions again;
    again.sourceName = options.sourceName;
    again.delimiter = first.delimiter;
    again.maxColumns = options.maxColumns;
    again.maxFieldBytes = 4 * options.maxFieldBytes; // GB18030 text takes more bytes in UTF-8
    again.requireDataRows = false;
    const Contents second = readAll(writeAll(first, again.delimiter), again, 1 << 20);
    require(second.clean && second.header == first.header && second.rows == first.rows);
    return 0;
}
