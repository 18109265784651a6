#include "promotion_view.h"

#include "chart_helpers.h"
#include "shell/app_context.h"

#include <QGridLayout>
#include <QLabel>
#include <QTableWidget>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

#include <unordered_set>

namespace clientele {

using namespace charts;

PromotionView::PromotionView(AppContext& app, QWidget* parent)
    : AnalysisView(app, parent) {
    setObjectName(QStringLiteral("promotion"));
    auto* grid = new QGridLayout(content());
    m_response = makeChart(tr("Response against the control group"));
    m_incremental = makeChart(tr("Profit added by each campaign"));
    auto* response = new ChartView(m_response, content());
    response->setObjectName(QStringLiteral("responseChart"));
    auto* incremental = new ChartView(m_incremental, content());
    incremental->setObjectName(QStringLiteral("incrementalChart"));
    m_table = makeTable({tr("Code"), tr("Campaign"), tr("Members"), tr("Responders"),
                         tr("Response"), tr("Control"), tr("Lift"), tr("Revenue"), tr("Profit"),
                         tr("Incremental profit"), tr("Cost"), tr("ROI")},
                        content());
    m_table->setObjectName(QStringLiteral("campaignTable"));
    m_table->setAccessibleName(tr("Campaigns"));
    grid->addWidget(response, 0, 0);
    grid->addWidget(incremental, 0, 1);
    grid->addWidget(
        new QLabel(tr("<b>Campaigns</b> (click one to list its responders)"), content()), 1, 0, 1,
        2);
    grid->addWidget(m_table, 2, 0, 1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(2, 2);
    connect(m_table, &QTableWidget::cellClicked, this,
            [this](int row) { drillDown(tr("Responders to %1").arg(code(row)), responders(row)); });
}

AnalysisJob PromotionView::job() const {
    return [](const AnalysisInput& in) -> AnalysisOutput {
        return std::make_shared<const analysis::PromotionResult>(
            analysis::computePromotion(*in.facts, in.window));
    };
}

QString PromotionView::nothingToShow(const AnalysisOutput& output) const {
    if (std::static_pointer_cast<const analysis::PromotionResult>(output)->campaigns.empty())
        return tr("No campaign ran in this period.\nCampaigns appear here with their response "
                  "against a control group and the profit they added.");
    return {};
}

QString PromotionView::code(int row) const {
    return facts().campaigns.code[static_cast<std::size_t>(
        m_result->campaigns[static_cast<std::size_t>(row)].campaign)];
}

void PromotionView::draw(const AnalysisOutput& output) {
    m_result = std::static_pointer_cast<const analysis::PromotionResult>(output);
    drawResponse();
    drawIncremental();
    fillTable();
}

void PromotionView::drawResponse() {
    clearChart(m_response);
    auto* members = new QBarSet(tr("Members who bought (%)"));
    members->setColor(seriesColour(0));
    auto* control = new QBarSet(tr("Control group who bought (%)"));
    control->setColor(seriesColour(1));
    QStringList labels;
    std::vector<QString> tips;
    double high = 1;
    const QLocale locale = app().locale();
    for (int row = 0; row < static_cast<int>(m_result->campaigns.size()); ++row) {
        const auto& c = m_result->campaigns[static_cast<std::size_t>(row)];
        labels << code(row);
        members->append(c.responseRate.value_or(0) * 100);
        control->append(c.controlRate.value_or(0) * 100);
        high = std::max({high, c.responseRate.value_or(0) * 100, c.controlRate.value_or(0) * 100});
        tips.push_back(tr("%1: %2 of %3 members bought (%4); control %5; lift %6")
                           .arg(code(row))
                           .arg(c.responders.value_or(0))
                           .arg(c.members)
                           .arg(percent(locale, c.responseRate), percent(locale, c.controlRate),
                                c.lift ? locale.toString(*c.lift, 'f', 2) : QStringLiteral("–")));
    }
    setBarTooltips(members, tips);
    setBarTooltips(control, tips);
    connect(members, &QBarSet::clicked, this,
            [this](int row) { drillDown(tr("Responders to %1").arg(code(row)), responders(row)); });
    auto* series = new QBarSeries;
    series->append(members);
    series->append(control);
    m_response->addSeries(series);
    auto* x = new QBarCategoryAxis;
    fitCategoryLabels(x, labels);
    m_response->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(tr("Bought in the response period (%)"));
    fitAxis(y, 0, high);
    m_response->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void PromotionView::drawIncremental() {
    clearChart(m_incremental);
    auto* set = new QBarSet(tr("Incremental profit"));
    set->setColor(seriesColour(2));
    QStringList labels;
    std::vector<QString> tips;
    double low = 0, high = 0;
    const int digits = facts().minorDigits;
    const int count = static_cast<int>(m_result->campaigns.size());
    // Bottom up, so the campaigns read top down in the table's order.
    for (int row = count - 1; row >= 0; --row) {
        const auto& c = m_result->campaigns[static_cast<std::size_t>(row)];
        const double value = major(c.incrementalProfit.value_or(0), digits);
        labels << code(row);
        set->append(value);
        low = std::min(low, value);
        high = std::max(high, value);
        const Money cost = facts().campaigns.cost[static_cast<std::size_t>(c.campaign)];
        tips.push_back(
            tr("%1: incremental profit %2, cost %3, ROI %4")
                .arg(code(row),
                     c.incrementalProfit ? app().money(*c.incrementalProfit) : QStringLiteral("–"),
                     app().money(cost), percent(app().locale(), c.roi, 0)));
    }
    const AxisScale scale = axisScale(std::max(-low, high), facts().currency);
    for (int i = 0; i < set->count(); ++i)
        set->replace(i, set->at(i) / scale.divisor);
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this, [this, count](int bar) {
        const int row = count - 1 - bar;
        drillDown(tr("Responders to %1").arg(code(row)), responders(row));
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    m_incremental->addSeries(series);
    auto* y = new QBarCategoryAxis;
    fitCategoryLabels(y, labels, false);
    m_incremental->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = valueAxis(tr("Profit (%1)").arg(scale.unit));
    fitAxis(x, low / scale.divisor, high / scale.divisor);
    m_incremental->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    m_incremental->legend()->setVisible(false);
}

void PromotionView::fillTable() {
    const QLocale locale = app().locale();
    const auto& campaigns = m_result->campaigns;
    m_table->setRowCount(static_cast<int>(campaigns.size()));
    const auto money = [this](const std::optional<Money>& m) {
        return m ? app().money(*m) : QStringLiteral("–");
    };
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto& c = campaigns[static_cast<std::size_t>(r)];
        const auto i = static_cast<std::size_t>(c.campaign);
        m_table->setItem(r, 0, textItem(facts().campaigns.code[i]));
        m_table->setItem(r, 1, textItem(facts().campaigns.name[i]));
        m_table->setItem(r, 2, numberItem(locale.toString(c.members), c.members));
        m_table->setItem(
            r, 3,
            numberItem(c.responders ? locale.toString(*c.responders) : QStringLiteral("–"),
                       c.responders.value_or(0)));
        m_table->setItem(r, 4,
                         numberItem(percent(locale, c.responseRate), c.responseRate.value_or(0)));
        m_table->setItem(r, 5,
                         numberItem(percent(locale, c.controlRate), c.controlRate.value_or(0)));
        m_table->setItem(r, 6,
                         numberItem(c.lift ? locale.toString(*c.lift, 'f', 2) : QStringLiteral("–"),
                                    c.lift.value_or(0)));
        m_table->setItem(r, 7,
                         numberItem(money(c.revenue), static_cast<double>(c.revenue.value_or(0))));
        m_table->setItem(r, 8,
                         numberItem(money(c.profit), static_cast<double>(c.profit.value_or(0))));
        m_table->setItem(r, 9,
                         numberItem(money(c.incrementalProfit),
                                    static_cast<double>(c.incrementalProfit.value_or(0))));
        m_table->setItem(r, 10,
                         numberItem(app().money(facts().campaigns.cost[i]),
                                    static_cast<double>(facts().campaigns.cost[i])));
        m_table->setItem(r, 11, numberItem(percent(locale, c.roi, 0), c.roi.value_or(0)));
    }
    m_table->resizeColumnsToContents();
}

std::vector<int> PromotionView::responders(int row) const {
    const auto& c = m_result->campaigns[static_cast<std::size_t>(row)];
    std::vector<int> found;
    if (c.responseFrom == analysis::kNoDay)
        return found;
    const auto& members = facts().campaigns.members[static_cast<std::size_t>(c.campaign)];
    const std::unordered_set<int> isMember(members.begin(), members.end());
    std::unordered_set<int> bought;
    const auto& orders = facts().orders;
    for (int o = 0; o < orders.size(); ++o) {
        const auto order = static_cast<std::size_t>(o);
        if (orders.day[order] >= c.responseFrom && orders.day[order] <= c.responseTo &&
            isMember.count(orders.customer[order]))
            bought.insert(orders.customer[order]);
    }
    found.assign(bought.begin(), bought.end());
    std::sort(found.begin(), found.end());
    return found;
}

} // namespace clientele
