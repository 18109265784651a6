#pragma once

#include <QString>
#include <QStringView>

namespace clientele {

// Digits of a phone number as typed, for caller lookup: spaces, dashes, dots, brackets and a
// leading international prefix for China (+86, 0086) are dropped, so "+86 138-0013-8000",
// "0086 13800138000" and "138 0013 8000" all give "13800138000".
QString phoneDigits(QStringView typed);

// True when the text looks like a phone fragment someone is searching for (digits and separators).
bool looksLikePhone(QStringView text);

} // namespace clientele
