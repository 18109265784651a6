#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QString>

namespace clientele {

struct Campaign {
    Id id = 0;
    QString code;
    QString name;
    QString channel;
    QString startsOn; // YYYY-MM-DD or empty
    QString endsOn;   // YYYY-MM-DD or empty
    Money cost = 0;
    int responseWindowDays = 14; // orders this long after the end still count as responses
    QString notes;
    QString createdAt;
    QString updatedAt;
};

struct CampaignMember {
    Id customerId = 0;
    QString customerRef;
    QString customerName;
    QString contactedAt; // date-time or empty
};

} // namespace clientele
