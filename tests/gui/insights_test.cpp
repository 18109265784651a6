// The analysis engine's per-customer answers reach the pages: the segment, P(alive) and CLV in
// the customer page's header and the segment filter of the customers list.
#include "analysis/facts_loader.h"
#include "analysis/profiling.h"
#include "analysis/prospecting_models.h"
#include "customer_page/customer_page.h"
#include "customers/customer_filter_bar.h"
#include "customers/customer_list_model.h"
#include "customers/customers_page.h"
#include "demo/demo_generator.h"
#include "gui_fixture.h"
#include "insights/insights_runner.h"
#include "insights/segment_labels.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>

using namespace clientele;
using namespace clientele::test;

namespace {

std::unique_ptr<Database> demoShop(const TempDir& dir) {
    auto db = createDatabase(dir);
    DemoOptions demo;
    demo.customers = 400;
    demo.orders = 4000;
    REQUIRE(generateDemo(*db, demo).ok());
    return db;
}

// The window the app uses: every counted order up to today.
analysis::Window appWindow(const analysis::Facts& facts, DayNumber today) {
    analysis::WindowRequest request;
    request.asOf = today;
    return analysis::resolveWindow(facts, request, today);
}

void computeInsights(MainWindow& window) {
    QSignalSpy finished(window.insightsRunner(), &InsightsRunner::finished);
    window.insightsRunner()->schedule(0);
    REQUIRE(finished.wait(30000));
    REQUIRE(finished.at(0).at(0).toBool());
}

} // namespace

TEST_CASE("the customer page shows the segment, P(alive) and CLV the engine computed",
          "[gui][insights]") {
    TempDir dir;
    MainWindow window(demoShop(dir));
    computeInsights(window);

    const DayNumber today = window.app().today();
    auto facts = analysis::loadFacts(window.database());
    REQUIRE(facts);
    const auto models = analysis::computeProspectingModels(**facts, appWindow(**facts, today));
    REQUIRE(models.bgnbd.status.fitted());
    // A customer with a CLV, and the figures the header must show for it.
    const auto withClv =
        std::find_if(models.customers.begin(), models.customers.end(),
                     [](const analysis::CustomerPrediction& p) { return p.value.clv.has_value(); });
    REQUIRE(withClv != models.customers.end());
    const Id id = (*facts)->customers.id[withClv->customer];
    const auto profile =
        analysis::profileCustomer(**facts, appWindow(**facts, today), withClv->customer);
    REQUIRE(profile.rfm);

    window.openCustomer(id);
    auto* pAlive = window.customerPage()->findChild<QLabel*>(QStringLiteral("figure_p_alive"));
    auto* clv = window.customerPage()->findChild<QLabel*>(QStringLiteral("figure_clv"));
    REQUIRE(pAlive);
    REQUIRE(clv);
    CHECK(pAlive->text() ==
          window.app().locale().toString(*withClv->value.pAlive * 100.0, 'f', 0) + u'%');
    CHECK(clv->text() == window.app().money(std::llround(*withClv->value.clv)));
    auto* expected =
        window.customerPage()->findChild<QLabel*>(QStringLiteral("figure_expected_purchases"));
    REQUIRE(expected);
    CHECK(expected->text() ==
          window.app().locale().toString(*withClv->value.expectedPurchases, 'f', 1));
    bool segmentShown = false;
    for (auto* label : window.customerPage()->findChildren<QLabel*>())
        segmentShown = segmentShown || label->text() == segmentLabel(profile.rfm->segment);
    CHECK(segmentShown);
}

TEST_CASE("the segment filter lists exactly the customers of that segment", "[gui][insights]") {
    TempDir dir;
    MainWindow window(demoShop(dir));
    computeInsights(window);
    auto facts = analysis::loadFacts(window.database());
    REQUIRE(facts);
    const auto rfm = analysis::computeRfm(**facts, appWindow(**facts, window.app().today()));
    int champions = 0;
    for (const analysis::RfmRow& row : rfm)
        champions += row.segment == analysis::Segment::Champions;
    REQUIRE(champions > 0);

    auto* customers = window.page<CustomersPage>();
    window.showPage(customers);
    QComboBox* segment = customers->filterBar()->combo(QStringLiteral("segment"));
    REQUIRE(segment->isEnabled());
    const int index = segment->findData(segmentLabel(analysis::Segment::Champions));
    REQUIRE(index > 0);
    segment->setCurrentIndex(index);
    customers->model()->setFilter(customers->filterBar()->filter());
    waitUntilLoaded(customers->model());
    CHECK(customers->model()->totalCount() == champions);
}

TEST_CASE("a new order makes the insights be computed again", "[gui][insights]") {
    TempDir dir;
    MainWindow window(demoShop(dir));
    computeInsights(window);
    QSignalSpy finished(window.insightsRunner(), &InsightsRunner::finished);
    window.app().notifyChanged(QStringLiteral("visit")); // changes no segment: nothing runs
    window.app().notifyChanged(QStringLiteral("order"));
    window.app().notifyChanged(QStringLiteral("order")); // two edits in a row: one run
    REQUIRE(finished.wait(30000));
    QTest::qWait(300);
    CHECK(finished.size() == 1);
}
