#pragma once

#include "common/dates.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/result.h"

#include <map>
#include <optional>

namespace clientele {

class Database;

// What a campaign brought, from the promotion analysis over the whole history up to today.
struct CampaignResult {
    std::optional<int> responders;
    std::optional<double> responseRate;
    std::optional<double> lift;
    std::optional<Money> incrementalProfit;
    std::optional<double> roi;
};
using CampaignResults = std::map<Id, CampaignResult>; // by campaign id

// Loads the analysis facts from db and runs the promotion analysis; slow on a big shop, so the
// Campaigns page calls it on a worker thread's connection.
Result<CampaignResults> computeCampaignResults(const Database& db, DayNumber today);

} // namespace clientele
