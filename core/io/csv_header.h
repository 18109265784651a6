#pragma once

#include "common/result.h"
#include "csv_reader.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

// One column a kind of file can have. Names are written in lower case, as exports write them.
struct CsvColumn {
    QString name;
    bool required = false;
};
using CsvSchema = std::vector<CsvColumn>;

struct CsvHeaderOptions {
    QString sourceName; // for messages
    bool ignoreUnknown = false;
    int line = 1; // the header's line
};

// Where each column of a schema sits in the records of one file. Header names match the schema
// case-insensitively and with surrounding spaces ignored, in any order; optional columns may be
// absent. Unknown columns (unless ignored), missing required columns and duplicated names are
// refused, each reported on its own line of the error message.
class CsvHeaderMap {
public:
    static Result<CsvHeaderMap> map(const QStringList& header, const CsvSchema& schema,
                                    const CsvHeaderOptions& options);

    // The field index of schema column i in a record, or -1 when the file lacks the column.
    int fieldIndex(int column) const { return m_fieldOf[static_cast<std::size_t>(column)]; }
    bool has(int column) const { return fieldIndex(column) >= 0; }
    // The cell of schema column i, or an empty string when the file lacks the column.
    const QString& cell(const CsvRecord& record, int column) const;
    const QString& name(int column) const { return m_names[column]; }

private:
    std::vector<int> m_fieldOf;
    QStringList m_names;
};

// Index of the column called name in schema (exact, lower-case name), or -1.
int columnIndex(const CsvSchema& schema, QStringView name);

} // namespace clientele
