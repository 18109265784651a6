#pragma once

#include "common/ids.h"

#include <QString>
#include <QStringList>

namespace clientele {

// What a customer aims for (goal) or what troubles them (need).
struct CustomerNote {
    Id id = 0;
    Id customerId = 0;
    QString kind = QStringLiteral("need");
    QString text;
    QString createdAt;
    QString updatedAt;
};

namespace customer_note_values {
inline const QStringList kinds = {QStringLiteral("goal"), QStringLiteral("need")};
} // namespace customer_note_values

} // namespace clientele
