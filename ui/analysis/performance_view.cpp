#include "performance_view.h"

#include "chart_helpers.h"
#include "shell/app_context.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <map>
#include <unordered_set>

namespace clientele {

using namespace charts;
using analysis::Dimension;

namespace {

constexpr int kLines = 5; // the largest values get a line each; the rest are summed

} // namespace

PerformanceView::PerformanceView(AppContext& app, QWidget* parent)
    : AnalysisView(app, parent) {
    setObjectName(QStringLiteral("performance"));
    auto* grid = new QGridLayout(content());
    auto* controls = new QHBoxLayout;
    m_dimension = new QComboBox(content());
    m_dimension->setObjectName(QStringLiteral("dimension"));
    m_dimension->addItem(tr("Category"), static_cast<int>(Dimension::Category));
    m_dimension->addItem(tr("Channel"), static_cast<int>(Dimension::Channel));
    m_dimension->addItem(tr("Location"), static_cast<int>(Dimension::Location));
    m_dimension->addItem(tr("Salesperson"), static_cast<int>(Dimension::Salesperson));
    m_dimension->addItem(tr("Region"), static_cast<int>(Dimension::Region));
    m_compare = new QComboBox(content());
    m_compare->setObjectName(QStringLiteral("compare"));
    m_compare->addItem(tr("Year over year"), static_cast<int>(analysis::Compare::YearOverYear));
    m_compare->addItem(tr("Month over month"), static_cast<int>(analysis::Compare::MonthOverMonth));
    controls->addWidget(new QLabel(tr("By"), content()));
    controls->addWidget(m_dimension);
    controls->addWidget(new QLabel(tr("Compared"), content()));
    controls->addWidget(m_compare);
    m_measure = new QComboBox(content());
    m_measure->setObjectName(QStringLiteral("measure"));
    m_measure->addItem(tr("Revenue"));
    m_measure->addItem(tr("Profit"));
    controls->addWidget(new QLabel(tr("Months show"), content()));
    controls->addWidget(m_measure);
    controls->addStretch(1);
    m_months = makeChart({});
    m_profit = makeChart(tr("Profit against the previous period"));
    auto* months = new ChartView(m_months, content());
    months->setObjectName(QStringLiteral("monthChart"));
    auto* profit = new ChartView(m_profit, content());
    profit->setObjectName(QStringLiteral("profitChart"));
    m_table = makeTable({tr("Value"), tr("Revenue"), tr("Profit"), tr("Margin"), tr("Share"),
                         tr("Previous revenue"), tr("Change"), tr("Orders"), tr("Customers")},
                        content());
    m_table->setObjectName(QStringLiteral("performanceTable"));
    m_table->setAccessibleName(tr("Performance by value"));
    grid->addLayout(controls, 0, 0, 1, 2);
    grid->addWidget(months, 1, 0);
    grid->addWidget(profit, 1, 1);
    grid->addWidget(m_table, 2, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(2, 2);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &AnalysisView::optionsChanged);
    connect(m_compare, &QComboBox::currentIndexChanged, this, &AnalysisView::optionsChanged);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] {
        if (m_result)
            drawMonths();
    });
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        if (item)
            drillDown(item->text(), keyCustomers(item->data(Qt::UserRole).toInt()));
    });
}

Dimension PerformanceView::dimension() const {
    return static_cast<Dimension>(m_dimension->currentData().toInt());
}

AnalysisJob PerformanceView::job() const {
    const Dimension dim = dimension();
    const auto compare = static_cast<analysis::Compare>(m_compare->currentData().toInt());
    return [dim, compare](const AnalysisInput& in) -> AnalysisOutput {
        auto output = std::make_shared<Output>();
        analysis::PerformanceOptions totals;
        totals.by = {dim};
        totals.compare = compare;
        output->totals = analysis::computePerformance(*in.facts, in.window, totals);
        analysis::PerformanceOptions months;
        months.by = {Dimension::Month, dim};
        output->months = analysis::computePerformance(*in.facts, in.window, months);
        return output;
    };
}

