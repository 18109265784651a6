#include "analysis_view.h"

#include "customer_list_dialog.h"

#include <QLabel>
#include <QPointer>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QChartView>

#include <algorithm>

namespace clientele {

AnalysisView::AnalysisView(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(40);
    QFont font = m_empty->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_empty->setFont(font);
    m_empty->setText(tr("Computing…"));
    // Scrolls rather than squeezing the charts on a small screen.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_content = new QWidget(scroll);
    scroll->setWidget(m_content);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(scroll);
    layout->addWidget(m_stack);
}

void AnalysisView::present(const AnalysisInput& input, const AnalysisOutput& output) {
    m_input = input;
    if (!windowHasOrders(*input.facts, input.window)) {
        showEmpty(tr("No orders in this period yet.\nAdd orders or import your sales, or choose "
                     "a wider period, and this analysis appears here."));
        return;
    }
    if (const QString nothing = nothingToShow(output); !nothing.isEmpty()) {
        showEmpty(nothing);
        return;
    }
    draw(output);
    m_hasResult = true;
    m_stack->setCurrentIndex(1);
}

void AnalysisView::showEmpty(const QString& message) {
    m_hasResult = false;
    m_empty->setText(message);
    m_stack->setCurrentIndex(0);
}

QString AnalysisView::emptyText() const {
    return m_stack->currentIndex() == 0 ? m_empty->text() : QString();
}

QList<QChartView*> AnalysisView::chartViews() const {
    return m_content->findChildren<QChartView*>();
}

QList<QTableWidget*> AnalysisView::tables() const {
    return m_content->findChildren<QTableWidget*>();
}

CustomerListDialog* AnalysisView::lastDrillDown() const {
    return qobject_cast<CustomerListDialog*>(m_drillDown.data());
}

void AnalysisView::drillDown(const QString& title, std::vector<int> customers) {
    m_drillDown =
        CustomerListDialog::start(m_app, m_input.facts, std::move(customers), title, window());
}

bool windowHasOrders(const analysis::Facts& facts, const analysis::Window& window) {
    const auto& days = facts.orders.day; // sorted by day
    const auto first = std::lower_bound(days.begin(), days.end(), window.from);
    return first != days.end() && *first <= window.to;
}

} // namespace clientele
