#pragma once

#include "common/ids.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

struct Customer {
    Id id = 0;
    QString ref;
    QString kind = QStringLiteral("person"); // person | company
    QString name;
    std::optional<Id> companyId; // the company customer a person belongs to
    QString role;                // job role at that company
    QString decisionRole;        // '' | decision_maker | influencer | user | gatekeeper
    QString phones;              // ';'-separated
    QString emails;              // ';'-separated
    QString address;
    QString city;
    QString region;
    QString birthday;           // YYYY-MM-DD or empty
    bool birthdayLunar = false; // celebrated on the Chinese lunar calendar
    QString nativePlace;
    QString education;
    QString occupation;
    QString family;
    QString personality;
    QString hobbies;
    QString title;
    QString source;
    QString status = QStringLiteral("active"); // lead | prospect | active | lost
    QString tier;
    QString salesperson;
    QString tags; // ';'-separated
    QString notes;
    QString createdAt;
    QString updatedAt;
};

namespace customer_values {
inline const QStringList kinds = {QStringLiteral("person"), QStringLiteral("company")};
inline const QStringList statuses = {QStringLiteral("lead"), QStringLiteral("prospect"),
                                     QStringLiteral("active"), QStringLiteral("lost")};
inline const QStringList decisionRoles = {QString(), QStringLiteral("decision_maker"),
                                          QStringLiteral("influencer"), QStringLiteral("user"),
                                          QStringLiteral("gatekeeper")};
} // namespace customer_values

} // namespace clientele
