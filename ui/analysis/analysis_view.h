#pragma once

#include "analysis_runner.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QLabel;
class QStackedWidget;
class QTableWidget;
class QChartView;

namespace clientele {

class AppContext;
class CustomerListDialog;

// One P of the dashboard. The page asks it for a job (computed off the GUI thread) and hands it
// the output to draw. Until then, and when the window holds no orders, it shows an empty state.
class AnalysisView : public QWidget {
    Q_OBJECT
public:
    AnalysisView(AppContext& app, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    // Built on the GUI thread: copies whatever option the view's controls hold.
    virtual AnalysisJob job() const = 0;

    // Draws the result, or the empty state when the window has no counted order.
    void present(const AnalysisInput& input, const AnalysisOutput& output);
    void showEmpty(const QString& message);
    bool hasResult() const { return m_hasResult; }
    QString emptyText() const;

    // For export and tests: the charts and tables the view shows.
    QList<QChartView*> chartViews() const;
    QList<QTableWidget*> tables() const;
    // What a report pictures: the charts and tables.
    QWidget* reportWidget() const { return m_content; }
    // The last drill-down opened (null when closed).
    CustomerListDialog* lastDrillDown() const;

signals:
    // The view's own options changed (a dimension, a customer): its result is stale.
    void optionsChanged();

protected:
    // Subclasses lay their charts out in content() and draw each new output in draw().
    QWidget* content() const { return m_content; }
    virtual void draw(const AnalysisOutput& output) = 0;
    // A view whose P has nothing to show despite orders (no campaigns) says so here.
    virtual QString nothingToShow(const AnalysisOutput&) const { return {}; }

    // Opens the list of these customers (CustomerFacts indexes).
    void drillDown(const QString& title, std::vector<int> customers);

    AppContext& app() const { return m_app; }
    const analysis::Facts& facts() const { return *m_input.facts; }
    const AnalysisInput& input() const { return m_input; }

private:
    AppContext& m_app;
    AnalysisInput m_input;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_empty = nullptr;
    QPointer<QWidget> m_drillDown;
    bool m_hasResult = false;
};

// Whether the window holds at least one counted order.
bool windowHasOrders(const analysis::Facts& facts, const analysis::Window& window);

} // namespace clientele
