#pragma once

#include <QStringList>

namespace clientele {

class Database;

// The distinct non-empty values of a customer column (tier, salesperson, city, region), sorted.
// Salesperson, city and region are read from their index; tier has none and is a scan of the
// customers (about 40 ms at 100,000).
QStringList distinctCustomerValues(const Database& db, const char* column, int limit = 500);

} // namespace clientele
