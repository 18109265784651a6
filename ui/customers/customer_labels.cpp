#include "customer_labels.h"

#include <QCoreApplication>

namespace clientele {

namespace {
struct CustomerLabels {
    Q_DECLARE_TR_FUNCTIONS(CustomerLabels)
};
} // namespace

QString customerStatusLabel(const QString& status) {
    if (status == QLatin1String("lead"))
        return CustomerLabels::tr("Lead");
    if (status == QLatin1String("prospect"))
        return CustomerLabels::tr("Prospect");
    if (status == QLatin1String("active"))
        return CustomerLabels::tr("Active");
    if (status == QLatin1String("lost"))
        return CustomerLabels::tr("Lost");
    return status;
}

QString customerKindLabel(const QString& kind) {
    if (kind == QLatin1String("person"))
        return CustomerLabels::tr("Person");
    if (kind == QLatin1String("company"))
        return CustomerLabels::tr("Company");
    return kind;
}

QString decisionRoleLabel(const QString& role) {
    if (role == QLatin1String("decision_maker"))
        return CustomerLabels::tr("Decision maker");
    if (role == QLatin1String("influencer"))
        return CustomerLabels::tr("Influencer");
    if (role == QLatin1String("user"))
        return CustomerLabels::tr("User");
    if (role == QLatin1String("gatekeeper"))
        return CustomerLabels::tr("Gatekeeper");
    return role;
}

} // namespace clientele
