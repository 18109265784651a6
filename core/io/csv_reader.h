#pragma once

#include "common/result.h"
#include "csv_text_decoder.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <string>

namespace clientele {

struct CsvReaderOptions {
    QString sourceName; // how messages name the file; open() uses the path when empty
    char delimiter = 0; // ',', ';' or '\t'; 0 detects it from the header line
    QString encoding;   // empty for UTF-8; see CsvTextDecoder::forEncoding
    qsizetype maxFieldBytes = 1024 * 1024;
    qsizetype maxRecordBytes = 16 * 1024 * 1024; // all fields of one row together
    int maxColumns = 1000;       // a header or row wider than this is refused (bounds memory)
    bool requireDataRows = true; // a file with a header and no rows is refused
};

struct CsvRecord {
    QStringList fields;
    int line = 0; // 1-based physical line on which the record starts; the header is line 1
};

// Streaming RFC 4180 reader: quoted fields may hold delimiters, doubled quotes and line breaks;
// lines end in CRLF, LF or a lone CR; a UTF-8 byte-order mark is skipped; blank lines are skipped.
// Memory stays bounded by the read buffer plus one record (at most maxRecordBytes, each field at
// most maxFieldBytes), whatever the file size.
//
// Problems come back as Errors whose message reads "FILE:LINE: column NAME: why" (the column's
// header name when known, else its 1-based position). A row with the wrong number of fields is
// reported and skipped, and reading can go on; any other problem stops the reader (failed()).
class CsvReader {
public:
    // Opens path ("-" reads standard input) and reads the header line.
    static Result<std::unique_ptr<CsvReader>> open(const QString& path, CsvReaderOptions options);
    // Reads from an open device, which must outlive the reader, starting with the header line.
    static Result<std::unique_ptr<CsvReader>> fromDevice(QIODevice& device,
                                                         CsvReaderOptions options);
    ~CsvReader();

    const QStringList& header() const { return m_header; }
    char delimiter() const { return m_delimiter; }
    const QString& sourceName() const { return m_options.sourceName; }

    // The next data record: true with a record, false at the end of the file (or after a
    // problem that stopped the reader).
    Result<bool> next(CsvRecord& record);
    bool failed() const { return m_failed; }

    int recordsRead() const { return m_records; }
    qint64 bytesRead() const { return m_bytesRead; } // for progress reports

    // "FILE:LINE: column NAME: why" for column index (0-based; -1 for none).
    QString locate(int line, int column, const QString& why) const;

private:
    enum class Step { Record, End, Failed };
    static constexpr qsizetype kBufferSize = 256 * 1024;

    CsvReader(QIODevice& device, CsvReaderOptions options, CsvTextDecoder decoder);
    Status start();
    Status readHead();
    Step parseRecord(CsvRecord& record);
    bool skipBlankLines();
    bool parseUnquoted(CsvRecord& record, bool& recordDone);
    bool parseQuoted(CsvRecord& record, bool& recordDone);
    bool afterClosingQuote(CsvRecord& record, bool& recordDone);
    bool endField(CsvRecord& record, QByteArrayView bytes);
    bool endField(CsvRecord& record, const std::string& bytes);
    // Adds to the current field, refusing it past the size limit (checkOnly: only the check).
    bool append(const char* from, qsizetype length, bool checkOnly = false);
    bool refill();
    bool peekIs(char c);
    void consumeLineEnd();
    bool fail(int line, const QString& why);
    QString columnLabel(int index) const;
    Error widthProblem(const CsvRecord& record) const;

    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice& m_device;
    CsvReaderOptions m_options;
    CsvTextDecoder m_decoder;
    char m_delimiter = ',';
    std::array<bool, 256> m_stopUnquoted{}; // bytes that end a span of an unquoted field
    std::array<bool, 256> m_stopQuoted{};
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    std::string m_field; // the bytes of the field being read
    int m_fieldCount = 0;
    qsizetype m_recordBytes = 0; // bytes of the fields of the record read so far
    int m_line = 1;
    int m_fieldLine = 1; // line on which the current field starts
    QStringList m_header;
    QStringList m_columnNames; // trimmed header names for messages
    int m_records = 0;
    qint64 m_bytesRead = 0;
    bool m_failed = false;
    bool m_done = false;
    Error m_error;
};

// Reads a --delimiter value: "," ";" "tab" (or "\t" or a real tab). Usage error otherwise.
Result<char> delimiterFromOption(QStringView text);

} // namespace clientele
