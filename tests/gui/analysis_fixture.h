#pragma once

// A demo shop of a few hundred customers and the Analysis page over it, with the analyses
// computed again here, straight from the core, to check what the page shows.
#include "analysis/analysis_page.h"
#include "analysis/analysis_view.h"
#include "analysis/facts_loader.h"
#include "demo/demo_generator.h"
#include "gui_fixture.h"

#include <QTabWidget>

namespace clientele::test {

inline std::unique_ptr<Database> demoDatabase(const TempDir& dir, int customers = 300,
                                              int orders = 3000) {
    auto db = createDatabase(dir);
    DemoOptions options;
    options.customers = customers;
    options.orders = orders;
    options.years = 2;
    options.seed = 7;
    REQUIRE(generateDemo(*db, options).ok());
    return db;
}

// The page's default dates: the spec's (from the first order, to and as of today).
inline analysis::Window defaultWindow(const analysis::Facts& facts) {
    analysis::WindowRequest request;
    request.asOf = testClock().today();
    request.to = testClock().today();
    return analysis::resolveWindow(facts, request, testClock().today());
}

inline std::shared_ptr<const analysis::Facts> factsOf(const Database& db) {
    auto facts = analysis::loadFacts(db);
    REQUIRE(facts.ok());
    return *facts;
}

inline AnalysisPage* openAnalysis(MainWindow& window) {
    window.show();
    auto* page = window.page<AnalysisPage>();
    REQUIRE(page);
    window.showPage(page);
    return page;
}

inline void waitUntilComputed(AnalysisPage* page) {
    REQUIRE(QTest::qWaitFor([&] { return !page->isComputing(); }, 20000));
}

// Shows the tab of view V and waits for its result.
template <typename V>
V* showComputed(AnalysisPage* page) {
    V* view = page->view<V>();
    REQUIRE(view);
    page->tabs()->setCurrentWidget(view);
    waitUntilComputed(page);
    return view;
}

// What the user reads as the unit of a value axis: "thousand CNY" means values in thousands.
inline double axisDivisor(const QString& title) {
    if (title.contains(QStringLiteral("million")))
        return 1e6;
    if (title.contains(QStringLiteral("thousand")))
        return 1e3;
    return 1;
}

inline std::vector<QString> sortedRefs(const analysis::Facts& facts, std::vector<int> customers) {
    std::vector<QString> refs;
    for (int c : customers)
        refs.push_back(facts.customers.ref[static_cast<std::size_t>(c)]);
    std::sort(refs.begin(), refs.end());
    return refs;
}

} // namespace clientele::test
