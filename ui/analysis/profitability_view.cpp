#include "profitability_view.h"

#include "chart_helpers.h"
#include "shell/app_context.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <map>

namespace clientele {

using namespace charts;

ProfitabilityView::ProfitabilityView(AppContext& app, QWidget* parent)
    : AnalysisView(app, parent) {
    setObjectName(QStringLiteral("profitability"));
    auto* grid = new QGridLayout(content());
    m_measure = new QComboBox(content());
    m_measure->setObjectName(QStringLiteral("profitMeasure"));
    m_measure->addItem(tr("Profit"), static_cast<int>(analysis::ProfitMeasure::Profit));
    m_measure->addItem(tr("Net profit, after the cost to serve"),
                       static_cast<int>(analysis::ProfitMeasure::NetProfit));
    m_measure->setToolTip(tr("Net profit is profit less what serving the customer cost in the "
                             "period: visit and task costs and expenses"));
    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Rank customers by"), content()));
    controls->addWidget(m_measure);
    controls->addStretch(1);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &AnalysisView::optionsChanged);
    m_summary = new QLabel(content());
    m_summary->setObjectName(QStringLiteral("paretoSummary"));
    m_summary->setWordWrap(true);
    QFont font = m_summary->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_summary->setFont(font);
    m_pareto = makeChart(tr("Profit by customer, best first"));
    m_tiers = makeChart(tr("Customers by A/B/C tier"));
    m_months = makeChart(tr("Revenue and profit by month"));
    auto* pareto = new ChartView(m_pareto, content());
    pareto->setObjectName(QStringLiteral("paretoChart"));
    auto* tiers = new ChartView(m_tiers, content());
    tiers->setObjectName(QStringLiteral("tierChart"));
    auto* months = new ChartView(m_months, content());
    months->setObjectName(QStringLiteral("monthChart"));
    m_losses = makeTable({tr("Ref"), tr("Name"), tr("Orders"), tr("Revenue"), tr("Profit"),
                          tr("Margin"), tr("Cost to serve"), tr("Net profit")},
                         content());
    m_losses->setObjectName(QStringLiteral("lossTable"));
    m_losses->setAccessibleName(tr("Loss-making customers"));
    m_lossTitle = new QLabel(content());
    auto* top = new QVBoxLayout;
    top->addLayout(controls);
    top->addWidget(m_summary);
    grid->addLayout(top, 0, 0, 1, 2);
    grid->addWidget(pareto, 1, 0);
    grid->addWidget(tiers, 1, 1);
    grid->addWidget(months, 2, 0, 2, 1);
    grid->addWidget(m_lossTitle, 2, 1);
    grid->addWidget(m_losses, 3, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(3, 1);
    connect(m_losses, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const QTableWidgetItem* item = m_losses->item(row, 0);
        if (item)
            emit this->app().openCustomerRequested(item->data(Qt::UserRole).toLongLong());
    });
}

AnalysisJob ProfitabilityView::job() const {
    analysis::ProfitabilityOptions options;
    options.measure = static_cast<analysis::ProfitMeasure>(m_measure->currentData().toInt());
    return [options](const AnalysisInput& in) -> AnalysisOutput {
        return std::make_shared<const analysis::ProfitabilityResult>(
            analysis::computeProfitability(*in.facts, in.window, options));
    };
}

bool ProfitabilityView::byNetProfit() const {
    return m_result->measure == analysis::ProfitMeasure::NetProfit;
}

void ProfitabilityView::draw(const AnalysisOutput& output) {
    m_result = std::static_pointer_cast<const analysis::ProfitabilityResult>(output);
    m_buckets = paretoBuckets(m_result->customers, m_result->measure);
    m_pareto->setTitle(byNetProfit() ? tr("Net profit by customer, best first")
                                     : tr("Profit by customer, best first"));
    drawSummary();
    drawPareto();
    drawTiers();
    drawMonths();
    fillLosses();
}

