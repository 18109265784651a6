#include "profiling_view.h"

#include "chart_helpers.h"
#include "shell/app_context.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QValueAxis>

namespace clientele {

using namespace charts;
using analysis::Segment;

QString segmentTitle(Segment segment) {
    switch (segment) {
    case Segment::Champions:
        return ProfilingView::tr("Champions");
    case Segment::Loyal:
        return ProfilingView::tr("Loyal");
    case Segment::CantLose:
        return ProfilingView::tr("Can't lose them");
    case Segment::AtRisk:
        return ProfilingView::tr("At risk");
    case Segment::New:
        return ProfilingView::tr("New");
    case Segment::PotentialLoyalist:
        return ProfilingView::tr("Potential loyalists");
    case Segment::NeedAttention:
        return ProfilingView::tr("Need attention");
    case Segment::Hibernating:
        return ProfilingView::tr("Hibernating");
    case Segment::Lost:
        return ProfilingView::tr("Lost");
    }
    return {};
}

ProfilingView::ProfilingView(AppContext& app, QWidget* parent)
    : AnalysisView(app, parent) {
    setObjectName(QStringLiteral("profiling"));
    auto* grid = new QGridLayout(content());
    m_segments = makeChart(tr("Customers per RFM segment"));
    m_ages = makeChart(tr("Customers by age"));
    m_sources = makeChart(tr("Customers by source"));
    auto* segments = new ChartView(m_segments, content());
    segments->setObjectName(QStringLiteral("segmentChart"));
    auto* ages = new ChartView(m_ages, content());
    ages->setObjectName(QStringLiteral("ageChart"));
    auto* sources = new ChartView(m_sources, content());
    sources->setObjectName(QStringLiteral("sourceChart"));
    m_rfGrid = makeTable({}, content());
    m_rfGrid->setObjectName(QStringLiteral("rfGrid"));
    m_rfGrid->setAccessibleName(tr("Recency × frequency"));
    m_matrix = makeTable({tr("High predicted CLV"), tr("Low predicted CLV")}, content());
    m_matrix->setObjectName(QStringLiteral("valueMatrix"));
    m_matrix->setAccessibleName(tr("Value matrix"));
    m_segmentTable =
        makeTable({tr("Segment"), tr("Customers"), tr("Revenue"), tr("Share")}, content());
    m_segmentTable->setObjectName(QStringLiteral("segmentTable"));
    m_segmentTable->setAccessibleName(tr("RFM segments"));
    auto* rfTitle =
        new QLabel(tr("<b>Recency × frequency</b> (customers; 5 is the best score)"), content());
    auto* matrixTitle = new QLabel(tr("<b>Value matrix</b>: profit so far against predicted "
                                      "lifetime value (split at the medians)"),
                                   content());
    matrixTitle->setWordWrap(true);
    grid->addWidget(segments, 0, 0, 2, 2);
    grid->addWidget(rfTitle, 0, 2);
    grid->addWidget(m_rfGrid, 1, 2);
    grid->addWidget(ages, 2, 0, 2, 1);
    grid->addWidget(sources, 2, 1, 2, 1);
    grid->addWidget(matrixTitle, 2, 2);
    grid->addWidget(m_matrix, 3, 2);
    grid->addWidget(m_segmentTable, 4, 0, 1, 3);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    m_segmentTable->setMaximumHeight(220);
    connect(m_rfGrid, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const int r = 5 - row, f = column + 1;
        drillDown(tr("Recency %1, frequency %2").arg(r).arg(f), rfCustomers(r, f));
    });
    connect(m_matrix, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const bool highProfit = row == 0, highClv = column == 0;
        drillDown(m_matrix->verticalHeaderItem(row)->text() + QStringLiteral(", ") +
                      m_matrix->horizontalHeaderItem(column)->text(),
                  quadrantCustomers(highProfit, highClv));
    });
    connect(m_segmentTable, &QTableWidget::cellClicked, this,
            [this](int row) { drillIntoSegment(row); });
}

AnalysisJob ProfilingView::job() const {
    return [](const AnalysisInput& in) -> AnalysisOutput {
        auto output = std::make_shared<Output>();
        output->profiling = analysis::computeProfiling(*in.facts, in.window);
        output->models = in.models();
        return output;
    };
}

void ProfilingView::draw(const AnalysisOutput& output) {
    m_result = std::static_pointer_cast<const Output>(output);
    drawSegments();
    fillRfGrid();
    drawCounts(m_ages, QStringLiteral("age_band"));
    drawCounts(m_sources, QStringLiteral("source"));
    fillMatrix();
    fillSegmentTable();
}

