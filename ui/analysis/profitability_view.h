#pragma once

#include "analysis/profitability.h"
#include "analysis_view.h"
#include "pareto_buckets.h"

class QChart;
class QComboBox;
class QLabel;
class QTableWidget;

namespace clientele {

// P3: who earns the money. A Pareto chart (customers best first, grouped in percentiles, with the
// cumulative share of profit), the A/B/C tiers, revenue and profit by month against the same
// month a year earlier, and the customers who cost more than they bring. Customers are ranked
// by profit, or by net profit once their visits, tasks and expenses are paid for (the measure).
class ProfitabilityView : public AnalysisView {
    Q_OBJECT
public:
    explicit ProfitabilityView(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Profitability"); }
    AnalysisJob job() const override;

    QLabel* summary() const { return m_summary; }
    QComboBox* measureCombo() const { return m_measure; }
    const std::vector<ParetoBucket>& buckets() const { return m_buckets; }
    const analysis::ProfitabilityResult* result() const { return m_result.get(); }
    // The customers behind a Pareto bar, as its drill-down lists them.
    std::vector<int> bucketCustomers(int bar) const;
    void drillIntoBar(int bar);
    void drillIntoTier(int tier); // 0 A, 1 B, 2 C

protected:
    void draw(const AnalysisOutput& output) override;

private:
    void drawSummary();
    void drawPareto();
    void drawTiers();
    void drawMonths();
    void fillLosses();
    bool byNetProfit() const;

    std::shared_ptr<const analysis::ProfitabilityResult> m_result;
    std::vector<ParetoBucket> m_buckets;
    QLabel* m_summary = nullptr;
    QComboBox* m_measure = nullptr;
    QChart* m_pareto = nullptr;
    QChart* m_tiers = nullptr;
    QChart* m_months = nullptr;
    QTableWidget* m_losses = nullptr;
    QLabel* m_lossTitle = nullptr;
};

} // namespace clientele
