#pragma once

#include "common/dates.h"
#include "shell/customer_insights.h"

#include <QHash>

#include <memory>

namespace clientele {

class Database;

// The analysis engine's answers about each customer, computed once from the loaded facts: the
// RFM segment (profiling, over all counted orders up to today) and, when the purchase and spend
// models could be fitted, P(alive) and CLV (prospecting). Immutable once built, so the pages
// read it on the GUI thread while the next one is computed elsewhere.
class EngineInsights : public CustomerInsights {
public:
    // Reads the facts from db and computes; runs on a worker thread. Null when cancelled or the
    // database could not be read.
    static std::unique_ptr<EngineInsights> compute(const Database& db, DayNumber today);

    std::optional<CustomerInsight> insightFor(Id customerId) const override;
    QStringList segments() const override;
    std::vector<Id> customersIn(const QString& segment) const override;

    int customers() const { return static_cast<int>(m_byCustomer.size()); }

private:
    QHash<Id, CustomerInsight> m_byCustomer;
    QStringList m_segments; // in the spec's order, only those with customers
};

} // namespace clientele
