#pragma once

#include "agenda/revisits.h"
#include "today_section.h"

class QPushButton;

namespace clientele {

class AppContext;

// Revisits due by the tiers' rules (see agenda/revisits.h): read on a worker thread; Plan
// Revisit turns the chosen customer's row into a revisit task due today (which then shows among
// the follow-ups), Rules… edits the days per tier.
class RevisitsSection : public TodaySection {
    Q_OBJECT
public:
    RevisitsSection(AppContext& app, QWidget* parent = nullptr);

    void reload(DayNumber today);
    bool isLoading() const { return m_generation != m_applied; }
    const std::vector<RevisitDue>& due() const { return m_due; }
    void planRevisit(int row);
    void editRules();

private:
    void apply(std::vector<RevisitDue> due, DayNumber today);
    void updateButtons();

    AppContext& m_app;
    std::vector<RevisitDue> m_due;
    DayNumber m_today = 0;
    QPushButton* m_plan = nullptr;
    QPushButton* m_rules = nullptr;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
};

} // namespace clientele
