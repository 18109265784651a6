#include "analysis/analysis_export.h"
#include "analysis/analysis_toolbar.h"
#include "analysis/customer_list_dialog.h"
#include "analysis/persistency_view.h"
#include "analysis/product_view.h"
#include "analysis/profiling_view.h"
#include "analysis/profitability_view.h"
#include "analysis/promotion_view.h"
#include "analysis/prospecting_view.h"
#include "analysis_fixture.h"
#include "campaigns/campaign_dialog.h"
#include "customer_page/customer_page.h"
#include "customers/customer_list_model.h"
#include "customers/customers_page.h"
#include "shell/file_dialog.h"

#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>
#include <QUndoStack>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QValueAxis>

#include <cmath>

using namespace clientele;
using namespace clientele::test;

namespace {

QChartView* chartNamed(AnalysisView* view, const char* name) {
    auto* chart = view->findChild<QChartView*>(QLatin1String(name));
    REQUIRE(chart);
    return chart;
}

QBarSet* firstBarSet(QChartView* view) {
    for (QAbstractSeries* series : view->chart()->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            return bars->barSets().first();
    FAIL("no bar series");
    return nullptr;
}

// The divisor of the axis the bars are measured on, read from its title as the user reads it.
double barAxisDivisor(QChartView* view) {
    for (QAbstractAxis* axis : view->chart()->axes())
        if (qobject_cast<QValueAxis*>(axis) && axis->isVisible() &&
            axis->titleText().startsWith(QStringLiteral("Profit")))
            return axisDivisor(axis->titleText());
    FAIL("no profit axis");
    return 1;
}

QString percentText(double share) {
    return QLocale().toString(share * 100, 'f', 1) + QLatin1Char('%');
}

std::vector<QString> listedRefs(CustomerListDialog* dialog) {
    std::vector<QString> refs;
    for (int row = 0; row < dialog->table()->rowCount(); ++row)
        refs.push_back(dialog->table()->item(row, 0)->text());
    std::sort(refs.begin(), refs.end());
    return refs;
}

} // namespace

TEST_CASE("the Pareto chart shows the profitability analysis's figures", "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfitabilityView>(page);
    REQUIRE(view->hasResult());

    const auto facts = factsOf(window.database());
    const auto expected = analysis::computeProfitability(*facts, defaultWindow(*facts));
    const int n = static_cast<int>(expected.customers.size());
    REQUIRE(n > 100); // so the bars are percentiles, not customers
    REQUIRE(expected.pareto.top20ProfitShare);
    CHECK(view->summary()->text().contains(
        QStringLiteral("<b>%1</b>").arg(percentText(*expected.pareto.top20ProfitShare))));
    CHECK(view->summary()->text().contains(percentText(*expected.pareto.customersFor80pctShare)));

    // 100 bars: bar b holds customers [b n / 100, (b + 1) n / 100) by profit, best first.
    QChartView* pareto = chartNamed(view, "paretoChart");
    QBarSet* bars = firstBarSet(pareto);
    REQUIRE(bars->count() == 100);
    const double divisor = barAxisDivisor(pareto);
    for (int bar : {0, 1, 50, 99}) {
        Money profit = 0;
        for (int i = bar * n / 100; i < (bar + 1) * n / 100; ++i)
            profit += expected.customers[static_cast<std::size_t>(i)].profit();
        INFO("bar " << bar);
        CHECK(std::abs(bars->at(bar) * divisor * 100 - static_cast<double>(profit)) < 0.5);
    }

    // Tier bars count the customers of each tier.
    QBarSet* tiers = firstBarSet(chartNamed(view, "tierChart"));
    const auto countTier = [&](analysis::Tier tier) {
        return std::count_if(expected.customers.begin(), expected.customers.end(),
                             [tier](const auto& c) { return c.tier == tier; });
    };
    CHECK(tiers->at(0) == countTier(analysis::Tier::A));
    CHECK(tiers->at(2) == countTier(analysis::Tier::C));
}

TEST_CASE("clicking a Pareto bar lists exactly its customers, and one opens its page",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfitabilityView>(page);
    const auto facts = factsOf(window.database());
    const auto expected = analysis::computeProfitability(*facts, defaultWindow(*facts));
    const int n = static_cast<int>(expected.customers.size());

    QBarSet* bars = firstBarSet(chartNamed(view, "paretoChart"));
    emit bars->clicked(3);
    auto* dialog = openDialog<CustomerListDialog>(&window);
    REQUIRE(dialog);
    std::vector<int> bucket;
    for (int i = 3 * n / 100; i < 4 * n / 100; ++i)
        bucket.push_back(expected.customers[static_cast<std::size_t>(i)].customer);
    CHECK(listedRefs(dialog) == sortedRefs(*facts, bucket));

    // Double-click: the customer's page opens on that customer.
    const QString ref = dialog->table()->item(0, 0)->text();
    dialog->openRow(0);
    const int index = facts->customers.indexOf(ref);
    REQUIRE(index != analysis::kNone);
    CHECK(window.customerPage()->customerId() ==
          facts->customers.id[static_cast<std::size_t>(index)]);
}

TEST_CASE("the segment chart counts the RFM segments and lists a segment's customers",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfilingView>(page);
    const auto facts = factsOf(window.database());
    const auto expected = analysis::computeProfiling(*facts, defaultWindow(*facts));

    // Bars go bottom up: the last rule's segment (lost) first, champions on top.
    QBarSet* bars = firstBarSet(chartNamed(view, "segmentChart"));
    REQUIRE(bars->count() == analysis::kSegmentCount);
    for (int s = 0; s < analysis::kSegmentCount; ++s)
        CHECK(bars->at(analysis::kSegmentCount - 1 - s) ==
              expected.segments[static_cast<std::size_t>(s)].customers);

    emit bars->clicked(analysis::kSegmentCount - 1); // champions
    auto* dialog = openDialog<CustomerListDialog>(&window);
    REQUIRE(dialog);
    std::vector<int> champions;
    for (const auto& row : expected.rfm)
        if (row.segment == analysis::Segment::Champions)
            champions.push_back(row.customer);
    REQUIRE_FALSE(champions.empty());
    CHECK(listedRefs(dialog) == sortedRefs(*facts, champions));

    // The same customers in the customers list, until Show All.
    dialog->showInList();
    auto* customers = window.page<CustomersPage>();
    REQUIRE(window.currentPage() == customers);
    waitUntilLoaded(customers->model());
    CHECK(customers->model()->totalCount() == static_cast<qint64>(champions.size()));
    CHECK(customers->onlyBanner()->isVisibleTo(customers));
    customers->showAll();
    waitUntilLoaded(customers->model());
    CHECK(customers->model()->totalCount() == facts->customers.size());
    window.showPage(page);

    // The R x F grid: the top-left cell is recency 5, frequency 1.
    const auto r5f1 = std::count_if(expected.rfm.begin(), expected.rfm.end(),
                                    [](const auto& row) { return row.r == 5 && row.f == 1; });
    CHECK(view->rfGrid()->item(0, 0)->text() == QLocale().toString(static_cast<int>(r5f1)));
}

TEST_CASE("the cohort triangle shows the persistency analysis's retention", "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<PersistencyView>(page);
    const auto facts = factsOf(window.database());
    const auto expected = analysis::computePersistency(*facts, defaultWindow(*facts));
    REQUIRE(expected.cohorts.size() > 3);
    const int first =
        std::max(0, static_cast<int>(expected.cohorts.size()) - PersistencyView::kShownCohorts);
    CHECK(view->firstShownCohort() == first);
    QTableWidget* table = view->cohortTable();
    for (auto [row, k] : {std::pair{0, 0}, std::pair{0, 1}, std::pair{1, 2}, std::pair{2, 1}}) {
        const auto& cohort = expected.cohorts[static_cast<std::size_t>(first + row)];
        INFO("cohort " << monthLabel(cohort.month).toStdString() << " month " << k);
        CHECK(table->item(row, k)->text() ==
              QLocale().toString(cohort.retention[static_cast<std::size_t>(k)] * 100, 'f', 0));
    }
    CHECK(view->summary()->text().contains(percentText(*expected.repeatRate)));
    CHECK(view->atRiskTable()->rowCount() ==
          expected.statusCounts[static_cast<std::size_t>(analysis::PersistencyStatus::AtRisk)]);

    // A cell lists the cohort's customers who ordered that month.
    const auto& cohort = expected.cohorts[static_cast<std::size_t>(first)];
    const auto listed = view->cohortCustomers(first, 1);
    CHECK(static_cast<double>(listed.size()) / cohort.size == Approx(cohort.retention[1]));
}

TEST_CASE("charts save as PNG and SVG, tables as CSV, the dashboard as a PDF report",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfitabilityView>(page);
    QChartView* pareto = chartNamed(view, "paretoChart");

    const QString png = dir.path(QStringLiteral("pareto.png"));
    REQUIRE(saveChartImage(pareto, png).ok());
    QImage image(png);
    CHECK_FALSE(image.isNull());
    CHECK(image.width() > 100);

    FileDialog::setNextFileName(dir.path(QStringLiteral("pareto.svg")));
    saveChartInteractively(pareto);
    CHECK(readFile(dir.path(QStringLiteral("pareto.svg"))).contains("<svg"));

    auto* losses = view->findChild<QTableWidget*>(QStringLiteral("lossTable"));
    REQUIRE(losses);
    FileDialog::setNextFileName(dir.path(QStringLiteral("losses.csv")));
    saveTableInteractively(losses);
    const QByteArray csv = readFile(dir.path(QStringLiteral("losses.csv")));
    CHECK(csv.startsWith("Ref,Name,Orders,Revenue,Profit,Margin,Cost to serve,Net profit\r\n"));
    CHECK(csv.count("\r\n") == losses->rowCount() + 1);

    // The report computes the tabs not yet seen, then writes one page per P after a cover.
    const QString pdf = dir.path(QStringLiteral("report.pdf"));
    QSignalSpy saved(page, &AnalysisPage::reportSaved);
    FileDialog::setNextFileName(pdf);
    page->saveReportInteractively();
    REQUIRE((saved.count() == 1 || saved.wait(30000)));
    CHECK(saved.first().at(0).toBool());
    const QByteArray bytes = readFile(pdf);
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.size() > 50000);
    // A cover and the seven Ps.
    CHECK(bytes.count("/Type /Page") - bytes.count("/Type /Pages") == 8);
    for (AnalysisView* v : page->views())
        CHECK(v->hasResult());
}

