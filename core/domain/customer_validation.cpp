#include "customer_validation.h"

#include "common/dates.h"
#include "common/phone.h"
#include "common/text_lists.h"

namespace clientele {

bool isPlausibleEmail(const QString& email) {
    const qsizetype at = email.indexOf(u'@');
    return at > 0 && at == email.lastIndexOf(u'@') && email.indexOf(u'.', at) > at + 1 &&
           !email.endsWith(u'.') && !email.contains(u' ');
}

FieldErrors validateCustomer(const Customer& c) {
    FieldErrors errors;
    if (c.ref.trimmed().isEmpty())
        errors.push_back({QStringLiteral("ref"), QStringLiteral("a reference is required")});
    else if (c.ref != c.ref.trimmed())
        errors.push_back({QStringLiteral("ref"),
                          QStringLiteral("\"%1\" has spaces at its start or end").arg(c.ref)});
    if (c.name.trimmed().isEmpty())
        errors.push_back({QStringLiteral("name"), QStringLiteral("a name is required")});
    if (!customer_values::kinds.contains(c.kind))
        errors.push_back({QStringLiteral("kind"),
                          QStringLiteral("\"%1\" is not person or company").arg(c.kind)});
    if (!customer_values::statuses.contains(c.status))
        errors.push_back(
            {QStringLiteral("status"),
             QStringLiteral("\"%1\" is not one of lead, prospect, active, lost").arg(c.status)});
    if (!customer_values::decisionRoles.contains(c.decisionRole))
        errors.push_back(
            {QStringLiteral("decision_role"),
             QStringLiteral("\"%1\" is not one of decision_maker, influencer, user, gatekeeper")
                 .arg(c.decisionRole)});
    for (const QString& phone : splitList(c.phones)) {
        if (phoneDigits(phone).size() < 3)
            errors.push_back({QStringLiteral("phones"),
                              QStringLiteral("\"%1\" is not a phone number").arg(phone)});
    }
    for (const QString& email : splitList(c.emails)) {
        if (!isPlausibleEmail(email))
            errors.push_back({QStringLiteral("emails"),
                              QStringLiteral("\"%1\" is not an email address").arg(email)});
    }
    if (!c.birthday.isEmpty()) {
        if (auto day = parseIsoDate(c.birthday); !day)
            errors.push_back({QStringLiteral("birthday"), day.error().message});
    }
    if (c.kind == QLatin1String("company") && c.companyId)
        errors.push_back({QStringLiteral("company_ref"),
                          QStringLiteral("a company cannot belong to another company")});
    if (c.companyId && *c.companyId == c.id && c.id != 0)
        errors.push_back({QStringLiteral("company_ref"),
                          QStringLiteral("a customer cannot be its own company")});
    return errors;
}

} // namespace clientele
