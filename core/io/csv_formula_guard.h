#pragma once

#include <QString>
#include <QStringView>

#include <string_view>

namespace clientele {

// Formula-injection defence. A spreadsheet runs a cell that begins with = + - @ (and, in some,
// a tab or carriage return) as a formula, so exported text cells that begin so get a leading '.
// Import removes that quote again. A text that already begins with ' before such a character
// gets one more, so that every text survives export then import unchanged.
bool needsFormulaGuard(QStringView text);
bool needsFormulaGuard(std::string_view utf8);
QString guardFormula(const QString& text);   // export side: adds the quote when needed
QString unguardFormula(const QString& cell); // import side: removes the quote export added

} // namespace clientele