TEST_CASE("the promotion tab lists each campaign with its responders", "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<PromotionView>(page);
    const auto facts = factsOf(window.database());
    const auto expected = analysis::computePromotion(*facts, defaultWindow(*facts));
    REQUIRE_FALSE(expected.campaigns.empty());
    REQUIRE(view->table()->rowCount() == static_cast<int>(expected.campaigns.size()));
    for (int row = 0; row < view->table()->rowCount(); ++row) {
        const auto& c = expected.campaigns[static_cast<std::size_t>(row)];
        INFO("campaign " << row);
        CHECK(view->table()->item(row, 0)->text() ==
              facts->campaigns.code[static_cast<std::size_t>(c.campaign)]);
        CHECK(view->table()->item(row, 2)->text() == QLocale().toString(c.members));
        if (c.responders)
            CHECK(static_cast<int>(view->responders(row).size()) == *c.responders);
    }
}

TEST_CASE("the product tab suggests what a chosen customer has not bought yet", "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProductView>(page);
    const auto facts = factsOf(window.database());
    const auto period = defaultWindow(*facts);
    const auto profitability = analysis::computeProfitability(*facts, period);
    const QString ref =
        facts->customers.ref[static_cast<std::size_t>(profitability.customers.front().customer)];

    analysis::ProductOptions options;
    options.top = 20;
    const auto plain = analysis::computeProduct(*facts, period, options);
    REQUIRE(view->pairsTable()->rowCount() == static_cast<int>(plain.rules.size()));
    CHECK(view->pairsTable()->item(0, 2)->text() ==
          QLocale().toString(plain.rules.front().lift, 'f', 2));

    view->customerBox()->setText(ref);
    QTest::keyClick(view->customerBox(), Qt::Key_Return);
    CHECK(page->isComputing());
    waitUntilComputed(page);
    options.customerRef = ref;
    const auto expected = analysis::computeProduct(*facts, period, options);
    REQUIRE(view->suggestionsTable()->rowCount() == static_cast<int>(expected.crossSell.size()));
    for (int row = 0; row < view->suggestionsTable()->rowCount(); ++row)
        CHECK(view->suggestionsTable()->item(row, 0)->text() ==
              facts->products.name[static_cast<std::size_t>(
                  expected.crossSell[static_cast<std::size_t>(row)].item)]);
}

