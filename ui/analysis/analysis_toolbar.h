#pragma once

#include "analysis/facts.h"
#include "analysis/facts_filter.h"
#include "analysis/window.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QMenu;
class QTimer;

namespace clientele {

class AppContext;

// The dates every P is computed over, and the channel, location, salesperson and region the
// orders are narrowed to. Defaults are the spec's: from the first order, to the
// as-of date, as of today. "To" follows the as-of date until the user sets it.
class AnalysisToolbar : public QWidget {
    Q_OBJECT
public:
    AnalysisToolbar(AppContext& app, QWidget* parent = nullptr);

    analysis::WindowRequest request() const;
    void setRequest(const analysis::WindowRequest& request);
    // Only the orders of one channel, location, salesperson and customer region count.
    analysis::FactsFilter filter() const;
    // Offers the values the facts hold, keeping what is chosen.
    void setChoices(const analysis::Facts& facts);
    QComboBox* filterCombo(const QString& name) const;
    // Shows the dates a computation resolved (the first order's, while "since the first order").
    void showResolved(const analysis::Window& window);

    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }
    QDateEdit* asOfEdit() const { return m_asOf; }
    QCheckBox* sinceFirstOrder() const { return m_sinceFirst; }
    // Filled by the page when opened, with the charts and tables of the tab shown.
    QMenu* exportMenu() const { return m_export; }

signals:
    // Emitted once the user stopped changing the dates for a moment.
    void windowChanged();
    void reportRequested();

private:
    QDateEdit* addDate(const QString& label, const QDate& date);
    QComboBox* addFilter(const QString& name, const QString& all);

    QCheckBox* m_sinceFirst = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QDateEdit* m_asOf = nullptr;
    QTimer* m_debounce = nullptr;
    QMenu* m_export = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_salesperson = nullptr;
    QComboBox* m_region = nullptr;
    bool m_toFollowsAsOf = true;
};

QDate toQDate(DayNumber day);
DayNumber toDayNumber(const QDate& date);

} // namespace clientele
