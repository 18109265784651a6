#include "csv_formula_guard.h"

namespace clientele {

namespace {

bool isFormulaStart(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

} // namespace

bool needsFormulaGuard(QStringView text) {
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isFormulaStart(text[i]);
}

bool needsFormulaGuard(std::string_view utf8) {
    std::size_t i = 0;
    while (i < utf8.size() && utf8[i] == '\'')
        ++i;
    return i < utf8.size() && isFormulaStart(QLatin1Char(utf8[i]));
}

QString guardFormula(const QString& text) {
    return needsFormulaGuard(text) ? QLatin1Char('\'') + text : text;
}

QString unguardFormula(const QString& cell) {
    if (cell.startsWith(u'\'') && needsFormulaGuard(QStringView(cell).sliced(1)))
        return cell.sliced(1);
    return cell;
}

} // namespace clientele
