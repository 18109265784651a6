#pragma once

#include "analysis/persistency.h"
#include "analysis_view.h"

class QChart;
class QLabel;
class QTableWidget;

namespace clientele {

// P2: loyalty. Monthly cohort retention as a colour-graded triangle, the repeat rate, the
// customers by status and the list of those at risk.
class PersistencyView : public AnalysisView {
    Q_OBJECT
public:
    explicit PersistencyView(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Persistency"); }
    AnalysisJob job() const override;

    const analysis::PersistencyResult* result() const { return m_result.get(); }
    QTableWidget* cohortTable() const { return m_cohorts; }
    QTableWidget* atRiskTable() const { return m_atRisk; }
    QLabel* summary() const { return m_summary; }
    // The cohorts shown, newest last (at most kShownCohorts), as rows of cohortTable().
    int firstShownCohort() const { return m_firstCohort; }
    // Customers of a cohort (index in result()->cohorts) with a counted order k months later.
    std::vector<int> cohortCustomers(int cohort, int k) const;
    std::vector<int> statusCustomers(analysis::PersistencyStatus status) const;

    static constexpr int kShownCohorts = 24;

protected:
    void draw(const AnalysisOutput& output) override;

private:
    void fillCohorts();
    void drawStatuses();
    void fillAtRisk();

    std::shared_ptr<const analysis::PersistencyResult> m_result;
    int m_firstCohort = 0;
    QLabel* m_summary = nullptr;
    QTableWidget* m_cohorts = nullptr;
    QChart* m_statuses = nullptr;
    QTableWidget* m_atRisk = nullptr;
    QLabel* m_atRiskTitle = nullptr;
};

QString statusTitle(analysis::PersistencyStatus status);

} // namespace clientele
