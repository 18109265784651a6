#include "engine_insights.h"

#include "analysis/facts_loader.h"
#include "analysis/profiling.h"
#include "analysis/prospecting_models.h"
#include "segment_labels.h"
#include "storage/database.h"

#include <cmath>

namespace clientele {

std::unique_ptr<EngineInsights> EngineInsights::compute(const Database& db, DayNumber today) {
    auto facts = analysis::loadFacts(db);
    if (!facts)
        return nullptr;
    const analysis::Facts& f = **facts;
    analysis::WindowRequest request;
    request.asOf = today;
    const analysis::Window window = analysis::resolveWindow(f, request, today);

    auto insights = std::make_unique<EngineInsights>();
    std::vector<bool> present(analysis::kSegmentCount, false);
    for (const analysis::RfmRow& row : analysis::computeRfm(f, window)) {
        CustomerInsight& insight = insights->m_byCustomer[f.customers.id[row.customer]];
        insight.segment = segmentLabel(row.segment);
        present[static_cast<size_t>(row.segment)] = true;
    }
    for (int s = 0; s < analysis::kSegmentCount; ++s)
        if (present[static_cast<size_t>(s)])
            insights->m_segments << segmentLabel(static_cast<analysis::Segment>(s));

    const auto models = analysis::computeProspectingModels(f, window);
    for (const analysis::CustomerPrediction& p : models.customers) {
        CustomerInsight& insight = insights->m_byCustomer[f.customers.id[p.customer]];
        insight.pAlive = p.value.pAlive;
        insight.expectedPurchases = p.value.expectedPurchases; // over the default 52 weeks
        if (p.value.clv && std::isfinite(*p.value.clv))
            insight.clv = static_cast<Money>(std::llround(*p.value.clv));
    }
    return insights;
}

std::optional<CustomerInsight> EngineInsights::insightFor(Id customerId) const {
    const auto it = m_byCustomer.constFind(customerId);
    if (it == m_byCustomer.constEnd())
        return std::nullopt;
    return *it;
}

QStringList EngineInsights::segments() const {
    return m_segments;
}

std::vector<Id> EngineInsights::customersIn(const QString& segment) const {
    std::vector<Id> ids;
    for (auto it = m_byCustomer.constBegin(); it != m_byCustomer.constEnd(); ++it)
        if (it->segment == segment)
            ids.push_back(it.key());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace clientele
