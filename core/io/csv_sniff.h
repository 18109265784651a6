#pragma once

#include "common/result.h"

#include <QByteArrayView>

namespace clientele {

// Refuses a file whose first bytes show it is not delimited text: an Excel workbook (.xlsx is a
// zip, .xls an OLE compound file), UTF-16 text, an SQLite database, or binary data (a NUL
// byte in the first line). The message says what
// the file is and how to save it as CSV instead. head holds at least the whole first line.
Status checkLooksLikeCsv(QByteArrayView head);

// The delimiter of a header line: whichever of ',' ';' and tab occurs most often outside quotes
// in the first line of head (',' on a tie or when none occurs, i.e. a single column).
char detectDelimiter(QByteArrayView head);

// Length of a UTF-8 byte-order mark at the start of head (3), or 0.
int byteOrderMarkLength(QByteArrayView head);

} // namespace clientele
