#include "csv_reader.h"

#include "csv_sniff.h"

#include <QFile>

#include <cstring>

namespace clientele {

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
    const QString counts = QStringLiteral("the row has %1 %2 but the header has %3")
                               .arg(have)
                               .arg(have == 1 ? QStringLiteral("field") : QStringLiteral("fields"))
                               .arg(want);
    if (have > want)
        return Error::invalid(
            locate(record.line, static_cast<int>(want),
                   counts + QStringLiteral(" (a value that contains the "
                                           "delimiter must be in double quotes)")));
    return Error::invalid(
        locate(record.line, static_cast<int>(have), QStringLiteral("missing: ") + counts));
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
