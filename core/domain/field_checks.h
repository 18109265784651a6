#pragma once

#include "field_error.h"

#include <QString>
#include <QStringList>

namespace clientele::field_checks {

// Shared wording for the checks every record repeats, so a dialog and an import report the same
// problem in the same words. `field` is the CSV column name.
void required(FieldErrors& errors, const char* field, const QString& value);
// A key column: required, without spaces at its start or end (the schema refuses those).
void key(FieldErrors& errors, const char* field, const QString& value);
void oneOf(FieldErrors& errors, const char* field, const QString& value,
           const QStringList& allowed);
// Empty is accepted unless required.
void date(FieldErrors& errors, const char* field, const QString& value, bool isRequired);
void dateTime(FieldErrors& errors, const char* field, const QString& value, bool isRequired);
void notNegative(FieldErrors& errors, const char* field, qint64 value);

// The stored form of an accepted date-time ("2024-03-05T14:07" -> "2024-03-05 14:07:00");
// text that does not parse is returned unchanged (validation reports it).
QString storedDateTime(const QString& value);

} // namespace clientele::field_checks
