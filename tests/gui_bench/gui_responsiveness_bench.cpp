// How long the desktop app keeps its event loop busy on a large database. A watchdog timer
// ticks every 5 ms; the longest gap between two ticks, less the interval, is the worst stall.
// Each user action runs from the event loop, as a click or key press would.
//
//   clientele_gui_responsiveness_bench --db big.sqlite
//   (make one: clientele-cli demo --customers 100000 --orders 1000000 --db big.sqlite)
#include "analysis/analysis_page.h"
#include "analysis/analysis_view.h"
#include "analysis/customer_list_dialog.h"
#include "analysis/profitability_view.h"
#include "customer_page/customer_page.h"
#include "customers/customer_filter_bar.h"
#include "customers/customer_list_model.h"
#include "customers/customers_page.h"
#include "shell/app_context.h"
#include "shell/main_window.h"
#include "shell/quick_find.h"
#include "shell/quick_find_model.h"
#include "storage/database.h"
#include "visits/log_visit_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace clientele;

namespace {

int actionNumber = 0;

class Watchdog {
public:
    Watchdog() {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, now - m_last);
            if (now - m_last > 40'000'000 && qEnvironmentVariableIsSet("BENCH_VERBOSE"))
                std::printf("  stall of %.1f ms after action %d\n", (now - m_last) / 1e6,
                            actionNumber);
            m_last = now;
        });
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void reset() {
        m_last = m_clock.nsecsElapsed();
        m_worst = 0;
    }
    double worstStallMs() const { return std::max<qint64>(0, m_worst - 5'000'000) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
};

// Runs action from the event loop and waits until the loop is idle again; returns how long
// the action itself took.
double runAction(const std::function<void()>& action) {
    double ms = 0;
    QTimer::singleShot(0, [&] {
        QElapsedTimer t;
        t.start();
        action();
        ms = t.nsecsElapsed() / 1e6;
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::printf("  action %d: %.1f ms\n", ++actionNumber, ms);
    });
    QTest::qWait(30);
    return ms;
}

struct Screen {
    const char* name;
    double worstStall = 0;
    double worstAction = 0;
};

void report(Screen& s, Watchdog& dog, double worstAction) {
    s.worstStall = dog.worstStallMs();
    s.worstAction = worstAction;
    std::printf("%-34s worst stall %7.1f ms   slowest action %7.1f ms\n", s.name, s.worstStall,
                s.worstAction);
}

// Every tab of the Analysis page: how long its first computation takes (on the worker thread,
// the first tab also reads the facts), how long the event loop stalls meanwhile, and how long
// switching back to a tab already computed takes.
void benchAnalysis(MainWindow& window, Watchdog& dog) {
    auto* page = window.page<AnalysisPage>();
    window.showPage(page);
    QTabWidget* tabs = page->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        dog.reset();
        QElapsedTimer t;
        t.start();
        runAction([&] { tabs->setCurrentIndex(i); });
        while (page->isComputing())
            QTest::qWait(1);
        const double ms = t.nsecsElapsed() / 1e6;
        QTest::qWait(30);
        std::printf("analysis %-14s cold %8.0f ms   worst stall %6.1f ms\n",
                    qPrintable(tabs->tabText(i)), ms, dog.worstStallMs());
    }
    double worstSwitch = 0;
    dog.reset();
    for (int round = 0; round < 2; ++round)
        for (int i = 0; i < tabs->count(); ++i)
            worstSwitch = std::max(worstSwitch, runAction([&] {
                                       tabs->setCurrentIndex(i);
                                       tabs->currentWidget()->repaint();
                                   }));
    std::printf("analysis warm tab switch: slowest %.1f ms, worst stall %.1f ms\n", worstSwitch,
                dog.worstStallMs());

    // The largest drill-down: every customer of the Pareto chart's tier C.
    auto* profitability = page->view<ProfitabilityView>();
    tabs->setCurrentWidget(profitability);
    QTest::qWait(30);
    dog.reset();
    const double drill = runAction([&] { profitability->drillIntoTier(2); });
    CustomerListDialog* dialog = profitability->lastDrillDown();
    std::printf("analysis drill-down listing %d customers: %.1f ms, worst stall %.1f ms\n",
                dialog ? dialog->table()->rowCount() : 0, drill, dog.worstStallMs());
    if (dialog)
        dialog->reject();
}

} // namespace

