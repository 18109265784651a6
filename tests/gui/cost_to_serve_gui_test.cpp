// The cost of serving a customer in the app: costs on visits and tasks, expenses recorded from
// the customer page, the page's Cost to Serve tab, and the profitability tab ranked by net
// profit.
#include "analysis/profitability_view.h"
#include "analysis_fixture.h"
#include "customer_page/customer_page.h"
#include "customer_page/table_tab.h"
#include "domain/task_repository.h"
#include "domain/visit_repository.h"
#include "expenses/expense_dialog.h"
#include "shell/money_edit.h"
#include "tasks/task_dialog.h"
#include "visits/log_visit_dialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("a visit and a task carry what they cost; a cost that is not an amount is refused",
          "[gui][cost-to-serve]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));

    LogVisitDialog visit(window.app(), shop.li);
    visit.costEdit()->setText(QStringLiteral("12,50"));
    visit.accept();
    CHECK(visit.errorLabel()->isVisibleTo(&visit));
    CHECK(visit.errorLabel()->text().startsWith(QStringLiteral("Cost: ")));
    CHECK(visit.savedVisitId() == 0);
    visit.costEdit()->setText(QStringLiteral("12.50"));
    visit.accept();
    REQUIRE(visit.savedVisitId() != 0);
    CHECK(VisitRepository(window.database()).get(visit.savedVisitId())->cost == 1250);

    TaskDialog task(window.app(), std::nullopt, shop.li);
    QTest::keyClicks(task.titleEdit(), QStringLiteral("Bring samples"));
    task.costEdit()->setText(QStringLiteral("3"));
    task.accept();
    REQUIRE(task.savedTaskId() != 0);
    auto saved = TaskRepository(window.database()).get(task.savedTaskId());
    REQUIRE(saved.ok());
    CHECK(saved->cost == 300);
    // Edited again, the dialog shows the cost as typed money.
    TaskDialog again(window.app(), *saved);
    CHECK(again.costEdit()->text() == QStringLiteral("3.00"));
    again.costEdit()->setText(QStringLiteral("-1"));
    again.accept();
    CHECK(again.errorFor(QStringLiteral("cost"))->isVisibleTo(&again));
    CHECK(TaskRepository(window.database()).get(task.savedTaskId())->cost == 300);
}

TEST_CASE("an expense is recorded from the customer page, listed in its cost to serve and undone",
          "[gui][cost-to-serve]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openCustomer(shop.li);
    CustomerPage* page = window.customerPage();
    page->tabs()->setCurrentWidget(page->tableTab(QStringLiteral("cost_to_serve")));
    QStandardItemModel* costs = page->tableTab(QStringLiteral("cost_to_serve"))->model();
    CHECK(costs->rowCount() == 0);

    auto* record = page->findChild<QPushButton*>(QStringLiteral("recordExpense"));
    REQUIRE(record);
    QTest::mouseClick(record, Qt::LeftButton);
    auto* dialog = openDialog<ExpenseDialog>(&window);
    REQUIRE(dialog);
    dialog->accept(); // no amount yet
    CHECK(dialog->errorLabel()->text() == QStringLiteral("Enter the amount spent."));
    dialog->dateEdit()->setDate(QDate(2024, 6, 10));
    dialog->categoryCombo()->setCurrentText(QStringLiteral("meals"));
    QTest::keyClicks(dialog->amountEdit(), QStringLiteral("88.80"));
    QTest::keyClicks(dialog->notesEdit(), QStringLiteral("Dinner after the tasting"));
    dialog->accept();
    REQUIRE(dialog->savedExpenseId() != 0);

    Database& data = window.database();
    CHECK(countRows(data, "SELECT amount FROM expense") == 8880);
    CHECK(sql::queryText(data.handle(), "SELECT spent_on || ' ' || category FROM expense") ==
          QStringLiteral("2024-06-10 meals"));
    REQUIRE(costs->rowCount() == 1);
    CHECK(costs->index(0, 1).data().toString() == QStringLiteral("Expense: meals"));
    CHECK(costs->index(0, 2).data().toString() == QStringLiteral("¥88.80"));

    window.app().undoStack()->undo();
    CHECK(countRows(data, "SELECT count(*) FROM expense") == 0);
    CHECK(costs->rowCount() == 0);
}

TEST_CASE("an expense without a customer is refused and nothing is written",
          "[gui][cost-to-serve]") {
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    MainWindow window(std::move(db));
    ExpenseDialog dialog(window.app(), 0);
    dialog.amountEdit()->setText(QStringLiteral("20"));
    dialog.accept();
    CHECK(dialog.errorLabel()->text() ==
          QStringLiteral("Not recorded: customer_ref: a customer is required"));
    CHECK(dialog.savedExpenseId() == 0);
    CHECK(countRows(window.database(), "SELECT count(*) FROM expense") == 0);
}

TEST_CASE("the profitability tab ranks customers by net profit when asked",
          "[gui][analysis][cost-to-serve]") {
    TempDir dir;
    MainWindow window(demoDatabase(dir, 120, 900));
    AnalysisPage* page = openAnalysis(window);
    auto* view = showComputed<ProfitabilityView>(page);
    REQUIRE(view->result());
    CHECK(view->result()->measure == analysis::ProfitMeasure::Profit);

    view->measureCombo()->setCurrentIndex(1);
    waitUntilComputed(page);
    REQUIRE(view->result());
    CHECK(view->result()->measure == analysis::ProfitMeasure::NetProfit);
    const auto facts = factsOf(window.database());
    analysis::ProfitabilityOptions options;
    options.measure = analysis::ProfitMeasure::NetProfit;
    const auto expected = analysis::computeProfitability(*facts, defaultWindow(*facts), options);
    REQUIRE(expected.costToServe > 0); // the demo shop spends on its customers
    REQUIRE(view->result()->customers.size() == expected.customers.size());
    for (std::size_t i = 0; i < expected.customers.size(); i += 7)
        CHECK(view->result()->customers[i].customer == expected.customers[i].customer);
    REQUIRE(expected.pareto.top20ProfitShare);
    CHECK(view->summary()->text().contains(QStringLiteral("of the net profit")));
    // The chart's bars add up each group's net profit.
    Money first = 0;
    for (int i = view->buckets().front().first; i < view->buckets().front().end; ++i)
        first += expected.customers[static_cast<std::size_t>(i)].netProfit();
    CHECK(view->buckets().front().profit == first);
}