void ProfitabilityView::drawSummary() {
    const auto& pareto = m_result->pareto;
    const QLocale locale = app().locale();
    const int n = static_cast<int>(m_result->customers.size());
    const Money net = m_result->profit() - m_result->costToServe;
    if (!pareto.top20ProfitShare) {
        m_summary->setText(
            byNetProfit()
                ? tr("Total net profit %1 from %n customer(s), after %2 spent serving them: no "
                     "Pareto curve without a positive total.",
                     nullptr, n)
                      .arg(app().money(net), app().money(m_result->costToServe))
                : tr("Total profit %1 from %n customer(s): no Pareto curve without a positive "
                     "total profit.",
                     nullptr, n)
                      .arg(app().money(m_result->profit())));
        return;
    }
    const QString top = percent(locale, pareto.top20ProfitShare);
    const QString count = locale.toString(pareto.customersFor80pct.value_or(0));
    const QString share = percent(locale, pareto.customersFor80pctShare);
    m_summary->setText(
        byNetProfit()
            ? tr("The top 20% of customers bring <b>%1</b> of the net profit; %2 of %3 customers "
                 "(%4) make 80% of it. Net profit %5: profit %6 less %7 spent serving them.")
                  .arg(top, count, locale.toString(n), share, app().money(net),
                       app().money(m_result->profit()), app().money(m_result->costToServe))
            : tr("The top 20% of customers bring <b>%1</b> of the profit; %2 of %3 customers (%4) "
                 "make 80% of it. Total profit %5 on revenue %6.")
                  .arg(top, count, locale.toString(n), share, app().money(m_result->profit()),
                       app().money(m_result->revenue)));
}

void ProfitabilityView::drawPareto() {
    clearChart(m_pareto);
    const int digits = facts().minorDigits;
    const int n = static_cast<int>(m_result->customers.size());
    auto* bars = new QBarSeries;
    const QString measure = byNetProfit() ? tr("Net profit") : tr("Profit");
    auto* set = new QBarSet(measure);
    set->setColor(seriesColour(0));
    double low = 0, high = 0;
    for (const ParetoBucket& b : m_buckets) {
        low = std::min(low, major(b.profit, digits));
        high = std::max(high, major(b.profit, digits));
    }
    const AxisScale scale = axisScale(std::max(-low, high), facts().currency);
    std::vector<QString> tips;
    for (const ParetoBucket& b : m_buckets) {
        set->append(major(b.profit, digits) / scale.divisor);
        tips.push_back(
            tr("Customers %1–%2 of %3\n%4 %5\nCumulative share %6")
                .arg(b.first + 1)
                .arg(b.end)
                .arg(n)
                .arg(measure, app().money(b.profit), percent(app().locale(), b.cumulativeShare)));
    }
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this, &ProfitabilityView::drillIntoBar);
    bars->append(set);
    bars->setBarWidth(1.0);
    m_pareto->addSeries(bars);
    auto* barX = new QValueAxis;
    barX->setRange(-0.5, static_cast<double>(m_buckets.size()) - 0.5);
    barX->setVisible(false);
    m_pareto->addAxis(barX, Qt::AlignBottom);
    bars->attachAxis(barX);
    auto* profitAxis = valueAxis(tr("%1 (%2)").arg(measure, scale.unit));
    fitAxis(profitAxis, low / scale.divisor, high / scale.divisor);
    m_pareto->addAxis(profitAxis, Qt::AlignLeft);
    bars->attachAxis(profitAxis);

    auto* shareX = valueAxis(tr("Share of customers, best first (%)"));
    shareX->setRange(0, 100);
    m_pareto->addAxis(shareX, Qt::AlignBottom);
    auto* shareY = valueAxis(byNetProfit() ? tr("Cumulative share of net profit (%)")
                                           : tr("Cumulative share of profit (%)"));
    m_pareto->addAxis(shareY, Qt::AlignRight);
    double top = 100;
    if (m_result->pareto.top20ProfitShare) {
        auto* curve = new QLineSeries;
        curve->setName(tr("Cumulative share"));
        curve->setPen(QPen(seriesColour(1), 2.5));
        curve->append(0, 0);
        for (const ParetoBucket& b : m_buckets) {
            curve->append(100.0 * b.end / n, 100.0 * *b.cumulativeShare);
            top = std::max(top, 100.0 * *b.cumulativeShare);
        }
        auto* mark = new QLineSeries;
        mark->setName(byNetProfit() ? tr("80% of net profit") : tr("80% of profit"));
        mark->setPen(QPen(seriesColour(5), 1.5, Qt::DashLine));
        mark->append(0, 80);
        mark->append(100, 80);
        for (QLineSeries* line : {curve, mark}) {
            m_pareto->addSeries(line);
            line->attachAxis(shareX);
            line->attachAxis(shareY);
        }
    }
    shareY->setRange(0, std::ceil(top / 10) * 10);
}

