#include "csv_reader.h"

// The record parser: a state machine over the bytes of the read buffer. Fields are decoded
// straight from the buffer when they lie within it and gathered in m_field when they straddle a
// refill, a doubled quote or a line break.

namespace clientele {

namespace {

QString sizeText(qsizetype bytes) {
    if (bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MB").arg(bytes / (1024 * 1024));
    if (bytes % 1024 == 0)
        return QStringLiteral("%1 KB").arg(bytes / 1024);
    return QStringLiteral("%1 bytes").arg(bytes);
}

} // namespace

CsvReader::Step CsvReader::parseRecord(CsvRecord& record) {
    m_fieldCount = 0;
    m_recordBytes = 0;
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
    m_recordBytes += bytes.size();
    if (m_recordBytes > m_options.maxRecordBytes)
        return fail(m_fieldLine, QStringLiteral("the row is longer than the limit of %1")
                                     .arg(sizeText(m_options.maxRecordBytes)));
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

} // namespace clientele
