#include "persistency_view.h"

#include "chart_helpers.h"
#include "shell/app_context.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QValueAxis>

#include <unordered_set>

namespace clientele {

using namespace charts;
using analysis::PersistencyStatus;

QString statusTitle(PersistencyStatus status) {
    switch (status) {
    case PersistencyStatus::Active:
        return PersistencyView::tr("Active");
    case PersistencyStatus::AtRisk:
        return PersistencyView::tr("At risk");
    case PersistencyStatus::Lapsed:
        return PersistencyView::tr("Lapsed");
    }
    return {};
}

PersistencyView::PersistencyView(AppContext& app, QWidget* parent)
    : AnalysisView(app, parent) {
    setObjectName(QStringLiteral("persistency"));
    auto* grid = new QGridLayout(content());
    m_summary = new QLabel(content());
    m_summary->setObjectName(QStringLiteral("persistencySummary"));
    m_summary->setWordWrap(true);
    QFont font = m_summary->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_summary->setFont(font);
    m_cohorts = makeTable({}, content());
    m_cohorts->setObjectName(QStringLiteral("cohortTable"));
    m_cohorts->setAccessibleName(tr("Monthly cohorts"));
    m_cohorts->setAlternatingRowColors(false);
    m_cohorts->setSelectionMode(QAbstractItemView::NoSelection);
    m_statuses = makeChart(tr("Customers by status"));
    auto* statuses = new ChartView(m_statuses, content());
    statuses->setObjectName(QStringLiteral("statusChart"));
    m_atRisk = makeTable({tr("Ref"), tr("Name"), tr("Orders"), tr("Last order"),
                          tr("Usual gap (days)"), tr("Days since")},
                         content());
    m_atRisk->setObjectName(QStringLiteral("atRiskTable"));
    m_atRisk->setAccessibleName(tr("At-risk customers"));
    grid->addWidget(m_summary, 0, 0, 1, 2);
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("<b>Monthly cohorts</b>: share (%) of each month's new "
                                  "customers who ordered k months later"),
                               content()));
    left->addWidget(m_cohorts, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(statuses, 1);
    m_atRiskTitle = new QLabel(content());
    right->addWidget(m_atRiskTitle);
    right->addWidget(m_atRisk, 1);
    grid->addLayout(left, 1, 0);
    grid->addLayout(right, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 1);
    connect(m_cohorts, &QTableWidget::cellClicked, this, [this](int row, int k) {
        const int cohort = m_firstCohort + row;
        if (cohort >= static_cast<int>(m_result->cohorts.size()) ||
            k >= static_cast<int>(
                     m_result->cohorts[static_cast<std::size_t>(cohort)].retention.size()))
            return;
        drillDown(tr("Cohort %1, month %2")
                      .arg(monthLabel(m_result->cohorts[static_cast<std::size_t>(cohort)].month))
                      .arg(k),
                  cohortCustomers(cohort, k));
    });
    connect(m_atRisk, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem* item = m_atRisk->item(row, 0))
            emit this->app().openCustomerRequested(item->data(Qt::UserRole).toLongLong());
    });
}

AnalysisJob PersistencyView::job() const {
    return [](const AnalysisInput& in) -> AnalysisOutput {
        return std::make_shared<const analysis::PersistencyResult>(
            analysis::computePersistency(*in.facts, in.window));
    };
}

void PersistencyView::draw(const AnalysisOutput& output) {
    m_result = std::static_pointer_cast<const analysis::PersistencyResult>(output);
    const auto& counts = m_result->statusCounts;
    m_summary->setText(
        tr("Repeat rate <b>%1</b>: of %2 customers who ordered in the period, "
           "%1 ordered more than once. Active %3 · at risk %4 · lapsed %5.")
            .arg(percent(app().locale(), m_result->repeatRate),
                 app().locale().toString(static_cast<int>(m_result->customers.size())),
                 app().locale().toString(counts[0]), app().locale().toString(counts[1]),
                 app().locale().toString(counts[2])));
    fillCohorts();
    drawStatuses();
    fillAtRisk();
}

void PersistencyView::fillCohorts() {
    const auto& cohorts = m_result->cohorts;
    const int total = static_cast<int>(cohorts.size());
    m_firstCohort = std::max(0, total - kShownCohorts);
    const int rows = total - m_firstCohort;
    int columns = 0;
    for (int c = m_firstCohort; c < total; ++c)
        columns = std::max(columns,
                           static_cast<int>(cohorts[static_cast<std::size_t>(c)].retention.size()));
    m_cohorts->clear();
    m_cohorts->setRowCount(rows);
    m_cohorts->setColumnCount(columns);
    QStringList header;
    for (int k = 0; k < columns; ++k)
        header << QString::number(k);
    m_cohorts->setHorizontalHeaderLabels(header);
    QStringList labels;
    // Colours scale to the best later month, so differences show beyond the 100% of month 0.
    double best = 0.01;
    for (int c = m_firstCohort; c < total; ++c) {
        const auto& cohort = cohorts[static_cast<std::size_t>(c)];
        labels << tr("%1 (%2)").arg(monthLabel(cohort.month)).arg(cohort.size);
        for (std::size_t k = 1; k < cohort.retention.size(); ++k)
            best = std::max(best, cohort.retention[k]);
    }
    m_cohorts->setVerticalHeaderLabels(labels);
    m_cohorts->verticalHeader()->setVisible(true);
    for (int row = 0; row < rows; ++row) {
        const auto& cohort = cohorts[static_cast<std::size_t>(m_firstCohort + row)];
        for (int k = 0; k < static_cast<int>(cohort.retention.size()); ++k) {
            const double share = cohort.retention[static_cast<std::size_t>(k)];
            auto* item = numberItem(app().locale().toString(share * 100, 'f', 0), share);
            item->setTextAlignment(Qt::AlignCenter);
            const QColor colour = heatColour(k == 0 ? 1.0 : share / best);
            item->setBackground(colour);
            item->setForeground(textOn(colour));
            item->setToolTip(
                tr("Cohort %1 (%n customer(s)): %2 ordered in month %3", nullptr, cohort.size)
                    .arg(monthLabel(cohort.month), percent(app().locale(), share))
                    .arg(k));
            m_cohorts->setItem(row, k, item);
        }
    }
    m_cohorts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cohorts->horizontalHeader()->setMinimumSectionSize(28);
    m_cohorts->horizontalHeader()->setStretchLastSection(false);
}

