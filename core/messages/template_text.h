#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace clientele {

// The syntax of a template's text: "{name}" is a placeholder, "{{" and "}}" are a literal brace.
// A "{" that closes no placeholder on its line is a mistake (a lone "}" is taken literally).
struct TemplatePlace {
    int line = 1; // from 1
    int column = 1;
};

struct TemplatePiece {
    QString text; // literal text, or the placeholder's name
    bool isPlaceholder = false;
    TemplatePlace at;
};

struct TemplateScan {
    std::vector<TemplatePiece> pieces;
    std::vector<TemplatePlace> strayBraces; // a "{" that opens no placeholder
};

TemplateScan scanTemplate(QStringView text);

// What is wrong with a template's text for an occasion, one message each (stray braces first,
// then placeholders in the order they come):
// "unknown placeholder {nmae} at column 7", "placeholder {amount_due} at line 3, column 9 is not
// available for this occasion", "{ at column 4 opens no placeholder (write {{ for a brace)".
// A place is a column alone when the text has one line.
QStringList templateProblems(QStringView text, const QString& occasion);

// The text with each placeholder replaced by its value in `values`; one missing from `values`
// stays as written. A placeholder whose value is empty also takes the space after it, so
// "Dear {title} {name}," reads "Dear Li Hua," for a customer without a title; a line of
// placeholders that all came out empty goes (a signature without a salesperson), and so do
// spaces at the end of lines and blank lines at the end. `empty` (when given) receives the
// placeholders that had an empty value, once each.
QString fillTemplate(QStringView text, const QHash<QString, QString>& values,
                     QStringList* empty = nullptr);

} // namespace clientele
