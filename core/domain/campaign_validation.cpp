#include "campaign_validation.h"

#include "field_checks.h"

namespace clientele {

FieldErrors validateCampaign(const Campaign& c) {
    FieldErrors errors;
    field_checks::key(errors, "code", c.code);
    field_checks::required(errors, "name", c.name);
    field_checks::date(errors, "starts_on", c.startsOn, false);
    field_checks::date(errors, "ends_on", c.endsOn, false);
    if (errors.empty() && !c.startsOn.isEmpty() && !c.endsOn.isEmpty() && c.endsOn < c.startsOn)
        errors.push_back({QStringLiteral("ends_on"),
                          QStringLiteral("%1 is before the start, %2").arg(c.endsOn, c.startsOn)});
    field_checks::notNegative(errors, "cost", c.cost);
    field_checks::notNegative(errors, "response_window_days", c.responseWindowDays);
    return errors;
}

} // namespace clientele
