#pragma once

#include "analysis/prospecting_counts.h"
#include "analysis/prospecting_models.h"
#include "analysis_view.h"

class QChart;
class QLabel;
class QTableWidget;

namespace clientele {

// P5: where the customer base is going. New customers and leads per month, conversion by
// source, the revenue forecast with its 80% interval, and how likely customers are still active.
class ProspectingView : public AnalysisView {
    Q_OBJECT
public:
    struct Output {
        analysis::ProspectingCounts counts;
        std::shared_ptr<const analysis::ProspectingModels> models;
        std::vector<Money> history; // revenue of the months the forecast was fitted on
    };

    explicit ProspectingView(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Prospecting"); }
    AnalysisJob job() const override;

    const Output* result() const { return m_result.get(); }
    QLabel* summary() const { return m_summary; }
    QTableWidget* table() const { return m_table; }
    // Customers whose P(alive) falls in tenth `bin` (0: below 10%, ..., 9: 90% and more).
    std::vector<int> aliveCustomers(int bin) const;
    std::vector<int> sourceCustomers(int source) const;

    static constexpr int kBins = 10;

protected:
    void draw(const AnalysisOutput& output) override;

private:
    void drawArrivals();
    void drawConversion();
    void drawForecast();
    void drawAlive();
    void fillTable();
    void fillSummary();

    std::shared_ptr<const Output> m_result;
    QLabel* m_summary = nullptr;
    QChart* m_arrivals = nullptr;
    QChart* m_conversion = nullptr;
    QChart* m_forecast = nullptr;
    QChart* m_alive = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace clientele
