#pragma once

#include <QStringList>

namespace clientele {

class Database;

// The distinct non-empty values of an indexed customer column (tier, salesperson, city, region),
// sorted; reads the column's index only, so it stays cheap with many customers.
QStringList distinctCustomerValues(const Database& db, const char* column, int limit = 500);

} // namespace clientele
