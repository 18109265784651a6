#include "product_view.h"

#include "chart_helpers.h"
#include "shell/app_context.h"

#include <QCursor>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>
#include <QtCharts/QValueAxis>

#include <map>
#include <unordered_set>

namespace clientele {

using namespace charts;

ProductView::ProductView(AppContext& app, QWidget* parent)
    : AnalysisView(app, parent) {
    setObjectName(QStringLiteral("product"));
    auto* grid = new QGridLayout(content());
    m_summary = new QLabel(content());
    m_summary->setObjectName(QStringLiteral("productSummary"));
    m_summary->setWordWrap(true);
    m_top = makeChart(tr("Best products by profit"));
    m_categories = makeChart(tr("Revenue by category"));
    auto* top = new ChartView(m_top, content());
    top->setObjectName(QStringLiteral("topProductChart"));
    auto* categories = new ChartView(m_categories, content());
    categories->setObjectName(QStringLiteral("categoryChart"));
    m_pairs = makeTable({tr("Bought"), tr("Also bought"), tr("Lift"), tr("Confidence"),
                         tr("Support"), tr("Orders")},
                        content());
    m_pairs->setObjectName(QStringLiteral("pairsTable"));
    m_pairs->setAccessibleName(tr("Bought together"));
    m_customer = new QLineEdit(content());
    m_customer->setObjectName(QStringLiteral("crossSellCustomer"));
    m_customer->setPlaceholderText(tr("Customer ref, e.g. C000123"));
    auto* suggest = new QPushButton(tr("Suggest"), content());
    m_suggestions = makeTable({tr("Product"), tr("Score"), tr("Because they bought")}, content());
    m_suggestions->setObjectName(QStringLiteral("suggestionsTable"));
    m_suggestions->setAccessibleName(tr("Cross-sell suggestions"));
    auto* crossSell = new QVBoxLayout;
    auto* ask = new QHBoxLayout;
    ask->addWidget(new QLabel(tr("<b>Cross-sell</b> for"), content()));
    ask->addWidget(m_customer, 1);
    ask->addWidget(suggest);
    crossSell->addLayout(ask);
    crossSell->addWidget(m_suggestions, 1);
    grid->addWidget(m_summary, 0, 0, 1, 2);
    grid->addWidget(top, 1, 0);
    grid->addWidget(categories, 1, 1);
    grid->addWidget(
        new QLabel(tr("<b>Bought together</b>: the strongest pairs by lift"), content()), 2, 0);
    grid->addWidget(m_pairs, 3, 0);
    grid->addLayout(crossSell, 2, 1, 2, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(1, 3);
    grid->setRowStretch(3, 2);
    connect(suggest, &QPushButton::clicked, this, &AnalysisView::optionsChanged);
    connect(m_customer, &QLineEdit::returnPressed, this, &AnalysisView::optionsChanged);
}

AnalysisJob ProductView::job() const {
    analysis::ProductOptions options;
    options.customerRef = m_customer->text().trimmed();
    options.top = 20;
    return [options](const AnalysisInput& in) -> AnalysisOutput {
        return std::make_shared<const analysis::ProductResult>(
            analysis::computeProduct(*in.facts, in.window, options));
    };
}

QString ProductView::productLabel(int product) const {
    return facts().products.name[static_cast<std::size_t>(product)];
}

void ProductView::draw(const AnalysisOutput& output) {
    m_result = std::static_pointer_cast<const analysis::ProductResult>(output);
    std::array<int, 3> tiers{};
    for (const auto& p : m_result->products)
        if (p.tier)
            ++tiers[*p.tier == analysis::Tier::A ? 0U : *p.tier == analysis::Tier::B ? 1U : 2U];
    m_summary->setText(tr("%n product(s) sold: %1 in tier A (80% of the profit), %2 in B, %3 in C. "
                          "%4 orders looked at for what sells together.",
                          nullptr, static_cast<int>(m_result->products.size()))
                           .arg(tiers[0])
                           .arg(tiers[1])
                           .arg(tiers[2])
                           .arg(app().locale().toString(m_result->baskets)));
    drawTop();
    drawCategories();
    fillPairs();
    fillSuggestions();
}

void ProductView::drawTop() {
    clearChart(m_top);
    const auto& products = m_result->products;
    const int shown = static_cast<int>(std::min<std::size_t>(products.size(), 12));
    auto* set = new QBarSet(tr("Profit"));
    set->setColor(seriesColour(0));
    QStringList labels;
    std::vector<QString> tips;
    double low = 0, high = 0;
    for (int i = shown - 1; i >= 0; --i) { // bottom up: the best on top
        const auto& p = products[static_cast<std::size_t>(i)];
        const QString tier =
            p.tier ? QString(QLatin1Char(static_cast<char>(*p.tier))) : QStringLiteral("–");
        labels << tr("%1 (%2)").arg(productLabel(p.product), tier);
        const double value = major(p.profit(), facts().minorDigits);
        set->append(value);
        low = std::min(low, value);
        high = std::max(high, value);
        tips.push_back(
            tr("%1\nProfit %2 on revenue %3\n%4 sold in %5 orders to %6 customers")
                .arg(productLabel(p.product), app().money(p.profit()), app().money(p.revenue))
                .arg(p.quantity)
                .arg(p.orders)
                .arg(p.customers));
    }
    const AxisScale scale = axisScale(std::max(-low, high), facts().currency);
    for (int i = 0; i < set->count(); ++i)
        set->replace(i, set->at(i) / scale.divisor);
    setBarTooltips(set, std::move(tips));
    connect(set, &QBarSet::clicked, this, [this, shown](int bar) {
        const int product = m_result->products[static_cast<std::size_t>(shown - 1 - bar)].product;
        drillDown(productLabel(product), buyers(false, product));
    });
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    m_top->addSeries(series);
    auto* y = new QBarCategoryAxis;
    fitCategoryLabels(y, labels, false);
    m_top->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = valueAxis(tr("Profit (%1)").arg(scale.unit));
    fitAxis(x, low / scale.divisor, high / scale.divisor);
    m_top->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    m_top->legend()->setVisible(false);
}

void ProductView::drawCategories() {
    clearChart(m_categories);
    std::map<int, Money> revenue;
    Money total = 0;
    for (const auto& p : m_result->products) {
        revenue[facts().products.category[static_cast<std::size_t>(p.product)]] += p.revenue;
        total += p.revenue;
    }
    std::vector<std::pair<int, Money>> byRevenue(revenue.begin(), revenue.end());
    std::sort(byRevenue.begin(), byRevenue.end(),
              [](const auto& a, const auto& b) { return a.second > b.second; });
    // Seven slices and "Other", so no two slices share a colour of the palette.
    struct Slice {
        QString name;
        std::vector<int> categories;
        Money revenue = 0;
    };
    std::vector<Slice> slices;
    for (std::size_t i = 0; i < byRevenue.size(); ++i) {
        const auto [category, money] = byRevenue[i];
        if (i == 7)
            slices.push_back({tr("Other"), {}, 0});
        if (i >= 7) {
            slices.back().categories.push_back(category);
            slices.back().revenue += money;
            continue;
        }
        slices.push_back(
            {category == 0 ? tr("(none)") : facts().categories.text(category), {category}, money});
    }
    auto* pie = new QPieSeries;
    for (std::size_t i = 0; i < slices.size(); ++i) {
        const Slice& part = slices[i];
        const auto share = analysis::ratio(part.revenue, total);
        auto* slice = pie->append(tr("%1 %2").arg(part.name, percent(app().locale(), share, 0)),
                                  static_cast<double>(std::max<Money>(part.revenue, 0)));
        slice->setColor(seriesColour(static_cast<int>(i)));
        slice->setLabelVisible(false); // the legend names them; outside labels get cut
        const QString tip =
            tr("%1: revenue %2 (%3)")
                .arg(part.name, app().money(part.revenue), percent(app().locale(), share));
        connect(slice, &QPieSlice::hovered, slice, [slice, tip](bool on) {
            slice->setExploded(on);
            if (on)
                QToolTip::showText(QCursor::pos(), tip);
            else
                QToolTip::hideText();
        });
        connect(slice, &QPieSlice::clicked, this, [this, part] {
            std::vector<int> customers;
            for (int category : part.categories) {
                const auto more = buyers(true, category);
                customers.insert(customers.end(), more.begin(), more.end());
            }
            std::sort(customers.begin(), customers.end());
            customers.erase(std::unique(customers.begin(), customers.end()), customers.end());
            drillDown(part.name, std::move(customers));
        });
    }
    pie->setPieSize(0.7);
    m_categories->addSeries(pie);
    m_categories->legend()->setAlignment(Qt::AlignRight);
}

void ProductView::fillPairs() {
    const auto& rules = m_result->rules;
    const QLocale locale = app().locale();
    m_pairs->setRowCount(static_cast<int>(rules.size()));
    for (int r = 0; r < m_pairs->rowCount(); ++r) {
        const auto& rule = rules[static_cast<std::size_t>(r)];
        m_pairs->setItem(r, 0, textItem(productLabel(rule.lhs)));
        m_pairs->setItem(r, 1, textItem(productLabel(rule.rhs)));
        m_pairs->setItem(r, 2, numberItem(locale.toString(rule.lift, 'f', 2), rule.lift));
        m_pairs->setItem(r, 3, numberItem(percent(locale, rule.confidence), rule.confidence));
        m_pairs->setItem(r, 4, numberItem(percent(locale, rule.support, 2), rule.support));
        m_pairs->setItem(r, 5, numberItem(locale.toString(rule.count), rule.count));
    }
    m_pairs->resizeColumnsToContents();
}

void ProductView::fillSuggestions() {
    const auto& suggestions = m_result->crossSell;
    m_suggestions->setRowCount(static_cast<int>(suggestions.size()));
    for (int r = 0; r < m_suggestions->rowCount(); ++r) {
        const auto& s = suggestions[static_cast<std::size_t>(r)];
        m_suggestions->setItem(r, 0, textItem(productLabel(s.item)));
        m_suggestions->setItem(r, 1, numberItem(percent(app().locale(), s.score), s.score));
        m_suggestions->setItem(r, 2, textItem(productLabel(s.because)));
    }
    if (!m_customer->text().trimmed().isEmpty() && m_result->crossSellCustomer == analysis::kNone)
        m_suggestions->setToolTip(
            tr("No customer has the ref %1.").arg(m_customer->text().trimmed()));
    else
        m_suggestions->setToolTip({});
    m_suggestions->resizeColumnsToContents();
}

std::vector<int> ProductView::buyers(bool category, int code) const {
    const auto& f = facts();
    const auto& window = input().window;
    std::unordered_set<int> found;
    for (int o = 0; o < f.orders.size(); ++o) {
        const auto order = static_cast<std::size_t>(o);
        const int customer = f.orders.customer[order];
        if (customer == analysis::kNone || !window.contains(f.orders.day[order]))
            continue;
        for (int l = f.orders.firstLine[order]; l < f.orders.firstLine[order + 1]; ++l) {
            const int product = f.lines.product[static_cast<std::size_t>(l)];
            if ((category ? f.products.category[static_cast<std::size_t>(product)] : product) ==
                code) {
                found.insert(customer);
                break;
            }
        }
    }
    std::vector<int> customers(found.begin(), found.end());
    std::sort(customers.begin(), customers.end());
    return customers;
}

} // namespace clientele
