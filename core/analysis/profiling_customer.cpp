#include "customer_totals.h"
#include "profiling.h"
#include "profitability.h"

#include <algorithm>

namespace clientele::analysis {

CustomerProfile profileCustomer(const Facts& facts, const Window& window, int customer,
                                const ProfilingOptions& options) {
    CustomerProfile p;
    p.customer = customer;
    const CustomerTotals totals = customerTotals(facts, window);
    if (!totals.bought(customer))
        return p;
    p.orders = totals.orders[customer];
    p.revenue = totals.revenue[customer];
    p.cost = totals.cost[customer];
    p.tier = customerProfitTiers(totals)[customer];
    p.daysSinceLast = window.asOf - totals.last[customer];
    for (const RfmRow& row : computeRfm(facts, window))
        if (row.customer == customer)
            p.rfm = row;
    // The status exactly as persistency finds it.
    for (const CustomerPersistency& row :
         computePersistency(facts, window, options.persistency).customers)
        if (row.customer == customer)
            p.status = row.status;
    return p;
}

} // namespace clientele::analysis
