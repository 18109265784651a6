#pragma once

#include "common/result.h"
#include "csv_export.h"

#include <QIODevice>

namespace clientele {

class Database;

// The accountants' customer-profitability report: the profitability analysis's customer table
// (ref, name, orders, revenue, cost, profit, margin, tier) over --from/--to, as CSV.
Status exportCustomerProfitability(const Database& db, QIODevice& out,
                                   const ExportOptions& options);

} // namespace clientele
