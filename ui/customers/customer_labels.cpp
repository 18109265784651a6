#include "customer_labels.h"

#include <QCoreApplication>

namespace clientele {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("CustomerLabels", text);
}
} // namespace

QString customerStatusLabel(const QString& status) {
    if (status == QLatin1String("lead"))
        return tr("Lead");
    if (status == QLatin1String("prospect"))
        return tr("Prospect");
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("lost"))
        return tr("Lost");
    return status;
}

QString customerKindLabel(const QString& kind) {
    if (kind == QLatin1String("person"))
        return tr("Person");
    if (kind == QLatin1String("company"))
        return tr("Company");
    return kind;
}

QString decisionRoleLabel(const QString& role) {
    if (role == QLatin1String("decision_maker"))
        return tr("Decision maker");
    if (role == QLatin1String("influencer"))
        return tr("Influencer");
    if (role == QLatin1String("user"))
        return tr("User");
    if (role == QLatin1String("gatekeeper"))
        return tr("Gatekeeper");
    return role;
}

} // namespace clientele