TEST_CASE("the prospecting tab draws the forecast band and the P(alive) spread",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProspectingView>(page);
    const auto facts = factsOf(window.database());
    const auto models = analysis::computeProspectingModels(*facts, defaultWindow(*facts));

    QChartView* forecast = chartNamed(view, "forecastChart");
    const auto series = forecast->chart()->series();
    const bool hasBand = std::any_of(series.begin(), series.end(), [](QAbstractSeries* s) {
        return s->type() == QAbstractSeries::SeriesTypeArea;
    });
    CHECK(hasBand == !models.forecast.points.empty());

    QBarSet* bins = firstBarSet(chartNamed(view, "aliveChart"));
    REQUIRE(bins->count() == ProspectingView::kBins);
    std::array<int, ProspectingView::kBins> expected{};
    for (const auto& c : models.customers)
        if (c.value.pAlive)
            ++expected[static_cast<std::size_t>(
                std::min(static_cast<int>(*c.value.pAlive * 10), ProspectingView::kBins - 1))];
    for (int b = 0; b < ProspectingView::kBins; ++b)
        CHECK(bins->at(b) == expected[static_cast<std::size_t>(b)]);
    CHECK(static_cast<int>(view->aliveCustomers(9).size()) == expected[9]);
}

TEST_CASE("the export menu offers the shown tab's charts and tables, grids with their row names",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfilingView>(page);
    QMenu* menu = page->toolbar()->exportMenu();
    emit menu->aboutToShow();
    QStringList texts;
    QAction* grid = nullptr;
    for (QAction* action : menu->actions()) {
        texts << action->text();
        if (action->text().contains(QStringLiteral("Recency × frequency")))
            grid = action;
    }
    CHECK(texts.filter(QStringLiteral("Chart “")).size() == view->chartViews().size());
    CHECK(texts.filter(QStringLiteral("Table “")).size() == view->tables().size());
    CHECK(texts.filter(QStringLiteral("PDF")).size() == 1);
    REQUIRE(grid);

    const QString path = dir.path(QStringLiteral("rf.csv"));
    FileDialog::setNextFileName(path);
    grid->trigger();
    const QList<QByteArray> lines = readFile(path).split('\n');
    REQUIRE(lines.size() >= 6);
    CHECK(lines[0].startsWith(",F 1,F 2,F 3,F 4,F 5"));
    CHECK(lines[1].startsWith("R 5," + view->rfGrid()->item(0, 0)->text().toUtf8()));
}

