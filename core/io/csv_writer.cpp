#include "csv_writer.h"

#include "csv_formula_guard.h"

namespace clientele {

namespace {

constexpr qsizetype kFlushSize = 256 * 1024;

bool needsQuotes(QStringView text, QChar delimiter) {
    if (text.isEmpty())
        return false;
    const auto isBlank = [](QChar c) { return c == u' ' || c == u'\t'; };
    if (isBlank(text.front()) || isBlank(text.back()))
        return true;
    for (const QChar c : text)
        if (c == delimiter || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    return false;
}

} // namespace

CsvWriterOptions excelWriterOptions(const QLocale& locale) {
    CsvWriterOptions options;
    options.byteOrderMark = true;
    options.delimiter = locale.decimalPoint() == QStringLiteral(",") ? ';' : ',';
    return options;
}

CsvWriter::CsvWriter(QIODevice& device, std::vector<CsvOutputColumn> columns,
                     CsvWriterOptions options)
    : m_device(device)
    , m_columns(std::move(columns))
    , m_options(options) {
    m_buffer.reserve(kFlushSize + 4096);
}

void CsvWriter::appendHeader() {
    if (m_options.byteOrderMark)
        m_buffer.append("\xEF\xBB\xBF");
    QStringList names;
    for (const CsvOutputColumn& column : m_columns)
        names << column.name;
    appendRow(names, false);
    m_headerWritten = true;
}

Status CsvWriter::writeRow(const QStringList& cells) {
    if (static_cast<std::size_t>(cells.size()) != m_columns.size())
        return Error::usage(QStringLiteral("a CSV row has %1 cells for %2 columns")
                                .arg(cells.size())
                                .arg(m_columns.size()));
    if (!m_headerWritten)
        appendHeader();
    appendRow(cells, true);
    return flushIfFull();
}

void CsvWriter::appendRow(const QStringList& cells, bool guardText) {
    m_row.resize(0); // keeps the capacity for the next row
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_row += QLatin1Char(m_options.delimiter);
        const bool text = m_columns[static_cast<std::size_t>(i)].kind == CsvCellKind::Text;
        appendCell(guardText && text ? guardFormula(cells[i]) : cells[i]);
    }
    // A lone empty cell would make a blank line, which readers skip.
    if (cells.size() == 1 && cells[0].isEmpty())
        m_row += QLatin1String("\"\"");
    m_row += QLatin1String("\r\n");
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + m_encoder.requiredSpace(m_row.size()));
    char* end = m_encoder.appendToBuffer(m_buffer.data() + old, m_row);
    m_buffer.resize(end - m_buffer.constData());
}

void CsvWriter::appendCell(const QString& text) {
    const QChar delimiter = QLatin1Char(m_options.delimiter);
    if (!needsQuotes(text, delimiter)) {
        m_row += text;
        return;
    }
    m_row += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            m_row += u'"';
        m_row += c;
    }
    m_row += u'"';
}

Status CsvWriter::writeRow(const std::vector<std::string_view>& cells) {
    if (cells.size() != m_columns.size())
        return Error::usage(QStringLiteral("a CSV row has %1 cells for %2 columns")
                                .arg(cells.size())
                                .arg(m_columns.size()));
    if (!m_headerWritten)
        appendHeader();
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_buffer += m_options.delimiter;
        appendCell(cells[i], m_columns[i].kind == CsvCellKind::Text);
    }
    if (cells.size() == 1 && cells[0].empty())
        m_buffer += "\"\"";
    m_buffer += "\r\n";
    return flushIfFull();
}

void CsvWriter::appendCell(std::string_view cell, bool guardText) {
    const bool guard = guardText && needsFormulaGuard(cell);
    const auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
    bool quote = !cell.empty() && (isBlank(cell.back()) || (!guard && isBlank(cell.front())));
    for (std::size_t i = 0; !quote && i < cell.size(); ++i) {
        const char c = cell[i];
        quote = c == m_options.delimiter || c == '"' || c == '\r' || c == '\n';
    }
    if (quote)
        m_buffer += '"';
    if (guard)
        m_buffer += '\'';
    if (!quote) {
        m_buffer.append(cell.data(), static_cast<qsizetype>(cell.size()));
        return;
    }
    for (std::size_t from = 0; from < cell.size();) {
        const std::size_t q = cell.find('"', from);
        const std::size_t end = q == std::string_view::npos ? cell.size() : q + 1;
        m_buffer.append(cell.data() + from, static_cast<qsizetype>(end - from));
        if (q != std::string_view::npos)
            m_buffer += '"';
        from = end;
    }
    m_buffer += '"';
}

Status CsvWriter::finish() {
    if (!m_headerWritten)
        appendHeader();
    return flush();
}

Status CsvWriter::flushIfFull() {
    return m_buffer.size() >= kFlushSize ? flush() : Status();
}

Status CsvWriter::flush() {
    if (m_buffer.isEmpty())
        return {};
    const qint64 written = m_device.write(m_buffer);
    if (written != m_buffer.size())
        return Error::io(
            QStringLiteral("cannot write the CSV output: %1").arg(m_device.errorString()));
    m_buffer.resize(0);
    return {};
}

} // namespace clientele
