#include "prospecting_view.h"

#include "chart_helpers.h"
#include "shell/app_context.h"

#include <QGridLayout>
#include <QLabel>
#include <QTableWidget>
#include <QtCharts/QAreaSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace clientele {

using namespace charts;

namespace {

// Revenue (minor units) of the months [first, first + count), counted orders in the window.
std::vector<Money> monthlyRevenue(const analysis::Facts& facts, const analysis::Window& window,
                                  int first, int count) {
    std::vector<Money> revenue(static_cast<std::size_t>(std::max(count, 0)), 0);
    for (int o = 0; o < facts.orders.size(); ++o) {
        const auto order = static_cast<std::size_t>(o);
        if (!window.contains(facts.orders.day[order]))
            continue;
        const int slot = monthIndex(facts.orders.day[order]) - first;
        if (slot < 0 || slot >= count)
            continue;
        for (int l = facts.orders.firstLine[order]; l < facts.orders.firstLine[order + 1]; ++l)
            revenue[static_cast<std::size_t>(slot)] +=
                facts.lines.revenue[static_cast<std::size_t>(l)];
    }
    return revenue;
}

int aliveBin(double pAlive) {
    return std::clamp(static_cast<int>(std::floor(pAlive * ProspectingView::kBins)), 0,
                      ProspectingView::kBins - 1);
}

} // namespace

ProspectingView::ProspectingView(AppContext& app, QWidget* parent)
    : AnalysisView(app, parent) {
    setObjectName(QStringLiteral("prospecting"));
    auto* grid = new QGridLayout(content());
    m_summary = new QLabel(content());
    m_summary->setObjectName(QStringLiteral("prospectingSummary"));
    m_summary->setWordWrap(true);
    m_arrivals = makeChart(tr("New customers and leads per month"));
    m_conversion = makeChart(tr("Leads who bought, by source"));
    m_forecast = makeChart(tr("Revenue forecast"));
    m_alive = makeChart(tr("How likely customers are still active (P(alive))"));
    const std::array<std::pair<QChart*, const char*>, 4> charts{{{m_arrivals, "arrivalChart"},
                                                                 {m_conversion, "conversionChart"},
                                                                 {m_forecast, "forecastChart"},
                                                                 {m_alive, "aliveChart"}}};
    for (std::size_t i = 0; i < charts.size(); ++i) {
        auto* view = new ChartView(charts[i].first, content());
        view->setObjectName(QLatin1String(charts[i].second));
        grid->addWidget(view, 1 + static_cast<int>(i) / 2, static_cast<int>(i) % 2);
    }
    m_table = makeTable({tr("Source"), tr("Leads"), tr("Bought"), tr("Rate")}, content());
    m_table->setObjectName(QStringLiteral("conversionTable"));
    m_table->setAccessibleName(tr("Leads by source"));
    m_table->setMaximumHeight(200);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(m_table, 3, 0, 1, 2);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row) {
        const QTableWidgetItem* item = m_table->item(row, 0);
        if (item)
            drillDown(item->text(), sourceCustomers(item->data(Qt::UserRole).toInt()));
    });
}

AnalysisJob ProspectingView::job() const {
    return [](const AnalysisInput& in) -> AnalysisOutput {
        auto output = std::make_shared<Output>();
        output->counts = analysis::computeProspectingCounts(*in.facts, in.window);
        output->models = in.models();
        output->history = monthlyRevenue(
            *in.facts, in.window, output->models->firstForecastMonth - output->models->fullMonths,
            output->models->fullMonths);
        return output;
    };
}

void ProspectingView::draw(const AnalysisOutput& output) {
    m_result = std::static_pointer_cast<const Output>(output);
    fillSummary();
    drawArrivals();
    drawConversion();
    drawForecast();
    drawAlive();
    fillTable();
}

