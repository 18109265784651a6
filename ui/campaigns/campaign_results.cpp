#include "campaign_results.h"

#include "analysis/facts_loader.h"
#include "analysis/promotion.h"

namespace clientele {

Result<CampaignResults> computeCampaignResults(const Database& db, DayNumber today) {
    auto facts = analysis::loadFacts(db);
    if (!facts)
        return facts.error();
    const analysis::Window window = analysis::resolveWindow(**facts, {}, today);
    const analysis::PromotionResult promotion = analysis::computePromotion(**facts, window);
    CampaignResults results;
    for (const analysis::CampaignRow& row : promotion.campaigns)
        results[(*facts)->campaigns.id[static_cast<std::size_t>(row.campaign)]] = {
            row.responders, row.responseRate, row.lift, row.incrementalProfit, row.roi};
    return results;
}

} // namespace clientele
