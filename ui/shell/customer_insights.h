#pragma once

#include "common/ids.h"
#include "common/money.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clientele {

// What the analysis engine knows about one customer, for the customer page's header.
struct CustomerInsight {
    QString segment;              // RFM segment name, e.g. "champions"; empty when unknown
    std::optional<double> pAlive; // probability the customer is still active, 0..1
    std::optional<Money> clv;     // expected customer lifetime value
    std::optional<double> expectedPurchases = {}; // purchase days expected in the next year
};

// The seam between the pages and the analysis engine. Until an implementation is set on the
// AppContext, the header shows no segment, P(alive) or CLV and the customers list's segment
// filter stays empty. Implementations answer from cached analysis facts (never a slow query on
// the GUI thread).
class CustomerInsights {
public:
    virtual ~CustomerInsights() = default;
    virtual std::optional<CustomerInsight> insightFor(Id customerId) const = 0;
    // The segment names the customers list offers as a filter, in display order.
    virtual QStringList segments() const = 0;
    // The customers in a segment (the list filters with CustomerFilter::ids).
    virtual std::vector<Id> customersIn(const QString& segment) const = 0;
};

} // namespace clientele