QString PerformanceView::label(int code) const {
    const QString text = analysis::keyLabel(facts(), m_result->totals.by.front(), code);
    return text.isEmpty() ? tr("(none)") : text;
}

void PerformanceView::draw(const AnalysisOutput& output) {
    m_result = std::static_pointer_cast<const Output>(output);
    drawMonths();
    drawProfit();
    fillTable();
}

void PerformanceView::drawMonths() {
    clearChart(m_months);
    const bool profit = m_measure->currentIndex() == 1;
    m_months->setTitle(profit ? tr("Profit by month") : tr("Revenue by month"));
    const auto& rows = m_result->totals.rows;
    std::map<int, int> lineOf; // key code -> line; the rest go to the last
    for (int i = 0; i < static_cast<int>(rows.size()) && i < kLines; ++i)
        lineOf[rows[static_cast<std::size_t>(i)].keys[0]] = i;
    const int lineCount = static_cast<int>(std::min<std::size_t>(rows.size(), kLines)) +
                          (rows.size() > kLines ? 1 : 0);
    std::vector<std::map<int, Money>> amount(static_cast<std::size_t>(lineCount));
    int first = std::numeric_limits<int>::max(), last = std::numeric_limits<int>::min();
    for (const auto& row : m_result->months.rows) {
        const auto it = lineOf.find(row.keys[1]);
        const int line = it != lineOf.end() ? it->second : lineCount - 1;
        amount[static_cast<std::size_t>(line)][row.keys[0]] += profit ? row.profit() : row.revenue;
        first = std::min(first, row.keys[0]);
        last = std::max(last, row.keys[0]);
    }
    if (first > last)
        return;
    double low = 0, high = 0;
    for (const auto& line : amount)
        for (const auto& [month, money] : line) {
            low = std::min(low, major(money, facts().minorDigits));
            high = std::max(high, major(money, facts().minorDigits));
        }
    const AxisScale scale = axisScale(std::max(-low, high), facts().currency);
    auto* x = monthAxis(first, last);
    m_months->addAxis(x, Qt::AlignBottom);
    auto* y = valueAxis((profit ? tr("Profit (%1)") : tr("Revenue (%1)")).arg(scale.unit));
    fitAxis(y, low / scale.divisor, high / scale.divisor);
    m_months->addAxis(y, Qt::AlignLeft);
    for (int l = 0; l < lineCount; ++l) {
        auto* series = new QLineSeries;
        const bool other = l >= kLines;
        series->setName(other ? tr("Other") : label(rows[static_cast<std::size_t>(l)].keys[0]));
        series->setPen(QPen(seriesColour(l), 2));
        std::vector<QString> tips;
        for (int m = first; m <= last; ++m) {
            const Money value = amount[static_cast<std::size_t>(l)].count(m)
                                    ? amount[static_cast<std::size_t>(l)].at(m)
                                    : 0;
            series->append(monthX(m), major(value, facts().minorDigits) / scale.divisor);
            tips.push_back((profit ? tr("%1, %2: profit %3") : tr("%1, %2: revenue %3"))
                               .arg(series->name(), monthLabel(m), app().money(value)));
        }
        setPointTooltips(series, std::move(tips));
        m_months->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

void PerformanceView::drawProfit() {
    clearChart(m_profit);
    const auto& rows = m_result->totals.rows;
    const int shown = static_cast<int>(std::min<std::size_t>(rows.size(), 10));
    auto* now = new QBarSet(tr("This period"));
    now->setColor(seriesColour(0));
    auto* before = new QBarSet(tr("Previous period"));
    before->setColor(seriesColour(1));
    QStringList labels;
    std::vector<QString> tips;
    double low = 0, high = 0;
    // Bottom up, so the largest is on top.
    for (int i = shown - 1; i >= 0; --i) {
        const auto& row = rows[static_cast<std::size_t>(i)];
        const Money previous = row.previousProfit.value_or(0);
        now->append(major(row.profit(), facts().minorDigits));
        before->append(major(previous, facts().minorDigits));
        low = std::min(
            {low, major(row.profit(), facts().minorDigits), major(previous, facts().minorDigits)});
        high = std::max(
            {high, major(row.profit(), facts().minorDigits), major(previous, facts().minorDigits)});
        labels << label(row.keys[0]);
        tips.push_back(tr("%1: profit %2, previous period %3")
                           .arg(labels.back(), app().money(row.profit()), app().money(previous)));
    }
    const AxisScale scale = axisScale(std::max(-low, high), facts().currency);
    for (QBarSet* set : {now, before})
        for (int i = 0; i < set->count(); ++i)
            set->replace(i, set->at(i) / scale.divisor);
    setBarTooltips(now, tips);
    setBarTooltips(before, tips);
    for (QBarSet* set : {now, before})
        connect(set, &QBarSet::clicked, this, [this, shown](int bar) {
            const int code =
                m_result->totals.rows[static_cast<std::size_t>(shown - 1 - bar)].keys[0];
            drillDown(label(code), keyCustomers(code));
        });
    auto* series = new QHorizontalBarSeries;
    series->append(now);
    series->append(before);
    m_profit->addSeries(series);
    auto* y = new QBarCategoryAxis;
    fitCategoryLabels(y, labels, false);
    m_profit->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = valueAxis(tr("Profit (%1)").arg(scale.unit));
    fitAxis(x, low / scale.divisor, high / scale.divisor);
    m_profit->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
}

void PerformanceView::fillTable() {
    const auto& rows = m_result->totals.rows;
    const QLocale locale = app().locale();
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto& row = rows[static_cast<std::size_t>(r)];
        auto* key = textItem(label(row.keys[0]));
        key->setData(Qt::UserRole, row.keys[0]);
        m_table->setItem(r, 0, key);
        m_table->setItem(r, 1,
                         numberItem(app().money(row.revenue), static_cast<double>(row.revenue)));
        m_table->setItem(r, 2,
                         numberItem(app().money(row.profit()), static_cast<double>(row.profit())));
        m_table->setItem(
            r, 3, numberItem(percent(locale, analysis::ratio(row.profit(), row.revenue)), 0));
        m_table->setItem(
            r, 4,
            numberItem(percent(locale, analysis::ratio(row.revenue, m_result->totals.totalRevenue)),
                       0));
        const Money previous = row.previousRevenue.value_or(0);
        m_table->setItem(r, 5, numberItem(app().money(previous), static_cast<double>(previous)));
        const auto change = analysis::ratio(row.revenue - previous, previous);
        m_table->setItem(r, 6,
                         numberItem(change ? (*change > 0 ? QStringLiteral("+") : QString()) +
                                                 percent(locale, change)
                                           : percent(locale, change),
                                    change.value_or(0)));
        m_table->setItem(r, 7, numberItem(locale.toString(row.orders), row.orders));
        m_table->setItem(r, 8, numberItem(locale.toString(row.customers), row.customers));
    }
    m_table->resizeColumnsToContents();
}

std::vector<int> PerformanceView::keyCustomers(int code) const {
    const auto& f = facts();
    const auto& window = input().window;
    const Dimension dim = m_result->totals.by.front();
    std::unordered_set<int> found;
    for (int o = 0; o < f.orders.size(); ++o) {
        const auto order = static_cast<std::size_t>(o);
        const int customer = f.orders.customer[order];
        if (customer == analysis::kNone || !window.contains(f.orders.day[order]))
            continue;
        bool match = false;
        switch (dim) {
        case Dimension::Channel:
            match = f.orders.channel[order] == code;
            break;
        case Dimension::Location:
            match = f.orders.location[order] == code;
            break;
        case Dimension::Salesperson:
            match = f.orders.salesperson[order] == code;
            break;
        case Dimension::Region:
            match = f.customers.region[static_cast<std::size_t>(customer)] == code;
            break;
        default:
            for (int l = f.orders.firstLine[order]; l < f.orders.firstLine[order + 1] && !match;
                 ++l)
                match = f.products.category[static_cast<std::size_t>(
                            f.lines.product[static_cast<std::size_t>(l)])] == code;
        }
        if (match)
            found.insert(customer);
    }
    std::vector<int> customers(found.begin(), found.end());
    std::sort(customers.begin(), customers.end());
    return customers;
}

} // namespace clientele
