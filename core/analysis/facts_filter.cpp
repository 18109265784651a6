#include "facts_filter.h"

namespace clientele::analysis {

namespace {

// The code a filter text stands for: -1 for no filter, kNone when no order can match.
int wanted(const Dictionary& dictionary, const QString& text) {
    if (text.isEmpty())
        return -1;
    const int code = dictionary.find(text);
    return code < 0 ? kNone - 1 : code;
}

bool passes(int code, int want) {
    return want == -1 || code == want;
}

} // namespace

std::shared_ptr<const Facts> filterFacts(const std::shared_ptr<const Facts>& facts,
                                         const FactsFilter& filter) {
    if (filter.isEmpty())
        return facts;
    const Facts& f = *facts;
    const int channel = wanted(f.channels, filter.channel);
    const int location = wanted(f.locations, filter.location);
    const int salesperson = wanted(f.salespeople, filter.salesperson);
    const int region = wanted(f.regions, filter.region);

    auto out = std::make_shared<Facts>();
    out->currency = f.currency;
    out->minorDigits = f.minorDigits;
    out->categories = f.categories;
    out->channels = f.channels;
    out->locations = f.locations;
    out->salespeople = f.salespeople;
    out->regions = f.regions;
    out->cities = f.cities;
    out->sources = f.sources;
    out->tiers = f.tiers;
    out->tags = f.tags;
    out->preferenceCategories = f.preferenceCategories;
    out->preferenceValues = f.preferenceValues;
    out->customers = f.customers;
    out->products = f.products;
    out->campaigns = f.campaigns;
    out->preferences = f.preferences;
    // Costs of serving customers belong to no channel or salesperson's order: a customer listed
    // in the narrowed figures carries all of them.
    out->serviceCosts = f.serviceCosts;

    const OrderFacts& in = f.orders;
    OrderFacts& o = out->orders;
    LineFacts& l = out->lines;
    for (int i = 0; i < in.size(); ++i) {
        const int customer = in.customer[i];
        const int customerRegion = customer == kNone ? 0 : f.customers.region[customer];
        if (!passes(in.channel[i], channel) || !passes(in.location[i], location) ||
            !passes(in.salesperson[i], salesperson) || !passes(customerRegion, region))
            continue;
        const int kept = o.size();
        o.number.push_back(in.number.view(i));
        o.day.push_back(in.day[i]);
        o.customer.push_back(customer);
        o.channel.push_back(in.channel[i]);
        o.location.push_back(in.location[i]);
        o.salesperson.push_back(in.salesperson[i]);
        o.campaign.push_back(in.campaign[i]);
        for (int line = in.firstLine[i]; line < in.firstLine[i + 1]; ++line) {
            l.order.push_back(kept);
            l.product.push_back(f.lines.product[line]);
            l.quantity.push_back(f.lines.quantity[line]);
            l.revenue.push_back(f.lines.revenue[line]);
            l.cost.push_back(f.lines.cost[line]);
        }
        o.firstLine.push_back(l.size());
    }
    return out;
}

} // namespace clientele::analysis