std::vector<int> ProfitabilityView::bucketCustomers(int bar) const {
    std::vector<int> customers;
    if (bar < 0 || bar >= static_cast<int>(m_buckets.size()))
        return customers;
    const ParetoBucket& b = m_buckets[static_cast<std::size_t>(bar)];
    for (int i = b.first; i < b.end; ++i)
        customers.push_back(m_result->customers[static_cast<std::size_t>(i)].customer);
    return customers;
}

void ProfitabilityView::drillIntoBar(int bar) {
    const ParetoBucket& b = m_buckets[static_cast<std::size_t>(bar)];
    drillDown(byNetProfit() ? tr("Customers %1–%2 by net profit").arg(b.first + 1).arg(b.end)
                            : tr("Customers %1–%2 by profit").arg(b.first + 1).arg(b.end),
              bucketCustomers(bar));
}

void ProfitabilityView::drillIntoTier(int tier) {
    const auto wanted = static_cast<analysis::Tier>("ABC"[tier]);
    std::vector<int> customers;
    for (const auto& c : m_result->customers)
        if (c.tier == wanted)
            customers.push_back(c.customer);
    drillDown(tr("Tier %1 customers").arg(QLatin1Char("ABC"[tier])), std::move(customers));
}

void ProfitabilityView::drawTiers() {
    clearChart(m_tiers);
    std::array<int, 3> counts{};
    std::array<Money, 3> profit{};
    for (const auto& c : m_result->customers) {
        if (!c.tier)
            continue;
        const int t = *c.tier == analysis::Tier::A ? 0 : *c.tier == analysis::Tier::B ? 1 : 2;
        ++counts[static_cast<std::size_t>(t)];
        profit[static_cast<std::size_t>(t)] += c.measure(m_result->measure);
    }
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(seriesColour(2));
    std::vector<QString> tips;
    for (std::size_t t = 0; t < 3; ++t) {
        set->append(counts[t]);
        tips.push_back((byNetProfit()
                            ? tr("Tier %1: %n customer(s), net profit %2", nullptr, counts[t])
                            : tr("Tier %1: %n customer(s), profit %2", nullptr, counts[t]))
                           .arg(QLatin1Char("ABC"[t]))
                           .arg(app().money(profit[t])));
    }
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this, &ProfitabilityView::drillIntoTier);
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    m_tiers->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append({tr("A"), tr("B"), tr("C")});
    x->setTitleText(byNetProfit() ? tr("A: first 80% of net profit · B: next 15% · C: the rest")
                                  : tr("A: first 80% of profit · B: next 15% · C: the rest"));
    m_tiers->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(tr("Customers"));
    fitAxis(y, 0, *std::max_element(counts.begin(), counts.end()));
    m_tiers->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_tiers->legend()->setVisible(false);
}