std::vector<int> ProfilingView::segmentCustomers(int segment) const {
    std::vector<int> customers;
    for (const auto& row : m_result->profiling.rfm)
        if (static_cast<int>(row.segment) == segment)
            customers.push_back(row.customer);
    return customers;
}

std::vector<int> ProfilingView::rfCustomers(int r, int f) const {
    std::vector<int> customers;
    for (const auto& row : m_result->profiling.rfm)
        if (row.r == r && row.f == f)
            customers.push_back(row.customer);
    return customers;
}

std::vector<int> ProfilingView::quadrantCustomers(bool highProfit, bool highClv) const {
    std::vector<int> customers;
    const auto& models = *m_result->models;
    if (!models.valueMatrix.profitMedian)
        return customers;
    for (const auto& c : models.customers) {
        if (!c.value.clv)
            continue;
        const bool profitHigh =
            static_cast<double>(c.realisedProfit) >= *models.valueMatrix.profitMedian;
        const bool clvHigh = *c.value.clv >= *models.valueMatrix.clvMedian;
        if (profitHigh == highProfit && clvHigh == highClv)
            customers.push_back(c.customer);
    }
    return customers;
}

void ProfilingView::drillIntoSegment(int segment) {
    drillDown(segmentTitle(static_cast<Segment>(segment)), segmentCustomers(segment));
}

void ProfilingView::drawSegments() {
    clearChart(m_segments);
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(seriesColour(0));
    QStringList labels;
    std::vector<QString> tips;
    int most = 0;
    // Bottom to top, so the first rule's segment (champions) is on top.
    for (auto it = m_result->profiling.segments.rbegin(); it != m_result->profiling.segments.rend();
         ++it) {
        const auto& s = *it;
        set->append(s.customers);
        most = std::max(most, s.customers);
        labels << segmentTitle(s.segment);
        tips.push_back(tr("%1: %n customer(s), revenue %2", nullptr, s.customers)
                           .arg(segmentTitle(s.segment), app().money(s.revenue)));
    }
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this,
            [this](int bar) { drillIntoSegment(analysis::kSegmentCount - 1 - bar); });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    m_segments->addSeries(series);
    auto* y = new QBarCategoryAxis;
    fitCategoryLabels(y, labels, false);
    m_segments->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = valueAxis(tr("Customers"));
    fitAxis(x, 0, most);
    m_segments->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    m_segments->legend()->setVisible(false);
}

void ProfilingView::fillRfGrid() {
    std::array<std::array<int, 5>, 5> counts{};
    int most = 1;
    for (const auto& row : m_result->profiling.rfm) {
        int& cell =
            counts[static_cast<std::size_t>(5 - row.r)][static_cast<std::size_t>(row.f - 1)];
        most = std::max(most, ++cell);
    }
    m_rfGrid->clear();
    m_rfGrid->setRowCount(5);
    m_rfGrid->setColumnCount(5);
    QStringList columns, rows;
    for (int i = 1; i <= 5; ++i)
        columns << tr("F %1").arg(i);
    for (int i = 5; i >= 1; --i)
        rows << tr("R %1").arg(i);
    m_rfGrid->setHorizontalHeaderLabels(columns);
    m_rfGrid->setVerticalHeaderLabels(rows);
    m_rfGrid->verticalHeader()->setVisible(true);
    m_rfGrid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rfGrid->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_rfGrid->setSelectionMode(QAbstractItemView::NoSelection);
    m_rfGrid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rfGrid->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    for (int r = 0; r < 5; ++r) {
        for (int f = 0; f < 5; ++f) {
            const int n = counts[static_cast<std::size_t>(r)][static_cast<std::size_t>(f)];
            auto* item = numberItem(app().locale().toString(n), n);
            item->setTextAlignment(Qt::AlignCenter);
            const QColor colour = heatColour(static_cast<double>(n) / most);
            item->setBackground(colour);
            item->setForeground(textOn(colour));
            item->setToolTip(
                tr("Recency %1, frequency %2: %n customer(s)", nullptr, n).arg(5 - r).arg(f + 1));
            m_rfGrid->setItem(r, f, item);
        }
    }
}

