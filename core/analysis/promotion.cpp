#include "promotion.h"

#include "order_span.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace clientele::analysis {

namespace {

constexpr DayNumber kNever = std::numeric_limits<DayNumber>::max();

// The day of each customer's first counted order ever (kNever without one).
std::vector<DayNumber> firstOrderDays(const Facts& facts) {
    std::vector<DayNumber> first(static_cast<size_t>(facts.customers.size()), kNever);
    for (int o = 0; o < facts.orders.size(); ++o) {
        const int c = facts.orders.customer[o];
        if (c != kNone && first[static_cast<size_t>(c)] == kNever)
            first[static_cast<size_t>(c)] = facts.orders.day[o];
    }
    return first;
}

Money orderRevenue(const Facts& facts, int order) {
    Money sum = 0;
    for (int line = facts.orders.firstLine[order]; line < facts.orders.firstLine[order + 1]; ++line)
        sum += facts.lines.revenue[line];
    return sum;
}

Money orderProfit(const Facts& facts, int order) {
    Money sum = 0;
    for (int line = facts.orders.firstLine[order]; line < facts.orders.firstLine[order + 1]; ++line)
        sum += facts.lines.profit(line);
    return sum;
}

// Half away from zero.
Money roundedQuotient(Money numerator, Money denominator) {
    Money q = numerator / denominator;
    if (2 * std::llabs(numerator % denominator) >= std::llabs(denominator))
        q += (numerator < 0) != (denominator < 0) ? -1 : 1;
    return q;
}

// Who bought in one response period, and for how much; reused from campaign to campaign.
class Responses {
public:
    explicit Responses(int customers)
        : m_revenue(static_cast<size_t>(customers), 0)
        , m_profit(static_cast<size_t>(customers), 0)
        , m_bought(static_cast<size_t>(customers), false) {}

    void measure(const Facts& facts, DayNumber from, DayNumber to) {
        for (int c : m_buyers) {
            m_revenue[static_cast<size_t>(c)] = m_profit[static_cast<size_t>(c)] = 0;
            m_bought[static_cast<size_t>(c)] = false;
        }
        m_buyers.clear();
        const OrderSpan span = ordersBetween(facts.orders, from, to);
        for (int o = span.first; o < span.last; ++o) {
            const int c = facts.orders.customer[o];
            if (c == kNone)
                continue;
            if (!m_bought[static_cast<size_t>(c)]) {
                m_bought[static_cast<size_t>(c)] = true;
                m_buyers.push_back(c);
            }
            m_revenue[static_cast<size_t>(c)] += orderRevenue(facts, o);
            m_profit[static_cast<size_t>(c)] += orderProfit(facts, o);
        }
    }

