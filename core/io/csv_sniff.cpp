#include "csv_sniff.h"

#include <QString>

#include <array>

namespace clientele {

namespace {

bool startsWith(QByteArrayView head, QByteArrayView prefix) {
    return head.size() >= prefix.size() && head.first(prefix.size()) == prefix;
}

QByteArrayView firstLine(QByteArrayView head) {
    for (qsizetype i = 0; i < head.size(); ++i)
        if (head[i] == '\n' || head[i] == '\r')
            return head.first(i);
    return head;
}

} // namespace

Status checkLooksLikeCsv(QByteArrayView head) {
    if (startsWith(head, QByteArrayView("PK\x03\x04", 4)))
        return Error::invalid(QStringLiteral(
            "this is an Excel workbook (.xlsx) or another zip file, not CSV; save it as "
            "\"CSV UTF-8\" in Excel (File > Save As) and import that file"));
    if (startsWith(head, QByteArrayView("\xD0\xCF\x11\xE0", 4)))
        return Error::invalid(QStringLiteral(
            "this is an old Excel workbook (.xls), not CSV; save it as \"CSV UTF-8\" "
            "in Excel (File > Save As) and import that file"));
    if (startsWith(head, QByteArrayView("\xFF\xFE", 2)) ||
        startsWith(head, QByteArrayView("\xFE\xFF", 2)))
        return Error::invalid(QStringLiteral(
            "this file is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\""));
    if (startsWith(head, QByteArrayView("SQLite format 3\0", 16)))
        return Error::invalid(QStringLiteral("this is an SQLite database file, not CSV"));
    // A NUL in the first line means binary data; one further on is reported where it is.
    if (firstLine(head).contains('\0'))
        return Error::invalid(
            QStringLiteral("this is a binary file (it contains NUL bytes), not CSV text"));
    return {};
}

char detectDelimiter(QByteArrayView head) {
    std::array<qsizetype, 3> counts{};
    const std::array<char, 3> candidates{',', ';', '\t'};
    bool quoted = false;
    for (const char c : head) {
        if (c == '"') {
            quoted = !quoted; // a doubled quote toggles twice, which is what it should do
            continue;
        }
        if (quoted)
            continue;
        if (c == '\n' || c == '\r')
            break;
        for (std::size_t i = 0; i < candidates.size(); ++i)
            counts[i] += c == candidates[i] ? 1 : 0;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates.size(); ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

int byteOrderMarkLength(QByteArrayView head) {
    return startsWith(head, QByteArrayView("\xEF\xBB\xBF", 3)) ? 3 : 0;
}

} // namespace clientele