void ProfitabilityView::drawMonths() {
    clearChart(m_months);
    const auto& months = m_result->byMonth;
    if (months.empty())
        return;
    const int digits = facts().minorDigits;
    std::map<int, Money> revenueByMonth;
    double low = 0, high = 0;
    for (const auto& m : months) {
        revenueByMonth[m.period] = m.revenue;
        high = std::max(high, major(m.revenue, digits));
        low = std::min(low, major(m.profit(), digits));
    }
    const AxisScale scale = axisScale(high, facts().currency);
    auto* revenue = new QLineSeries;
    revenue->setName(tr("Revenue"));
    revenue->setPen(QPen(seriesColour(0), 2.5));
    auto* profit = new QLineSeries;
    profit->setName(tr("Profit"));
    profit->setPen(QPen(seriesColour(2), 2.5));
    auto* lastYear = new QLineSeries;
    lastYear->setName(tr("Revenue a year earlier"));
    lastYear->setPen(QPen(seriesColour(1), 2, Qt::DashLine));
    std::vector<QString> tips;
    for (const auto& m : months) {
        const qreal x = monthX(m.period);
        revenue->append(x, major(m.revenue, digits) / scale.divisor);
        profit->append(x, major(m.profit(), digits) / scale.divisor);
        const auto before = revenueByMonth.find(m.period - 12);
        if (before != revenueByMonth.end())
            lastYear->append(x, major(before->second, digits) / scale.divisor);
        tips.push_back(tr("%1\nRevenue %2 (YoY %3, MoM %4)\nProfit %5")
                           .arg(monthLabel(m.period), app().money(m.revenue),
                                percent(app().locale(), m.yoy), percent(app().locale(), m.mom),
                                app().money(m.profit())));
    }
    setPointTooltips(revenue, tips);
    setPointTooltips(profit, tips);
    const int first = months.front().period;
    auto* x = monthAxis(first, months.back().period);
    m_months->addAxis(x, Qt::AlignBottom);
    auto* y = valueAxis(tr("Amount (%1)").arg(scale.unit));
    fitAxis(y, low / scale.divisor, high / scale.divisor);
    m_months->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* line : {revenue, profit, lastYear}) {
        if (line->count() == 0) {
            delete line;
            continue;
        }
        m_months->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
}

void ProfitabilityView::fillLosses() {
    std::vector<const analysis::CustomerProfit*> losses;
    for (auto it = m_result->customers.rbegin(); it != m_result->customers.rend(); ++it)
        if (it->measure(m_result->measure) < 0)
            losses.push_back(&*it);
    m_losses->setSortingEnabled(false);
    const int total = static_cast<int>(losses.size());
    m_lossTitle->setText(
        total > kListRows
            ? tr("<b>Loss-making customers</b>: %1, the %2 largest losses shown")
                  .arg(app().locale().toString(total), app().locale().toString(kListRows))
            : tr("<b>Loss-making customers</b>: %1").arg(app().locale().toString(total)));
    m_losses->setRowCount(std::min(total, kListRows));
    const auto& customers = facts().customers;
    for (int row = 0; row < m_losses->rowCount(); ++row) {
        const auto& c = *losses[static_cast<std::size_t>(row)];
        const auto i = static_cast<std::size_t>(c.customer);
        auto* ref = textItem(customers.ref[i]);
        ref->setData(Qt::UserRole, customers.id[i]);
        m_losses->setItem(row, 0, ref);
        m_losses->setItem(row, 1, textItem(customers.name[i]));
        m_losses->setItem(row, 2, numberItem(app().locale().toString(c.orders), c.orders));
        m_losses->setItem(row, 3,
                          numberItem(app().money(c.revenue), static_cast<double>(c.revenue)));
        m_losses->setItem(row, 4,
                          numberItem(app().money(c.profit()), static_cast<double>(c.profit())));
        m_losses->setItem(
            row, 5, numberItem(percent(app().locale(), analysis::ratio(c.profit(), c.revenue)), 0));
        m_losses->setItem(
            row, 6, numberItem(app().money(c.costToServe), static_cast<double>(c.costToServe)));
        m_losses->setItem(
            row, 7, numberItem(app().money(c.netProfit()), static_cast<double>(c.netProfit())));
    }
    m_losses->resizeColumnsToContents();
}

} // namespace clientele
