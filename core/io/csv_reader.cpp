#include "csv_reader.h"

#include "csv_sniff.h"

#include <QFile>

#include <cstring>

namespace clientele {

namespace {

constexpr qsizetype kBufferSize = 256 * 1024;

QString sizeText(qsizetype bytes) {
    if (bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes % 1024 == 0)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path, CsvReaderOptions options) {
    auto file = std::make_unique<QFile>(path);
    const bool isStdin = path == QStringLiteral("-");
    if (options.sourceName.isEmpty())
        options.sourceName = isStdin ? QStringLiteral("<stdin>") : path;
    // Unbuffered: the reader has its own buffer, so a second copy through QIODevice's is waste.
    const bool opened = isStdin ? file->open(stdin, QIODevice::ReadOnly | QIODevice::Unbuffered)
                                : file->open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!opened)
        return Error::io(QStringLiteral("%1: cannot open: %2").arg(path, file->errorString()));
    auto reader = fromDevice(*file, std::move(options));
    if (reader)
        (*reader)->m_ownedDevice = std::move(file);
    return reader;
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromDevice(QIODevice& device,
                                                         CsvReaderOptions options) {
    auto decoder = CsvTextDecoder::forEncoding(options.encoding);
    if (!decoder)
        return decoder.error();
    std::unique_ptr<CsvReader> reader(
        new CsvReader(device, std::move(options), std::move(*decoder)));
    if (auto started = reader->start(); !started)
        return started.error();
    return reader;
}

CsvReader::CsvReader(QIODevice& device, CsvReaderOptions options, CsvTextDecoder decoder)
    : m_device(device)
    , m_options(std::move(options))
    , m_decoder(std::move(decoder))
    , m_buffer(new char[kBufferSize]) {}

CsvReader::~CsvReader() = default;

Status CsvReader::start() {
    if (auto head = readHead(); !head)
        return head;
    const QByteArrayView head(m_buffer.get(), m_end);
    if (head.isEmpty())
        return Error::invalid(locate(1, -1, QStringLiteral("the file is empty")));
    if (auto looks = checkLooksLikeCsv(head); !looks)
        return Error::invalid(locate(1, -1, looks.error().message));
    m_pos = byteOrderMarkLength(head);
    if (m_pos > 0 && !m_decoder.isUtf8())
        return Error::invalid(locate(1, -1,
                                     QStringLiteral("the file starts with a UTF-8 byte-order mark, "
                                                    "so it is UTF-8 text: leave out --encoding")));
    m_delimiter = m_options.delimiter ? m_options.delimiter : detectDelimiter(head.sliced(m_pos));
    if (m_delimiter == '"' || m_delimiter == '\r' || m_delimiter == '\n' || m_delimiter == '\0')
        return Error::usage(QStringLiteral("a quote or line break cannot be the delimiter"));
    for (const char c : {'"', '\r', '\n', '\0'}) {
        m_stopQuoted[static_cast<unsigned char>(c)] = true;
        m_stopUnquoted[static_cast<unsigned char>(c)] = true;
    }
    m_stopUnquoted[static_cast<unsigned char>(m_delimiter)] = true;

    CsvRecord header;
    if (parseRecord(header) == Step::End)
        return Error::invalid(locate(1, -1, QStringLiteral("the file is empty")));
    if (m_failed)
        return m_error;
    m_header = header.fields;
    for (const QString& name : std::as_const(m_header))
        m_columnNames << name.trimmed();
    return {};
}

// Fills the buffer until it holds the first line break (or is full, or the input ends), so the
// file type and the delimiter are judged on the whole header line even from a slow pipe.
Status CsvReader::readHead() {
    while (m_end < kBufferSize) {
        const qint64 n = m_device.read(m_buffer.get() + m_end, kBufferSize - m_end);
        if (n < 0)
            return Error::io(QStringLiteral("%1: cannot read: %2")
                                 .arg(m_options.sourceName, m_device.errorString()));
        if (n == 0) {
            m_eof = true;
            break;
        }
        const char* fresh = m_buffer.get() + m_end;
        m_end += n;
        m_bytesRead += n;
        if (std::memchr(fresh, '\n', n) || std::memchr(fresh, '\r', n))
            break;
    }
    return {};
}

Result<bool> CsvReader::next(CsvRecord& record) {
    if (m_failed || m_done)
        return false;
    const Step step = parseRecord(record);
    if (step == Step::Failed)
        return m_error;
    if (step == Step::End) {
        m_done = true;
        if (m_records == 0 && m_options.requireDataRows) {
            m_failed = true;
            m_error = Error::invalid(locate(
                m_line, -1, QStringLiteral("no data rows: the file has a header line only")));
            return m_error;
        }
        return false;
    }
    ++m_records;
    if (record.fields.size() != m_header.size())
        return widthProblem(record);
    return true;
}

Error CsvReader::widthProblem(const CsvRecord& record) const {
    const auto have = record.fields.size();
    const auto want = m_header.size();
    if (have > want)
        return Error::invalid(locate(
            record.line, static_cast<int>(want),
            QStringLiteral("the row has %1 fields but the header has %2 (a value that contains "
                           "the delimiter must be in double quotes)")
                .arg(have)
                .arg(want)));
    return Error::invalid(
        locate(record.line, static_cast<int>(have),
               QStringLiteral("missing: the row has %1 fields but the header has %2")
                   .arg(have)
                   .arg(want)));
}

CsvReader::Step CsvReader::parseRecord(CsvRecord& record) {
    m_fieldCount = 0;
    if (!skipBlankLines())
        return m_failed ? Step::Failed : Step::End;
    record.line = m_line;
    for (bool recordDone = false; !recordDone;) {
        m_field.clear();
        m_fieldLine = m_line;
        const bool atEnd = m_pos == m_end && !refill();
        if (m_failed)
            return Step::Failed;
        bool ok = true;
        if (atEnd) { // the input ends just after a delimiter: a last, empty field
            ok = endField(record, m_field);
            recordDone = true;
        } else if (m_buffer[m_pos] == '"') {
            ok = parseQuoted(record, recordDone);
        } else {
            ok = parseUnquoted(record, recordDone);
        }
        if (!ok)
            return Step::Failed;
    }
    while (record.fields.size() > m_fieldCount)
        record.fields.removeLast();
    return Step::Record;
}

// False at the end of the input (or on a read error).
bool CsvReader::skipBlankLines() {
    for (;;) {
        if (m_pos == m_end && !refill())
            return false;
        const char c = m_buffer[m_pos];
        if (c != '\r' && c != '\n')
            return true;
        consumeLineEnd();
    }
}

bool CsvReader::parseUnquoted(CsvRecord& record, bool& recordDone) {
    for (;;) {
        if (m_pos == m_end && !refill()) {
            if (m_failed)
                return false;
            recordDone = true;
            return endField(record, m_field);
        }
        const char* const start = m_buffer.get() + m_pos;
        const char* const end = m_buffer.get() + m_end;
        const char* stop = start;
        while (stop < end && !m_stopUnquoted[static_cast<unsigned char>(*stop)])
            ++stop;
        const qsizetype length = stop - start;
        m_pos += length;
        if (stop == end) {
            if (!append(start, length))
                return false;
            continue;
        }
        const char c = *stop;
        if (c == '"')
            return fail(m_line, QStringLiteral("a quote inside a value that does not start with "
                                               "one; put the whole value in double quotes and "
                                               "double the quote (\"\")"));
        if (c == '\0')
            return fail(m_line, QStringLiteral("a NUL byte (the file looks binary)"));
        // Usually the whole field lies in the buffer: decode it from there, without a copy, and
        // before consuming the line end, which may refill the buffer.
        if (!append(start, length, m_field.empty()))
            return false;
        if (!endField(record, m_field.empty()
                                  ? QByteArrayView(start, length)
                                  : QByteArrayView(m_field.data(), qsizetype(m_field.size()))))
            return false;
        if (c == m_delimiter) {
            ++m_pos;
            return true;
        }
        consumeLineEnd();
        recordDone = true;
        return true;
    }
}

bool CsvReader::parseQuoted(CsvRecord& record, bool& recordDone) {
    ++m_pos; // the opening quote
    for (;;) {
        if (m_pos == m_end && !refill()) {
            if (m_failed)
                return false;
            return fail(m_fieldLine, QStringLiteral("the quote that opens this value is never "
                                                    "closed"));
        }
        const char* const start = m_buffer.get() + m_pos;
        const char* const end = m_buffer.get() + m_end;
        const char* stop = start;
        while (stop < end && !m_stopQuoted[static_cast<unsigned char>(*stop)])
            ++stop;
        if (!append(start, stop - start))
            return false;
        m_pos += stop - start;
        if (stop == end)
            continue;
        const char c = *stop;
        // peekIs() may refill the buffer, so nothing below points into it.
        if (c == '"') {
            ++m_pos;
            if (!peekIs('"'))
                return afterClosingQuote(record, recordDone);
            ++m_pos;
            if (!append("\"", 1))
                return false;
        } else if (c == '\n') {
            ++m_pos;
            ++m_line;
            if (!append("\n", 1))
                return false;
        } else if (c == '\r') {
            ++m_pos;
            ++m_line;
            const bool crlf = peekIs('\n');
            m_pos += crlf ? 1 : 0;
            if (!append(crlf ? "\r\n" : "\r", crlf ? 2 : 1))
                return false;
        } else {
            return fail(m_line, QStringLiteral("a NUL byte (the file looks binary)"));
        }
    }
}

bool CsvReader::afterClosingQuote(CsvRecord& record, bool& recordDone) {
    if (m_pos == m_end && !refill()) {
        if (m_failed)
            return false;
        recordDone = true;
        return endField(record, m_field);
    }
    const char c = m_buffer[m_pos];
    if (c == m_delimiter) {
        ++m_pos;
        return endField(record, m_field);
    }
    if (c == '\r' || c == '\n') {
        consumeLineEnd();
        recordDone = true;
        return endField(record, m_field);
    }
    return fail(m_line, QStringLiteral("text after the closing quote of a quoted value (a quote "
                                       "inside a quoted value must be doubled: \"\")"));
}

bool CsvReader::endField(CsvRecord& record, const std::string& bytes) {
    return endField(record, QByteArrayView(bytes.data(), qsizetype(bytes.size())));
}

bool CsvReader::endField(CsvRecord& record, QByteArrayView bytes) {
    if (m_fieldCount >= m_options.maxColumns)
        return fail(m_fieldLine,
                    QStringLiteral("more than %1 fields in one row").arg(m_options.maxColumns));
    if (record.fields.size() <= m_fieldCount)
        record.fields.append(QString());
    QString why;
    if (!m_decoder.decode(bytes, record.fields[m_fieldCount], why))
        return fail(m_fieldLine, why);
    ++m_fieldCount;
    return true;
}

// Refuses a field past the limit before buffering it, so an endless value costs no more memory.
bool CsvReader::append(const char* from, qsizetype length, bool checkOnly) {
    if (qsizetype(m_field.size()) + length > m_options.maxFieldBytes)
        return fail(m_fieldLine, QStringLiteral("the value is longer than the limit of %1")
                                     .arg(sizeText(m_options.maxFieldBytes)));
    if (!checkOnly)
        m_field.append(from, static_cast<std::size_t>(length));
    return true;
}

bool CsvReader::refill() {
    if (m_eof || m_failed)
        return false;
    const qint64 n = m_device.read(m_buffer.get(), kBufferSize);
    if (n < 0) {
        m_failed = true;
        m_error = Error::io(QStringLiteral("%1: cannot read: %2")
                                .arg(m_options.sourceName, m_device.errorString()));
        return false;
    }
    m_pos = 0;
    m_end = n;
    m_bytesRead += n;
    m_eof = n == 0;
    return n > 0;
}

bool CsvReader::peekIs(char c) {
    if (m_pos == m_end && !refill())
        return false;
    return m_buffer[m_pos] == c;
}

void CsvReader::consumeLineEnd() {
    const char c = m_buffer[m_pos++];
    ++m_line;
    if (c == '\r' && peekIs('\n'))
        ++m_pos;
}

bool CsvReader::fail(int line, const QString& why) {
    m_failed = true;
    m_error = Error::invalid(locate(line, m_fieldCount, why));
    return false;
}

QString CsvReader::columnLabel(int index) const {
    if (index < m_columnNames.size() && !m_columnNames[index].isEmpty())
        return m_columnNames[index];
    return QString::number(index + 1);
}

QString CsvReader::locate(int line, int column, const QString& why) const {
    if (column < 0)
        return QStringLiteral("%1:%2: %3").arg(m_options.sourceName).arg(line).arg(why);
    return QStringLiteral("%1:%2: column %3: %4")
        .arg(m_options.sourceName)
        .arg(line)
        .arg(columnLabel(column), why);
}

Result<char> delimiterFromOption(QStringView text) {
    if (text == u"," || text == u";" || text == u"\t")
        return static_cast<char>(text[0].unicode());
    if (text.compare(u"tab", Qt::CaseInsensitive) == 0 || text == u"\\t")
        return '\t';
    return Error::usage(
        QStringLiteral("the delimiter must be \",\", \";\" or \"tab\", not \"%1\"").arg(text));
}

} // namespace clientele
