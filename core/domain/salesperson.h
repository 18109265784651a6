#pragma once

#include "common/ids.h"

#include <QString>

namespace clientele {

// One of the shop's salespeople. Customers and orders name their salesperson in a text column,
// so the roster is where those names are kept consistent.
struct Salesperson {
    Id id = 0;
    QString name;
    QString email;
    QString phone;
    bool active = true; // inactive: kept on history, no longer offered for new records
    QString createdAt;
    QString updatedAt;
};

} // namespace clientele
