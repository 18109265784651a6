#include "message_template_validation.h"

#include "domain/field_checks.h"
#include "template_text.h"

namespace clientele {

FieldErrors validateMessageTemplate(const MessageTemplate& t) {
    FieldErrors errors;
    field_checks::oneOf(errors, "occasion", t.occasion, message_values::occasions);
    field_checks::oneOf(errors, "language", t.language, message_values::languages);
    field_checks::required(errors, "body", t.body);
    for (const QString& problem : templateProblems(t.subject, t.occasion))
        errors.push_back({QStringLiteral("subject"), problem});
    for (const QString& problem : templateProblems(t.body, t.occasion))
        errors.push_back({QStringLiteral("body"), problem});
    return errors;
}

} // namespace clientele
