#include "task_validation.h"

#include "field_checks.h"
#include "recurrence.h"

namespace clientele {

FieldErrors validateTask(const Task& t) {
    FieldErrors errors;
    field_checks::required(errors, "title", t.title);
    field_checks::date(errors, "due_on", t.dueOn, true);
    field_checks::oneOf(errors, "kind", t.kind, task_values::kinds);
    if (auto rule = parseRecurrence(t.recurrence); !rule)
        errors.push_back({QStringLiteral("recurrence"), rule.error().message});
    field_checks::dateTime(errors, "done_at", t.doneAt, false);
    field_checks::notNegative(errors, "cost", t.cost);
    return errors;
}

} // namespace clientele
