#pragma once

#include "facts.h"
#include "report.h"
#include "window.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace clientele::analysis {

// P7: what campaigns bring. Options map to clientele-cli's --campaign CODE.
struct PromotionOptions {
    QString campaign; // a campaign code; empty: every campaign the window touches
};

// One campaign. Its response period is [starts_on, ends_on + response_window_days], cut at the
// window's end (orders after `to` are not looked at); a campaign without ends_on is still
// running, so its period ends at `to`. A campaign without starts_on cannot be placed in time:
// its response figures are null and only members and attributed orders are given.
struct CampaignRow {
    int campaign = 0; // CampaignFacts index
    DayNumber responseFrom = kNoDay;
    DayNumber responseTo = kNoDay;
    int members = 0;
    std::optional<int> responders;
    std::optional<double> responseRate; // responders / members
    int controlCustomers = 0;           // non-members with a counted order before starts_on
    std::optional<double> controlRate;  // null without a control group
    std::optional<double> lift;         // null when the control rate is null or 0
    std::optional<Money> revenue;       // responders' counted orders in the response period
    std::optional<Money> profit;
    std::optional<Money> incrementalProfit;
    std::optional<double> roi; // null when the cost is 0 or there is no incremental profit
    int attributedOrders = 0;  // counted orders in the window carrying the campaign
    Money attributedRevenue = 0;
};

struct PromotionResult {
    // Campaigns whose response period overlaps the window, and those without starts_on;
    // by starts_on (undated last), ties by code.
    std::vector<CampaignRow> campaigns;
};

PromotionResult computePromotion(const Facts& facts, const Window& window,
                                 const PromotionOptions& options = {});

QJsonObject promotionJson(const PromotionResult& result, const Facts& facts, const Window& window);
Table promotionTable(const PromotionResult& result, const Facts& facts);
QString promotionText(const PromotionResult& result, const Facts& facts, const Window& window);

} // namespace clientele::analysis