TEST_CASE("choosing a channel computes every figure on that channel's orders only",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfitabilityView>(page);
    QComboBox* channel = page->toolbar()->filterCombo(QStringLiteral("channel"));
    REQUIRE(channel);
    REQUIRE(channel->count() > 2); // "All channels" and the demo's channels
    channel->setCurrentIndex(1);
    const QString chosen = channel->currentData().toString();
    REQUIRE(QTest::qWaitFor([&] { return page->isComputing(); }, 3000));
    waitUntilComputed(page);

    // The same analysis on the facts narrowed by hand to that channel's orders.
    const auto facts = factsOf(window.database());
    const int code = facts->channels.find(chosen);
    REQUIRE(code > 0);
    analysis::Facts narrowed = *facts;
    narrowed.orders = {};
    narrowed.lines = {};
    for (int o = 0; o < facts->orders.size(); ++o) {
        if (facts->orders.channel[o] != code)
            continue;
        const int kept = narrowed.orders.size();
        narrowed.orders.number.push_back(facts->orders.number.view(o));
        narrowed.orders.day.push_back(facts->orders.day[o]);
        narrowed.orders.customer.push_back(facts->orders.customer[o]);
        narrowed.orders.channel.push_back(code);
        narrowed.orders.location.push_back(facts->orders.location[o]);
        narrowed.orders.salesperson.push_back(facts->orders.salesperson[o]);
        narrowed.orders.campaign.push_back(facts->orders.campaign[o]);
        for (int l = facts->orders.firstLine[o]; l < facts->orders.firstLine[o + 1]; ++l) {
            narrowed.lines.order.push_back(kept);
            narrowed.lines.product.push_back(facts->lines.product[l]);
            narrowed.lines.quantity.push_back(facts->lines.quantity[l]);
            narrowed.lines.revenue.push_back(facts->lines.revenue[l]);
            narrowed.lines.cost.push_back(facts->lines.cost[l]);
        }
        narrowed.orders.firstLine.push_back(narrowed.lines.size());
    }
    const auto all = analysis::computeProfitability(*facts, defaultWindow(*facts));
    const auto expected = analysis::computeProfitability(narrowed, defaultWindow(*facts));
    REQUIRE(expected.pareto.top20ProfitShare);
    REQUIRE(expected.customers.size() < all.customers.size());
    CHECK(view->summary()->text().contains(
        QStringLiteral("<b>%1</b>").arg(percentText(*expected.pareto.top20ProfitShare))));
    CHECK(view->summary()->text().contains(window.app().money(expected.profit())));
}

