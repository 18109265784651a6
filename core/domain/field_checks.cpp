#include "field_checks.h"

#include "common/dates.h"

namespace clientele::field_checks {

namespace {

void add(FieldErrors& errors, const char* field, const QString& message) {
    errors.push_back({QLatin1String(field), message});
}

} // namespace

void required(FieldErrors& errors, const char* field, const QString& value) {
    if (value.trimmed().isEmpty())
        add(errors, field, QStringLiteral("a value is required"));
}

void key(FieldErrors& errors, const char* field, const QString& value) {
    if (value.trimmed().isEmpty())
        add(errors, field, QStringLiteral("a value is required"));
    else if (value != value.trimmed())
        add(errors, field, QStringLiteral("\"%1\" has spaces at its start or end").arg(value));
}

void oneOf(FieldErrors& errors, const char* field, const QString& value,
           const QStringList& allowed) {
    if (allowed.contains(value))
        return;
    QStringList named;
    for (const QString& a : allowed)
        if (!a.isEmpty())
            named << a;
    add(errors, field,
        QStringLiteral("\"%1\" is not one of %2").arg(value, named.join(QStringLiteral(", "))));
}

void date(FieldErrors& errors, const char* field, const QString& value, bool isRequired) {
    if (value.isEmpty()) {
        if (isRequired)
            add(errors, field, QStringLiteral("a date is required"));
        return;
    }
    if (auto day = parseIsoDate(value); !day)
        add(errors, field, day.error().message);
}

void dateTime(FieldErrors& errors, const char* field, const QString& value, bool isRequired) {
    if (value.isEmpty()) {
        if (isRequired)
            add(errors, field, QStringLiteral("a date is required"));
        return;
    }
    if (auto parsed = parseIsoDateTime(value); !parsed)
        add(errors, field, parsed.error().message);
}

void notNegative(FieldErrors& errors, const char* field, qint64 value) {
    if (value < 0)
        add(errors, field, QStringLiteral("must not be negative"));
}

QString storedDateTime(const QString& value) {
    auto parsed = parseIsoDateTime(value);
    return parsed ? formatStoredDateTime(*parsed) : value;
}

} // namespace clientele::field_checks
