#pragma once

#include "analysis/facts.h"
#include "analysis/models/customer_summary.h"

#include <QString>

#include <map>
#include <vector>

// Readers for the CDNOW files (see ../shared/data/cdnow/SOURCE.md) used by the model tests.
namespace clientele::test::cdnow {

// Purchases per customer id: the sample id in CDNOW_sample.txt (columns master_id sample_id
// date cds dollars), the customer id in CDNOW_master.txt (header line, then id date cds dollars).
std::map<int, std::vector<models::Purchase>> loadSample(const QString& path);
std::map<int, std::vector<models::Purchase>> loadMaster(const QString& path);

// Every purchase as a counted order of one line (one product, no cost), customers named
// C00001... by id, orders in day order as the loader delivers them.
analysis::Facts purchasesAsFacts(const std::map<int, std::vector<models::Purchase>>& purchases);

// The summaries of every customer, in id order, with calibration end 1997-09-30, in weeks.
std::vector<models::CustomerSummary>
calibrationSummaries(const std::map<int, std::vector<models::Purchase>>& purchases);

// cdnow_customers_summary_with_transactions.csv: ID,x,t_x,T,zbar.
struct PublishedSummary {
    int id = 0;
    int x = 0;
    double tx = 0;
    double T = 0;
    double zbar = 0;
};
std::vector<PublishedSummary> loadPublishedSummaries(const QString& path);

} // namespace clientele::test::cdnow
