#pragma once

#include <QString>

#include <vector>

namespace clientele {

// A validation problem tied to one field, so a dialog can show it next to that field and the
// CSV importer can name the column.
struct FieldError {
    QString field; // the column / CSV header name, e.g. "birthday"
    QString message;
};
using FieldErrors = std::vector<FieldError>;

QString joinFieldErrors(const FieldErrors& errors); // "birthday: ...; email: ..."

} // namespace clientele
