#pragma once

#include "common/ids.h"

#include <QString>
#include <QStringList>

namespace clientele {

// Something a customer likes or dislikes: a window seat, spicy food, no calls before ten.
// One per customer, category and value.
struct Preference {
    Id id = 0;
    Id customerId = 0;
    QString category;
    QString value;
    QString sentiment = QStringLiteral("like");
    QString notes;
    QString createdAt;
    QString updatedAt;
};

namespace preference_values {
inline const QStringList sentiments = {QStringLiteral("like"), QStringLiteral("dislike"),
                                       QStringLiteral("neutral")};
} // namespace preference_values

} // namespace clientele
