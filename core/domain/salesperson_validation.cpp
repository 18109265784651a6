#include "salesperson_validation.h"

#include "common/phone.h"
#include "customer_validation.h"
#include "field_checks.h"

namespace clientele {

FieldErrors validateSalesperson(const Salesperson& s) {
    FieldErrors errors;
    field_checks::key(errors, "name", s.name);
    if (!s.email.isEmpty() && !isPlausibleEmail(s.email))
        errors.push_back({QStringLiteral("email"),
                          QStringLiteral("\"%1\" is not an email address").arg(s.email)});
    if (!s.phone.isEmpty() && phoneDigits(s.phone).size() < 3)
        errors.push_back(
            {QStringLiteral("phone"), QStringLiteral("\"%1\" is not a phone number").arg(s.phone)});
    return errors;
}

} // namespace clientele
