#include "csv_header.h"

namespace clientele {

namespace {

// A stray byte-order mark (a file saved twice with one) must not hide a name either.
QString key(const QString& headerName) {
    return QString(headerName).remove(QChar(0xFEFF)).trimmed().toCaseFolded();
}

QString quotedList(const QStringList& names) {
    QStringList quoted;
    for (const QString& name : names)
        quoted << QLatin1Char('"') + name + QLatin1Char('"');
    return quoted.join(QStringLiteral(", "));
}

// A one-column header that holds another delimiter usually means the wrong --delimiter was given.
QString delimiterHint(const QStringList& header) {
    if (header.size() != 1)
        return {};
    for (const char* candidate : {";", ",", "\t"}) {
        if (header[0].contains(QLatin1String(candidate)))
            return QStringLiteral("; the header looks %1-separated: check --delimiter")
                .arg(QLatin1String(*candidate == '\t' ? "tab" : candidate));
    }
    return {};
}

} // namespace

Result<CsvHeaderMap> CsvHeaderMap::map(const QStringList& header, const CsvSchema& schema,
                                       const CsvHeaderOptions& options) {
    CsvHeaderMap out;
    out.m_fieldOf.assign(schema.size(), -1);
    QStringList knownNames;
    for (const CsvColumn& column : schema) {
        out.m_names << column.name;
        knownNames << column.name;
    }
    const QString at = QStringLiteral("%1:%2: ").arg(options.sourceName).arg(options.line);
    QStringList problems;
    QStringList unknown;
    QStringList seenKeys;
    for (int field = 0; field < header.size(); ++field) {
        const QString name = QString(header[field]).remove(QChar(0xFEFF)).trimmed();
        const QString k = key(name);
        if (const auto first = seenKeys.indexOf(k); first >= 0 && !k.isEmpty()) {
            problems << at + QStringLiteral("column %1: appears twice (columns %2 and %3)")
                                 .arg(name)
                                 .arg(first + 1)
                                 .arg(field + 1);
        }
        seenKeys << k;
        int column = -1;
        for (std::size_t i = 0; i < schema.size() && column < 0; ++i)
            if (key(schema[i].name) == k)
                column = static_cast<int>(i);
        if (column >= 0) {
            if (out.m_fieldOf[static_cast<std::size_t>(column)] < 0)
                out.m_fieldOf[static_cast<std::size_t>(column)] = field;
        } else if (!options.ignoreUnknown) {
            if (k.isEmpty())
                problems << at + QStringLiteral("column %1: the header has no name").arg(field + 1);
            else
                unknown << name;
        }
    }
    if (!unknown.isEmpty())
        problems << at + QStringLiteral("unknown %1 %2 (the known columns are: %3; "
                                        "--ignore-unknown skips unknown columns%4)")
                             .arg(unknown.size() == 1 ? QStringLiteral("column")
                                                      : QStringLiteral("columns"),
                                  quotedList(unknown), knownNames.join(QStringLiteral(", ")),
                                  delimiterHint(header));
    QStringList missing;
    for (std::size_t i = 0; i < schema.size(); ++i)
        if (schema[i].required && out.m_fieldOf[i] < 0)
            missing << schema[i].name;
    if (!missing.isEmpty())
        problems << at + QStringLiteral("missing required %1 %2")
                             .arg(missing.size() == 1 ? QStringLiteral("column")
                                                      : QStringLiteral("columns"),
                                  missing.join(QStringLiteral(", ")));
    if (!problems.isEmpty())
        return Error::invalid(problems.join(u'\n'));
    return out;
}

const QString& CsvHeaderMap::cell(const CsvRecord& record, int column) const {
    static const QString empty;
    const int field = fieldIndex(column);
    return field >= 0 && field < record.fields.size() ? record.fields[field] : empty;
}

int columnIndex(const CsvSchema& schema, QStringView name) {
    for (std::size_t i = 0; i < schema.size(); ++i)
        if (schema[i].name == name)
            return static_cast<int>(i);
    return -1;
}

} // namespace clientele
