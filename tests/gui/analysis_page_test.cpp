#include "analysis/analysis_toolbar.h"
#include "analysis/chart_helpers.h"
#include "analysis/performance_view.h"
#include "analysis/persistency_view.h"
#include "analysis/product_view.h"
#include "analysis/profiling_view.h"
#include "analysis/profitability_view.h"
#include "analysis/promotion_view.h"
#include "analysis/prospecting_view.h"
#include "analysis_fixture.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThread>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("every analysis tab draws a demo shop", "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    REQUIRE(page->views().size() == 7);
    for (AnalysisView* view : page->views()) {
        INFO(view->title().toStdString());
        page->tabs()->setCurrentWidget(view);
        waitUntilComputed(page);
        CHECK(view->hasResult());
        CHECK(view->emptyText().isEmpty());
        CHECK_FALSE(view->chartViews().isEmpty());
        for (QChartView* chart : view->chartViews())
            CHECK_FALSE(chart->chart()->series().isEmpty());
    }
}

TEST_CASE("every analysis tab of an empty shop says so instead of drawing", "[gui][analysis]") {
    TempDir dir;
    MainWindow window(createDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    for (AnalysisView* view : page->views()) {
        INFO(view->title().toStdString());
        page->tabs()->setCurrentWidget(view);
        waitUntilComputed(page);
        CHECK_FALSE(view->hasResult());
        CHECK(view->emptyText().contains(QStringLiteral("No orders")));
    }
    // A report of nothing still writes, with the empty states in it.
    const QString pdf = dir.path(QStringLiteral("empty.pdf"));
    QSignalSpy saved(page, &AnalysisPage::reportSaved);
    page->saveReport(pdf); // every tab is computed: written at once
    REQUIRE((saved.count() == 1 || saved.wait(10000)));
    CHECK(saved.first().at(0).toBool());
    CHECK(readFile(pdf).startsWith("%PDF"));
}

TEST_CASE("an analysis is computed off the GUI thread, with progress, and kept until the data "
          "changes",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    window.show();
    auto* page = window.page<AnalysisPage>();
    auto* view = page->view<ProfilingView>();
    page->tabs()->setCurrentWidget(view);
    window.showPage(page);
    // The work has only been handed over: progress shows and no result is drawn yet.
    CHECK(page->isComputing());
    CHECK(page->progressBar()->isVisibleTo(page));
    CHECK(page->cancelButton()->isVisibleTo(page));
    CHECK_FALSE(view->hasResult());
    waitUntilComputed(page);
    CHECK(view->hasResult());
    CHECK_FALSE(page->progressBar()->isVisibleTo(page));
    CHECK(page->runner()->factLoads() == 1);

    // Away and back: the result is kept, nothing is computed again.
    page->showTab(QStringLiteral("profitability"));
    waitUntilComputed(page);
    page->showTab(QStringLiteral("profiling"));
    CHECK_FALSE(page->isComputing());
    CHECK(page->runner()->factLoads() == 1); // the facts were read once for both tabs

    // A change to the data makes it stale: computed again, the facts read again.
    window.app().notifyChanged(QStringLiteral("order"));
    CHECK(page->isComputing());
    waitUntilComputed(page);
    CHECK(view->hasResult());

    // The job itself runs on another thread than the window's.
    QThread* ranOn = nullptr;
    QSignalSpy finished(page->runner(), &AnalysisRunner::finished);
    page->runner()->run(99, {}, {}, testClock().today(),
                        [&](const AnalysisInput&) -> AnalysisOutput {
                            ranOn = QThread::currentThread();
                            return std::make_shared<int>(1);
                        });
    REQUIRE(finished.wait(10000));
    CHECK(ranOn != nullptr);
    CHECK(ranOn != QApplication::instance()->thread());
}

TEST_CASE("cancelling a computation keeps the result shown before", "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfitabilityView>(page);
    REQUIRE(view->hasResult());
    const QString before = view->summary()->text();

    // A narrower period starts a new computation; the user cancels it at once.
    analysis::WindowRequest request;
    request.from = testClock().today() - 30;
    page->toolbar()->setRequest(request);
    REQUIRE(page->isComputing());
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    CHECK_FALSE(page->isComputing());
    CHECK_FALSE(page->progressBar()->isVisibleTo(page));
    QTest::qWait(300); // a late result of the cancelled run must not show up
    CHECK(view->hasResult());
    CHECK(view->summary()->text() == before);

    // Cancelled before any result: the tab keeps its empty state, nothing crashes.
    page->showTab(QStringLiteral("product"));
    REQUIRE(page->isComputing());
    page->cancel();
    QTest::qWait(300);
    CHECK_FALSE(page->view<ProductView>()->hasResult());
}

TEST_CASE("the performance tab computes again when another dimension is chosen",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<PerformanceView>(page);
    auto expected = [&](analysis::Dimension dimension) {
        const auto facts = factsOf(window.database());
        analysis::PerformanceOptions options;
        options.by = {dimension};
        options.compare = analysis::Compare::YearOverYear;
        return analysis::computePerformance(*facts, defaultWindow(*facts), options);
    };
    const auto byCategory = expected(analysis::Dimension::Category);
    REQUIRE(view->table()->rowCount() == static_cast<int>(byCategory.rows.size()));
    CHECK(view->table()->item(0, 1)->text() == window.app().money(byCategory.rows[0].revenue));

    // Profit by month: drawn from the same result, each line summing to its value's profit.
    view->measureBox()->setCurrentIndex(1);
    CHECK_FALSE(page->isComputing());
    auto* months = view->findChild<QChartView*>(QStringLiteral("monthChart"));
    REQUIRE(months);
    CHECK(months->chart()->title() == QStringLiteral("Profit by month"));
    auto* first = qobject_cast<QLineSeries*>(months->chart()->series().first());
    REQUIRE(first);
    double divisor = 1;
    for (QAbstractAxis* axis : months->chart()->axes(Qt::Vertical))
        divisor = axisDivisor(axis->titleText());
    double sum = 0;
    for (const QPointF& point : first->points())
        sum += point.y() * divisor * 100;
    CHECK(sum == Approx(static_cast<double>(byCategory.rows[0].profit())).margin(1));

    view->dimensionBox()->setCurrentIndex(
        view->dimensionBox()->findText(QStringLiteral("Channel")));
    CHECK(page->isComputing());
    waitUntilComputed(page);
    const auto byChannel = expected(analysis::Dimension::Channel);
    REQUIRE(view->table()->rowCount() == static_cast<int>(byChannel.rows.size()));
    const auto facts = factsOf(window.database());
    CHECK(view->table()->item(0, 0)->text() ==
          analysis::keyLabel(*facts, analysis::Dimension::Channel, byChannel.rows[0].keys[0]));
    CHECK(view->table()->item(0, 1)->text() == window.app().money(byChannel.rows[0].revenue));
}

TEST_CASE("switching the desktop to a dark palette redraws the charts dark, colours kept",
          "[gui][analysis]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfitabilityView>(page);
    QChartView* chart = view->chartViews().first();
    REQUIRE(chart->chart()->theme() == QChart::ChartThemeLight);

    const QPalette light = QApplication::palette();
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, Qt::white);
    QApplication::setPalette(dark);
    QTest::qWait(1);
    waitUntilComputed(page);
    CHECK(chart->chart()->theme() == QChart::ChartThemeDark);
    // Redrawn with the Okabe-Ito colours, not the dark theme's own.
    bool okabeIto = false;
    for (QAbstractSeries* series : chart->chart()->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            okabeIto = bars->barSets().first()->color() == charts::seriesColour(0);
    CHECK(okabeIto);
    QApplication::setPalette(light);
    QTest::qWait(1);
    waitUntilComputed(page);
    CHECK(chart->chart()->theme() == QChart::ChartThemeLight);
}