TEST_CASE("a drill-down list becomes a new campaign with exactly its customers as members",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfilingView>(page);
    const auto facts = factsOf(window.database());
    const auto expected = analysis::computeProfiling(*facts, defaultWindow(*facts));
    emit firstBarSet(chartNamed(view, "segmentChart"))->clicked(analysis::kSegmentCount - 1);
    auto* list = openDialog<CustomerListDialog>(&window);
    REQUIRE(list);
    std::vector<int> champions;
    for (const auto& row : expected.rfm)
        if (row.segment == analysis::Segment::Champions)
            champions.push_back(row.customer);
    REQUIRE(champions.size() >= 2);

    CampaignDialog* campaign = list->startCampaign();
    REQUIRE(campaign->isVisible());
    CHECK_FALSE(campaign->nameEdit()->text().isEmpty()); // named after the list
    campaign->codeEdit()->setText(QStringLiteral("CHAMP-1"));
    campaign->accept();

    Database& db = window.database();
    const Id id = sql::queryInt(db.handle(), "SELECT id FROM campaign WHERE code = 'CHAMP-1'");
    REQUIRE(id > 0);
    std::vector<QString> members;
    sql::Statement q(db.handle(), "SELECT c.ref FROM campaign_member m JOIN customer c ON "
                                  "c.id = m.customer_id WHERE m.campaign_id = ? ORDER BY c.ref");
    q.bind(1, id);
    while (q.step())
        members.push_back(q.text(0));
    CHECK(members == sortedRefs(*facts, champions));

    // Undo takes the members away, then the campaign.
    window.app().undoStack()->undo();
    const std::string ours =
        "SELECT count(*) FROM campaign_member WHERE campaign_id = " + std::to_string(id);
    CHECK(sql::queryInt(db.handle(), ours) == 0);
    window.app().undoStack()->undo();
    CHECK(countRows(db, "SELECT count(*) FROM campaign WHERE code = 'CHAMP-1'") == 0);
}
