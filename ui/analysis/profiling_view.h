#pragma once

#include "analysis/profiling.h"
#include "analysis/prospecting_models.h"
#include "analysis_view.h"

class QChart;
class QTableWidget;

namespace clientele {

// P1: who the customers are. Customers per RFM segment, the recency × frequency grid as a heat
// map, age bands and sources, and the value matrix (realised profit against predicted CLV).
class ProfilingView : public AnalysisView {
    Q_OBJECT
public:
    struct Output {
        analysis::ProfilingResult profiling;
        std::shared_ptr<const analysis::ProspectingModels> models;
    };

    explicit ProfilingView(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Profiling"); }
    AnalysisJob job() const override;

    const Output* result() const { return m_result.get(); }
    QTableWidget* rfGrid() const { return m_rfGrid; }
    QTableWidget* valueMatrix() const { return m_matrix; }
    // The customers behind a segment bar (in rule order), a grid cell, a matrix cell.
    std::vector<int> segmentCustomers(int segment) const;
    std::vector<int> rfCustomers(int r, int f) const;
    std::vector<int> quadrantCustomers(bool highProfit, bool highClv) const;
    void drillIntoSegment(int segment);

protected:
    void draw(const AnalysisOutput& output) override;

private:
    void drawSegments();
    void fillRfGrid();
    void drawCounts(QChart* chart, const QString& dimension);
    void fillMatrix();
    void fillSegmentTable();
    void drillIntoCount(const QString& dimension, const QString& key);

    std::shared_ptr<const Output> m_result;
    QChart* m_segments = nullptr;
    QChart* m_ages = nullptr;
    QChart* m_sources = nullptr;
    QTableWidget* m_rfGrid = nullptr;
    QTableWidget* m_matrix = nullptr;
    QTableWidget* m_segmentTable = nullptr;
};

// "Champions", "Can't lose them", ...: a segment as the user reads it.
QString segmentTitle(analysis::Segment segment);

} // namespace clientele
