#pragma once

#include "analysis/promotion.h"
#include "analysis_view.h"

class QChart;
class QTableWidget;

namespace clientele {

// P7: what campaigns bring. Each campaign's response rate against its control group, the
// profit it added beyond what the control group suggests, and its return on cost.
class PromotionView : public AnalysisView {
    Q_OBJECT
public:
    explicit PromotionView(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Promotion"); }
    AnalysisJob job() const override;

    const analysis::PromotionResult* result() const { return m_result.get(); }
    QTableWidget* table() const { return m_table; }
    // Members of the campaign (row of result()) with a counted order in its response period.
    std::vector<int> responders(int row) const;

protected:
    void draw(const AnalysisOutput& output) override;
    QString nothingToShow(const AnalysisOutput& output) const override;

private:
    void drawResponse();
    void drawIncremental();
    void fillTable();
    QString code(int row) const;

    std::shared_ptr<const analysis::PromotionResult> m_result;
    QChart* m_response = nullptr;
    QChart* m_incremental = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace clientele