    const std::vector<int>& buyers() const { return m_buyers; }
    Money revenue(int c) const { return m_revenue[static_cast<size_t>(c)]; }
    Money profit(int c) const { return m_profit[static_cast<size_t>(c)]; }

private:
    std::vector<Money> m_revenue, m_profit;
    std::vector<bool> m_bought;
    std::vector<int> m_buyers;
};

// The response figures of a dated campaign; `member` flags its members.
void measureCampaign(const Facts& facts, const std::vector<DayNumber>& firstOrder,
                     const std::vector<bool>& member, const Responses& responses,
                     CampaignRow& row) {
    const DayNumber start = row.responseFrom;
    int responders = 0, controlResponders = 0;
    Money revenue = 0, profit = 0, controlProfit = 0;
    for (int c : responses.buyers()) {
        if (member[static_cast<size_t>(c)]) {
            ++responders;
            revenue += responses.revenue(c);
            profit += responses.profit(c);
        } else if (firstOrder[static_cast<size_t>(c)] < start) {
            ++controlResponders;
            controlProfit += responses.profit(c);
        }
    }
    int control = 0;
    for (int c = 0; c < facts.customers.size(); ++c)
        control += !member[static_cast<size_t>(c)] && firstOrder[static_cast<size_t>(c)] < start;

    row.responders = responders;
    row.responseRate = ratio(responders, row.members);
    row.revenue = revenue;
    row.profit = profit;
    row.controlCustomers = control;
    row.controlRate = ratio(controlResponders, control);
    if (row.responseRate && row.controlRate)
        row.lift = ratio(*row.responseRate, *row.controlRate);
    if (control > 0) {
        // members x control_rate x (control profit / control responders) simplifies to
        // members x control profit / control customers: one integer division, rounded half
        // away from zero to the minor unit.
        row.incrementalProfit =
            profit - roundedQuotient(static_cast<Money>(row.members) * controlProfit, control);
    }
    const Money cost = facts.campaigns.cost[static_cast<size_t>(row.campaign)];
    if (row.incrementalProfit && cost != 0)
        row.roi = static_cast<double>(*row.incrementalProfit - cost) / static_cast<double>(cost);
}

// Whether the campaign belongs in the window's report, with its response period set.
bool placeCampaign(const Facts& facts, const Window& window, CampaignRow& row) {
    const auto k = static_cast<size_t>(row.campaign);
    const DayNumber start = facts.campaigns.startsOn[k];
    if (start == kNoDay)
        return true;
    const DayNumber end = facts.campaigns.endsOn[k];
    const DayNumber last = end == kNoDay ? kNever : end + facts.campaigns.responseWindowDays[k];
    if (start > window.to || last < window.from)
        return false;
    row.responseFrom = start;
    row.responseTo = std::min(last, window.to);
    return true;
}

} // namespace

PromotionResult computePromotion(const Facts& facts, const Window& window,
                                 const PromotionOptions& options) {
    const CampaignFacts& campaigns = facts.campaigns;
    std::vector<int> attributedOrders(static_cast<size_t>(campaigns.size()), 0);
    std::vector<Money> attributedRevenue(static_cast<size_t>(campaigns.size()), 0);
    const OrderSpan span = ordersBetween(facts.orders, window.from, window.to);
    for (int o = span.first; o < span.last; ++o) {
        if (const int k = facts.orders.campaign[o]; k != kNone) {
            ++attributedOrders[static_cast<size_t>(k)];
            attributedRevenue[static_cast<size_t>(k)] += orderRevenue(facts, o);
        }
    }

    const std::vector<DayNumber> firstOrder = firstOrderDays(facts);
    std::vector<bool> member(static_cast<size_t>(facts.customers.size()), false);
    Responses responses(facts.customers.size());
    PromotionResult result;
    for (int k = 0; k < campaigns.size(); ++k) {
        const auto ku = static_cast<size_t>(k);
        if (!options.campaign.isEmpty() && campaigns.code[ku] != options.campaign)
            continue;
        CampaignRow row;
        row.campaign = k;
        if (!placeCampaign(facts, window, row))
            continue;
        row.members = static_cast<int>(campaigns.members[ku].size());
        row.attributedOrders = attributedOrders[ku];
        row.attributedRevenue = attributedRevenue[ku];
        if (row.responseFrom != kNoDay) {
            for (int c : campaigns.members[ku])
                member[static_cast<size_t>(c)] = true;
            responses.measure(facts, row.responseFrom, row.responseTo);
            measureCampaign(facts, firstOrder, member, responses, row);
            for (int c : campaigns.members[ku])
                member[static_cast<size_t>(c)] = false;
        }
        result.campaigns.push_back(row);
    }
    std::stable_sort(result.campaigns.begin(), result.campaigns.end(),
                     [&](const CampaignRow& a, const CampaignRow& b) {
                         const auto start = [&](const CampaignRow& r) {
                             const DayNumber d =
                                 campaigns.startsOn[static_cast<size_t>(r.campaign)];
                             return d == kNoDay ? kNever : d;
                         };
                         if (start(a) != start(b))
                             return start(a) < start(b);
                         return campaigns.code[static_cast<size_t>(a.campaign)] <
                                campaigns.code[static_cast<size_t>(b.campaign)];
                     });
    return result;
}

} // namespace clientele::analysis
