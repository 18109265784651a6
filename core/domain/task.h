#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace clientele {

struct Task {
    Id id = 0;
    QString title;
    QString dueOn; // YYYY-MM-DD
    std::optional<Id> customerId;
    QString kind = QStringLiteral("follow_up");
    QString recurrence;        // '' or 'every N days|weeks|months|years' (see recurrence.h)
    QString doneAt;            // date-time, empty while open
    std::optional<Id> visitId; // the visit that asked for it
    Money cost = 0;
    QString notes;
    QString createdAt;
    QString updatedAt;
};

namespace task_values {
inline const QStringList kinds = {QStringLiteral("follow_up"), QStringLiteral("revisit"),
                                  QStringLiteral("payment"),   QStringLiteral("birthday"),
                                  QStringLiteral("holiday"),   QStringLiteral("other")};
} // namespace task_values

} // namespace clientele