int main(int argc, char* argv[]) {
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClienteleBench"));
    QApplication::setApplicationName(QStringLiteral("ClienteleBench"));
    QSettings().setValue(QStringLiteral("backup/auto"), false);
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--db"));
    if (at < 0 || at + 1 >= args.size()) {
        std::fprintf(stderr, "usage: %s --db FILE\n", argv[0]);
        return 2;
    }
    auto db = Database::open(args[at + 1]);
    std::printf("database open after %.0f ms\n", sinceStart.nsecsElapsed() / 1e6);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 3;
    }
    MainWindow window(std::move(*db));
    std::printf("window built after %.0f ms\n", sinceStart.nsecsElapsed() / 1e6);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 4;
    QApplication::processEvents();
    std::printf("first page shown after %.0f ms from process start\n",
                sinceStart.nsecsElapsed() / 1e6);

    if (auto* list = window.page<CustomersPage>()) {
        while (list->model()->isLoading() || list->model()->rowCount() == 0)
            QTest::qWait(1);
        std::printf("first customers listed after %.0f ms from process start\n",
                    sinceStart.nsecsElapsed() / 1e6);
    }
    if (qEnvironmentVariableIsSet("BENCH_STARTUP_ONLY"))
        return 0;
    Watchdog dog;
    if (qEnvironmentVariableIsSet("BENCH_ANALYSIS_ONLY")) {
        benchAnalysis(window, dog);
        return 0;
    }
    auto* customers = window.page<CustomersPage>();
    window.showPage(customers);
    QTest::qWait(qEnvironmentVariableIntValue("BENCH_SETTLE_MS") + 200);

    Screen list{"customers list: scroll, sort, filter"};
    dog.reset();
    double worst = 0;
    for (int i = 0; i < 10; ++i)
        worst = std::max(worst, runAction([&] { customers->view()->scrollToBottom(); }));
    for (int column : {CustomerListModel::Ref, CustomerListModel::City,
                       CustomerListModel::Salesperson, CustomerListModel::Name})
        worst = std::max(worst, runAction([&] {
                             customers->view()->sortByColumn(column, Qt::DescendingOrder);
                         }));
    QTest::qWait(500); // the filter choices arrive from the background
    QComboBox* status = customers->filterBar()->combo(QStringLiteral("status"));
    worst = std::max(worst, runAction([&] { status->setCurrentIndex(1); }));
    worst = std::max(worst, runAction([&] { status->setCurrentIndex(0); }));
    QComboBox* city = customers->filterBar()->combo(QStringLiteral("city"));
    if (city->count() > 1)
        worst = std::max(worst, runAction([&] { city->setCurrentIndex(1); }));
    worst = std::max(worst, runAction([&] { city->setCurrentIndex(0); }));
    for (const QString& text :
         {QStringLiteral("王"), QStringLiteral("138"), QStringLiteral("C0001")}) {
        worst = std::max(worst, runAction([&] {
                             customers->searchBox()->setText(text);
                             customers->model()->setFilter(customers->filterBar()->filter());
                         }));
    }
    worst = std::max(worst, runAction([&] { customers->searchBox()->clear(); }));
    QTest::qWait(300);
    report(list, dog, worst);

    Screen find{"quick-find while typing"};
    dog.reset();
    worst = 0;
    QLineEdit* box = window.quickFind()->lineEdit();
    const QString someName = sql::queryText(window.database().handle(),
                                            "SELECT name FROM customer WHERE kind = 'person' "
                                            "AND name GLOB '*[^ -~]*' LIMIT 1 OFFSET 5000");
    const QString somePhone = sql::queryText(
        window.database().handle(), "SELECT phone_digits FROM customer WHERE phone_digits <> '' "
                                    "LIMIT 1 OFFSET 7000");
    for (const QString& typed : {someName.left(3), somePhone.mid(3, 6), QStringLiteral("co")}) {
        runAction([&] { box->clear(); });
        for (int n = 1; n <= typed.size(); ++n)
            worst = std::max(worst, runAction([&] { box->setText(typed.left(n)); }));
    }
    report(find, dog, worst);

    // How long results take to appear after a keystroke (searched on the worker thread).
    std::vector<double> latencies[2]; // 1-2 characters (scan), 3+ (trigram index)
    for (const QString& typed : {someName.left(3), somePhone.mid(3, 6), QStringLiteral("com")}) {
        for (int n = 1; n <= typed.size(); ++n) {
            QSignalSpy ready(window.quickFind()->model(), &QuickFindModel::resultsReady);
            QElapsedTimer t;
            t.start();
            box->setText(typed.left(n));
            if (ready.wait(2000))
                latencies[n >= 3 ? 1 : 0].push_back(t.nsecsElapsed() / 1e6);
        }
    }
    for (int i = 0; i < 2; ++i) {
        auto& l = latencies[i];
        std::sort(l.begin(), l.end());
        if (!l.empty())
            std::printf("quick-find results, %s: median %.1f ms, worst %.1f ms (%zu searches)\n",
                        i == 0 ? "1-2 characters" : "3+ characters", l[l.size() / 2], l.back(),
                        l.size());
    }

    Screen page{"customer page open (20 customers)"};
    std::mt19937 random(7);
    const qint64 customerCount =
        sql::queryInt(window.database().handle(), "SELECT count(*) FROM customer");
    std::vector<Id> ids;
    for (int i = 0; i < 20; ++i) {
        sql::Statement q = window.database().prepare("SELECT id FROM customer LIMIT 1 OFFSET ?");
        q.bind(1, static_cast<qint64>(random() % static_cast<std::uint32_t>(customerCount)));
        if (q.step())
            ids.push_back(q.int64(0));
    }
    dog.reset();
    worst = 0;
    for (Id id : ids)
        worst = std::max(worst, runAction([&] { window.openCustomer(id); }));
    report(page, dog, worst);

    Screen tabs{"customer page: every tab"};
    dog.reset();
    worst = 0;
    QTabWidget* tabWidget = window.customerPage()->tabs();
    for (int i = 0; i < tabWidget->count(); ++i)
        worst = std::max(worst, runAction([&] { tabWidget->setCurrentIndex(i); }));
    report(tabs, dog, worst);

    Screen visit{"log visit dialog: open, choose product"};
    dog.reset();
    worst = 0;
    LogVisitDialog* dialog = nullptr;
    worst = std::max(worst, runAction([&] {
                         dialog = LogVisitDialog::start(window.app(), ids.front(), &window);
                     }));
    worst = std::max(worst, runAction([&] { dialog->productCombo()->setCurrentIndex(3); }));
    runAction([&] { dialog->reject(); });
    report(visit, dog, worst);
    benchAnalysis(window, dog);
    return 0;
}
