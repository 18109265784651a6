#pragma once

#include "analysis/performance.h"
#include "analysis_view.h"

class QChart;
class QComboBox;
class QTableWidget;

namespace clientele {

// P4: where sales come from. Revenue by month for the largest values of a chosen dimension,
// profit per value against the previous period, and a table with the change.
class PerformanceView : public AnalysisView {
    Q_OBJECT
public:
    struct Output {
        analysis::PerformanceResult totals; // by the dimension, compared
        analysis::PerformanceResult months; // by month and the dimension
    };

    explicit PerformanceView(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Performance"); }
    AnalysisJob job() const override;

    QComboBox* dimensionBox() const { return m_dimension; }
    QComboBox* compareBox() const { return m_compare; }
    // Revenue or profit in the chart by month (drawn again, not computed again).
    QComboBox* measureBox() const { return m_measure; }
    QTableWidget* table() const { return m_table; }
    const Output* result() const { return m_result.get(); }
    analysis::Dimension dimension() const;
    // Customers with a counted order in the window for this key of the dimension.
    std::vector<int> keyCustomers(int code) const;

protected:
    void draw(const AnalysisOutput& output) override;

private:
    void drawMonths();
    void drawProfit();
    void fillTable();
    QString label(int code) const;

    std::shared_ptr<const Output> m_result;
    QComboBox* m_dimension = nullptr;
    QComboBox* m_compare = nullptr;
    QComboBox* m_measure = nullptr;
    QChart* m_months = nullptr;
    QChart* m_profit = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace clientele
