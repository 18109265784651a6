#pragma once

#include <QString>
#include <QStringList>

namespace clientele {

// The import kind a CSV file most likely holds, for a chooser to preselect: a kind qualifies
// when the header has all its required columns, and the one that knows most of the header's
// columns wins; a kind named in the file's name ("sales-2024.csv") wins among those that qualify
// or, when none does, is taken as the user's intent. Empty when nothing fits.
QString guessImportKind(const QStringList& header, const QString& fileName);

// The header line of a CSV file (empty when it cannot be read), for guessing.
QStringList readCsvHeader(const QString& path, const QString& encoding = {});

} // namespace clientele