std::vector<int> PersistencyView::cohortCustomers(int cohort, int k) const {
    const int month = m_result->cohorts[static_cast<std::size_t>(cohort)].month;
    const auto& orders = facts().orders;
    // Cohorts are by the first counted order ever, so every order is looked at, not only the
    // window's.
    std::vector<int> firstMonth(static_cast<std::size_t>(facts().customers.size()), -1);
    std::unordered_set<int> ordered;
    for (int o = 0; o < orders.size(); ++o) {
        const int c = orders.customer[static_cast<std::size_t>(o)];
        if (c == analysis::kNone)
            continue;
        const int m = monthIndex(orders.day[static_cast<std::size_t>(o)]);
        int& first = firstMonth[static_cast<std::size_t>(c)];
        if (first < 0)
            first = m;
        if (m == month + k && first == month)
            ordered.insert(c);
    }
    std::vector<int> customers(ordered.begin(), ordered.end());
    std::sort(customers.begin(), customers.end());
    return customers;
}

std::vector<int> PersistencyView::statusCustomers(PersistencyStatus status) const {
    std::vector<int> customers;
    for (const auto& c : m_result->customers)
        if (c.status == status)
            customers.push_back(c.customer);
    return customers;
}

void PersistencyView::drawStatuses() {
    clearChart(m_statuses);
    auto* series = new QBarSeries;
    QStringList labels;
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(seriesColour(2));
    std::vector<QString> tips;
    int most = 0;
    for (int s = 0; s < 3; ++s) {
        const int n = m_result->statusCounts[static_cast<std::size_t>(s)];
        set->append(n);
        most = std::max(most, n);
        labels << statusTitle(static_cast<PersistencyStatus>(s));
        tips.push_back(tr("%1: %n customer(s)", nullptr, n).arg(labels.back()));
    }
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this, [this](int s) {
        const auto status = static_cast<PersistencyStatus>(s);
        drillDown(statusTitle(status), statusCustomers(status));
    });
    series->append(set);
    series->setLabelsVisible(true);
    m_statuses->addSeries(series);
    auto* x = new QBarCategoryAxis;
    fitCategoryLabels(x, labels);
    m_statuses->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(tr("Customers"));
    fitAxis(y, 0, most);
    m_statuses->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_statuses->legend()->setVisible(false);
}

void PersistencyView::fillAtRisk() {
    std::vector<const analysis::CustomerPersistency*> atRisk;
    for (const auto& c : m_result->customers)
        if (c.status == PersistencyStatus::AtRisk)
            atRisk.push_back(&c);
    // The most loyal first: losing them costs the most.
    std::stable_sort(atRisk.begin(), atRisk.end(),
                     [](const auto* a, const auto* b) { return a->orders > b->orders; });
    const int total = static_cast<int>(atRisk.size());
    m_atRiskTitle->setText(
        total > kListRows
            ? tr("<b>At-risk customers</b>: %1, the %2 with most orders shown (double-click to "
                 "open)")
                  .arg(app().locale().toString(total), app().locale().toString(kListRows))
            : tr("<b>At-risk customers</b>: %1 (double-click to open)")
                  .arg(app().locale().toString(total)));
    m_atRisk->setRowCount(std::min(total, kListRows));
    const auto& customers = facts().customers;
    for (int row = 0; row < m_atRisk->rowCount(); ++row) {
        const auto& c = *atRisk[static_cast<std::size_t>(row)];
        const auto i = static_cast<std::size_t>(c.customer);
        auto* ref = textItem(customers.ref[i]);
        ref->setData(Qt::UserRole, customers.id[i]);
        m_atRisk->setItem(row, 0, ref);
        m_atRisk->setItem(row, 1, textItem(customers.name[i]));
        m_atRisk->setItem(row, 2, numberItem(app().locale().toString(c.orders), c.orders));
        m_atRisk->setItem(row, 3, textItem(app().date(formatIsoDate(c.lastOrder))));
        m_atRisk->setItem(row, 4,
                          numberItem(app().locale().toString(c.medianGapDays.value_or(0), 'f', 0),
                                     c.medianGapDays.value_or(0)));
        m_atRisk->setItem(row, 5,
                          numberItem(app().locale().toString(c.daysSinceLast), c.daysSinceLast));
    }
    m_atRisk->resizeColumnsToContents();
}

} // namespace clientele
