#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QLocale>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

#include <string_view>
#include <vector>

namespace clientele {

// Text cells get the formula-injection quote; numbers, dates and booleans are written as given.
enum class CsvCellKind { Text, Value };

struct CsvOutputColumn {
    QString name;
    CsvCellKind kind = CsvCellKind::Text;
};

struct CsvWriterOptions {
    char delimiter = ',';
    bool byteOrderMark = false;
};

// What Excel opens without an import dialog: a UTF-8 byte-order mark, and ';' as the delimiter
// where the locale writes decimals with a comma (Excel uses the list separator of the system's
// locale, which is ';' there), ',' elsewhere.
CsvWriterOptions excelWriterOptions(const QLocale& locale);

// RFC 4180 writer: UTF-8, CRLF line ends, a header row, columns in the order given. A cell is
// quoted only when it must be: it holds the delimiter, a quote, CR or LF, or starts or ends with
// a space or tab (which readers would otherwise be tempted to trim). Output is buffered here and
// handed to the device in large blocks.
class CsvWriter {
public:
    CsvWriter(QIODevice& device, std::vector<CsvOutputColumn> columns,
              CsvWriterOptions options = {});

    // One cell per column, in column order. The header goes out before the first row.
    Status writeRow(const QStringList& cells);
    // The same from UTF-8 cells, for exports of millions of rows that hand on SQLite's bytes
    // without a round trip through QString. Quoting and the formula guard look only at ASCII
    // characters, so the output is the same byte for byte.
    Status writeRow(const std::vector<std::string_view>& cells);
    // Writes the header if no row was written and hands everything to the device.
    Status finish();

private:
    void appendHeader();
    void appendRow(const QStringList& cells, bool guardText);
    void appendCell(const QString& text);
    void appendCell(std::string_view utf8, bool guardText);
    Status flushIfFull();
    Status flush();

    QIODevice& m_device;
    std::vector<CsvOutputColumn> m_columns;
    CsvWriterOptions m_options;
    QStringEncoder m_encoder{QStringEncoder::Utf8};
    QString m_row;
    QByteArray m_buffer;
    bool m_headerWritten = false;
};

} // namespace clientele