void ProspectingView::fillSummary() {
    const auto& models = *m_result->models;
    const QLocale locale = app().locale();
    QStringList parts;
    if (models.bgnbd.status.fitted())
        parts << tr("Purchase model fitted on %n customer(s).", nullptr, models.bgnbd.customers);
    else
        parts << tr("No purchase model: %1").arg(models.bgnbd.status.reason);
    if (models.forecast.status.fitted())
        parts << tr("Forecast by %1; back-test error %2.")
                     .arg(models.forecast.method == models::ForecastMethod::HoltWinters
                              ? tr("Holt-Winters with a yearly season")
                              : tr("Holt's linear trend"),
                          percent(locale, models.forecast.backtestMape));
    else
        parts << tr("No forecast: %1").arg(models.forecast.status.reason);
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void ProspectingView::drawArrivals() {
    clearChart(m_arrivals);
    const auto& months = m_result->counts.months;
    if (months.empty())
        return;
    auto* customers = new QLineSeries;
    customers->setName(tr("New customers (first order)"));
    customers->setPen(QPen(seriesColour(0), 2.5));
    auto* leads = new QLineSeries;
    leads->setName(tr("Leads added"));
    leads->setPen(QPen(seriesColour(1), 2, Qt::DashLine));
    std::vector<QString> tips;
    int most = 0;
    for (const auto& m : months) {
        customers->append(monthX(m.month), m.newCustomers);
        leads->append(monthX(m.month), m.leads);
        most = std::max({most, m.newCustomers, m.leads});
        tips.push_back(tr("%1: %2 new customers, %3 leads")
                           .arg(monthLabel(m.month))
                           .arg(m.newCustomers)
                           .arg(m.leads));
    }
    setPointTooltips(customers, tips);
    setPointTooltips(leads, tips);
    auto* x = monthAxis(months.front().month, months.back().month);
    auto* y = valueAxis(tr("Customers"));
    fitAxis(y, 0, most);
    m_arrivals->addAxis(x, Qt::AlignBottom);
    m_arrivals->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {customers, leads}) {
        m_arrivals->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ProspectingView::drawConversion() {
    clearChart(m_conversion);
    const auto& conversion = m_result->counts.conversion;
    auto* set = new QBarSet(tr("Bought (%)"));
    set->setColor(seriesColour(2));
    QStringList labels;
    std::vector<QString> tips;
    for (const auto& c : conversion) {
        const QString label = c.source == 0 ? tr("(none)") : facts().sources.text(c.source);
        labels << label;
        const auto rate = analysis::ratio(c.converted, c.customers);
        set->append(rate.value_or(0) * 100);
        tips.push_back(tr("%1: %2 of %3 leads bought (%4)")
                           .arg(label)
                           .arg(c.converted)
                           .arg(c.customers)
                           .arg(percent(app().locale(), rate)));
    }
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this, [this](int bar) {
        const int source = m_result->counts.conversion[static_cast<std::size_t>(bar)].source;
        drillDown(source == 0 ? tr("(none)") : facts().sources.text(source),
                  sourceCustomers(source));
    });
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value%"));
    series->setLabelsPrecision(3);
    m_conversion->addSeries(series);
    auto* x = new QBarCategoryAxis;
    fitCategoryLabels(x, labels);
    m_conversion->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(tr("Bought (%)"));
    y->setRange(0, 100);
    m_conversion->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_conversion->legend()->setVisible(false);
}

void ProspectingView::drawForecast() {
    clearChart(m_forecast);
    const auto& models = *m_result->models;
    const auto& history = m_result->history;
    const auto& points = models.forecast.points;
    const int digits = facts().minorDigits;
    const int shownHistory = std::min<int>(static_cast<int>(history.size()), 24);
    const int firstHistory = models.firstForecastMonth - shownHistory;
    if (shownHistory == 0 && points.empty())
        return;
    double high = 0;
    for (int i = 0; i < shownHistory; ++i)
        high = std::max(
            high,
            major(history[history.size() - static_cast<std::size_t>(shownHistory - i)], digits));
    for (const auto& p : points)
        high = std::max(high, p.high / std::pow(10.0, digits));
    const AxisScale scale = axisScale(high, facts().currency);
    const double toAxis = std::pow(10.0, digits) * scale.divisor; // minor units -> axis units
    auto* past = new QLineSeries;
    past->setName(tr("Revenue"));
    past->setPen(QPen(seriesColour(0), 2.5));
    std::vector<QString> pastTips;
    for (int i = 0; i < shownHistory; ++i) {
        const Money value = history[history.size() - static_cast<std::size_t>(shownHistory - i)];
        past->append(monthX(firstHistory + i), static_cast<double>(value) / toAxis);
        pastTips.push_back(
            tr("%1: revenue %2").arg(monthLabel(firstHistory + i), app().money(value)));
    }
    setPointTooltips(past, std::move(pastTips));
    auto* forecast = new QLineSeries;
    forecast->setName(tr("Forecast"));
    forecast->setPen(QPen(seriesColour(5), 2.5, Qt::DashLine));
    auto* low = new QLineSeries;
    auto* top = new QLineSeries;
    std::vector<QString> tips;
    if (!past->points().isEmpty() && !points.empty())
        forecast->append(past->points().back()); // the forecast continues the last month
    for (int i = 0; i < static_cast<int>(points.size()); ++i) {
        const auto& p = points[static_cast<std::size_t>(i)];
        const qreal x = monthX(models.firstForecastMonth + i);
        forecast->append(x, p.value / toAxis);
        low->append(x, std::max(0.0, p.low) / toAxis);
        top->append(x, p.high / toAxis);
        tips.push_back(
            tr("%1: forecast %2 (80% between %3 and %4)")
                .arg(monthLabel(models.firstForecastMonth + i), app().money(std::llround(p.value)),
                     app().money(std::llround(p.low)), app().money(std::llround(p.high))));
    }
    if (!past->points().isEmpty() && !points.empty())
        tips.insert(tips.begin(), tips.front());
    setPointTooltips(forecast, std::move(tips));
    auto* band = new QAreaSeries(top, low);
    low->setParent(band); // the area series does not own its edges
    top->setParent(band);
    band->setName(tr("80% interval"));
    QColor fill = seriesColour(5);
    fill.setAlpha(60);
    band->setBrush(fill);
    band->setPen(Qt::NoPen);
    const int lastMonth =
        models.firstForecastMonth + std::max<int>(0, static_cast<int>(points.size()) - 1);
    auto* x = monthAxis(shownHistory > 0 ? firstHistory : models.firstForecastMonth, lastMonth);
    auto* y = valueAxis(scale.unit);
    fitAxis(y, 0, high / scale.divisor);
    m_forecast->addAxis(x, Qt::AlignBottom);
    m_forecast->addAxis(y, Qt::AlignLeft);
    std::vector<QAbstractSeries*> series{past};
    if (!points.empty())
        series.insert(series.begin(), {band, forecast});
    else
        delete band;
    for (QAbstractSeries* s : series) {
        m_forecast->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    if (points.empty())
        delete forecast;
}

std::vector<int> ProspectingView::aliveCustomers(int bin) const {
    std::vector<int> customers;
    for (const auto& c : m_result->models->customers)
        if (c.value.pAlive && aliveBin(*c.value.pAlive) == bin)
            customers.push_back(c.customer);
    return customers;
}

std::vector<int> ProspectingView::sourceCustomers(int source) const {
    std::vector<int> customers;
    const auto& known = facts().customers;
    const auto& window = input().window;
    for (int c = 0; c < known.size(); ++c) {
        const auto i = static_cast<std::size_t>(c);
        if (known.source[i] == source && window.contains(known.createdOn[i]))
            customers.push_back(c);
    }
    return customers;
}

void ProspectingView::drawAlive() {
    clearChart(m_alive);
    std::array<int, kBins> counts{};
    for (const auto& c : m_result->models->customers)
        if (c.value.pAlive)
            ++counts[static_cast<std::size_t>(aliveBin(*c.value.pAlive))];
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(seriesColour(4));
    QStringList labels;
    std::vector<QString> tips;
    for (int b = 0; b < kBins; ++b) {
        const int n = counts[static_cast<std::size_t>(b)];
        set->append(n);
        labels << QStringLiteral("%1").arg(b * 10);
        tips.push_back(
            tr("P(alive) %1–%2%: %n customer(s)", nullptr, n).arg(b * 10).arg(b * 10 + 10));
    }
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this, [this](int bin) {
        drillDown(tr("P(alive) %1–%2%").arg(bin * 10).arg(bin * 10 + 10), aliveCustomers(bin));
    });
    auto* series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    m_alive->addSeries(series);
    auto* x = new QBarCategoryAxis;
    fitCategoryLabels(x, labels);
    x->setTitleText(tr("P(alive), from (%)"));
    m_alive->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = valueAxis(tr("Customers"));
    fitAxis(y, 0, *std::max_element(counts.begin(), counts.end()));
    m_alive->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    m_alive->legend()->setVisible(false);
}

void ProspectingView::fillTable() {
    const auto& conversion = m_result->counts.conversion;
    const QLocale locale = app().locale();
    m_table->setRowCount(static_cast<int>(conversion.size()));
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto& c = conversion[static_cast<std::size_t>(r)];
        auto* source = textItem(c.source == 0 ? tr("(none)") : facts().sources.text(c.source));
        source->setData(Qt::UserRole, c.source);
        m_table->setItem(r, 0, source);
        m_table->setItem(r, 1, numberItem(locale.toString(c.customers), c.customers));
        m_table->setItem(r, 2, numberItem(locale.toString(c.converted), c.converted));
        m_table->setItem(r, 3,
                         numberItem(percent(locale, analysis::ratio(c.converted, c.customers)), 0));
    }
    m_table->resizeColumnsToContents();
}

} // namespace clientele