void ProfilingView::drawCounts(QChart* chart, const QString& dimension) {
    clearChart(chart);
    const analysis::CountTable* table = nullptr;
    for (const auto& t : m_result->profiling.counts)
        if (t.dimension == dimension)
            table = &t;
    if (!table)
        return;
    std::vector<analysis::CountEntry> entries = table->entries;
    if (dimension == QLatin1String("age_band")) // bands in age order, not by size
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) {
            const auto rank = [](const QString& k) {
                return k == QLatin1String("unknown")    ? 99
                       : k.startsWith(QLatin1Char('<')) ? 0
                                                        : k.left(2).toInt();
            };
            return rank(a.key) < rank(b.key);
        });
    else if (entries.size() > 8)
        entries.resize(8); // the largest; the rest would be unreadable slivers
    std::reverse(entries.begin(), entries.end()); // horizontal bars are drawn bottom up
    auto* set = new QBarSet(tr("Customers"));
    set->setColor(seriesColour(dimension == QLatin1String("source") ? 2 : 4));
    QStringList labels;
    std::vector<QString> tips;
    int most = 0;
    for (const auto& e : entries) {
        // Axis labels are rich text: "<25" would vanish as a tag.
        const QString label =
            e.key.isEmpty()                      ? tr("(none)")
            : e.key.startsWith(QLatin1Char('<')) ? tr("under %1").arg(e.key.mid(1))
            : (dimension == QLatin1String("age_band") && e.key == QLatin1String("unknown"))
                ? tr("age unknown")
                : e.key;
        labels << label;
        set->append(e.customers);
        most = std::max(most, e.customers);
        tips.push_back(tr("%1: %n customer(s)", nullptr, e.customers).arg(label));
    }
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this, [this, dimension, entries](int index) {
        drillIntoCount(dimension, entries[static_cast<std::size_t>(index)].key);
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    fitCategoryLabels(y, labels, false);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = valueAxis(tr("Customers"));
    fitAxis(x, 0, most);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    chart->legend()->setVisible(false);
}

void ProfilingView::drillIntoCount(const QString& dimension, const QString& key) {
    const auto& customers = facts().customers;
    std::vector<int> found;
    const int source = facts().sources.find(key);
    for (int c = 0; c < customers.size(); ++c) {
        const auto i = static_cast<std::size_t>(c);
        const bool match =
            dimension == QLatin1String("age_band")
                ? analysis::ageBand(customers.birthday[i], input().window.asOf) == key
                : customers.source[i] == source;
        if (match)
            found.push_back(c);
    }
    drillDown(key.isEmpty() ? tr("(none)") : key, std::move(found));
}

void ProfilingView::fillMatrix() {
    const auto& m = m_result->models->valueMatrix;
    m_matrix->setRowCount(2);
    m_matrix->setVerticalHeaderLabels({tr("High profit so far"), tr("Low profit so far")});
    m_matrix->verticalHeader()->setVisible(true);
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const std::array<int, 4> cells{m.highProfitHighClv, m.highProfitLowClv, m.lowProfitHighClv,
                                   m.lowProfitLowClv};
    const int most = std::max(1, *std::max_element(cells.begin(), cells.end()));
    const QStringList advice{tr("keep them close"), tr("past their best?"), tr("grow them"),
                             tr("serve efficiently")};
    for (int i = 0; i < 4; ++i) {
        const int n = cells[static_cast<std::size_t>(i)];
        auto* item = numberItem(tr("%1\n%2").arg(app().locale().toString(n), advice[i]), n);
        item->setTextAlignment(Qt::AlignCenter);
        const QColor colour = heatColour(static_cast<double>(n) / most);
        item->setBackground(colour);
        item->setForeground(textOn(colour));
        m_matrix->setItem(i / 2, i % 2, item);
    }
    if (!m.profitMedian)
        m_matrix->setToolTip(tr("Not enough repeat buyers to predict lifetime value."));
    else
        m_matrix->setToolTip(tr("Median profit so far %1, median predicted CLV %2")
                                 .arg(app().money(static_cast<Money>(*m.profitMedian)),
                                      app().money(static_cast<Money>(*m.clvMedian))));
}

void ProfilingView::fillSegmentTable() {
    const auto& segments = m_result->profiling.segments;
    Money total = 0;
    for (const auto& s : segments)
        total += s.revenue;
    m_segmentTable->setRowCount(static_cast<int>(segments.size()));
    for (int row = 0; row < m_segmentTable->rowCount(); ++row) {
        const auto& s = segments[static_cast<std::size_t>(row)];
        m_segmentTable->setItem(row, 0, textItem(segmentTitle(s.segment)));
        m_segmentTable->setItem(row, 1,
                                numberItem(app().locale().toString(s.customers), s.customers));
        m_segmentTable->setItem(row, 2,
                                numberItem(app().money(s.revenue), static_cast<double>(s.revenue)));
        m_segmentTable->setItem(
            row, 3, numberItem(percent(app().locale(), analysis::ratio(s.revenue, total)), 0));
    }
    m_segmentTable->resizeColumnsToContents();
}

} // namespace clientele
