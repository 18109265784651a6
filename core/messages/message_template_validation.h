#pragma once

#include "domain/field_error.h"
#include "message_template.h"

namespace clientele {

// A known occasion and language, a body, and in subject and body only the placeholders of the
// occasion (each problem named with its place; see templateProblems).
FieldErrors validateMessageTemplate(const MessageTemplate& t);

} // namespace clientele
