#include "domain/task_repository.h"
#include "gui_fixture.h"
#include "shell/preferences_dialog.h"
#include "tasks/tasks_page.h"
#include "today/due_notifier.h"
#include "today/greet_dialog.h"
#include "today/revisit_rules_dialog.h"
#include "today/revisits_section.h"
#include "today/section_model.h"
#include "today/today_page.h"
#include "today/today_section.h"
#include "visits/log_visit_dialog.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

TodayPage* showToday(MainWindow& window) {
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<TodayPage>();
    REQUIRE(page);
    window.showPage(page);
    waitUntilLoaded(page);
    return page;
}

QString cell(const TodaySection* section, int row, int column) {
    return section->model()->index(row, column).data().toString();
}

// Waits for the reload that a change started.
void waitForReload(TodayPage* page) {
    QTest::qWait(1);
    waitUntilLoaded(page);
}

} // namespace

TEST_CASE("Today is the first page and says so when nothing needs doing", "[gui][today]") {
    TempDir dir;
    auto db = createDatabase(dir);
    MainWindow window(std::move(db));
    TodayPage* page = showToday(window);
    CHECK(window.pages().front() == page);
    CHECK(window.currentPage() == page);
    CHECK(page->emptyState()->isVisible());
    CHECK(page->tasks()->heading()->text() == QStringLiteral("Due and overdue follow-ups (0)"));
    CHECK_FALSE(page->tasks()->view()->isVisible());
}

TEST_CASE("a visit's follow-up shows on Today, is marked done there, and undo brings it back",
          "[gui][today]") {
    TempDir dir;
    auto db = createDatabase(dir); // today is 2024-06-15
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    TodayPage* page = showToday(window);
    QAbstractItemModelTester tester(page->tasks()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(page->tasks()->model()->rowCount() == 0);

    auto* dialog = LogVisitDialog::start(window.app(), shop.li, &window);
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Tasting"));
    dialog->followUpCheck()->setChecked(true);
    dialog->followUpDate()->setDate(QDate(2024, 6, 15));
    QTest::keyClicks(dialog->followUpTitle(), QStringLiteral("Ring about the samples"));
    dialog->accept();
    waitForReload(page);

    REQUIRE(page->tasks()->model()->rowCount() == 1);
    CHECK(page->tasks()->heading()->text() == QStringLiteral("Due and overdue follow-ups (1)"));
    CHECK(cell(page->tasks(), 0, 0) == QStringLiteral("Today"));
    CHECK(cell(page->tasks(), 0, 1) == QStringLiteral("Ring about the samples"));
    CHECK(cell(page->tasks(), 0, 2) == QStringLiteral("李华"));
    CHECK_FALSE(page->emptyState()->isVisible());

    // Enter on the row opens the customer.
    QSignalSpy open(&window.app(), &AppContext::openCustomerRequested);
    page->tasks()->view()->setFocus();
    page->tasks()->view()->setCurrentIndex(page->tasks()->model()->index(0, 0));
    QTest::keyClick(page->tasks()->view(), Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.front().front().value<Id>() == shop.li);
    window.showPage(page);

    page->tasks()->view()->setCurrentIndex(page->tasks()->model()->index(0, 0));
    auto* done = page->findChild<QPushButton*>(QStringLiteral("markDone"));
    REQUIRE(done);
    REQUIRE(done->isEnabled());
    done->click();
    waitForReload(page);
    CHECK(page->tasks()->model()->rowCount() == 0);
    CHECK(countRows(window.database(), "SELECT count(*) FROM task WHERE done_at IS NOT NULL") == 1);

    window.app().undoStack()->undo();
    waitForReload(page);
    REQUIRE(page->tasks()->model()->rowCount() == 1);
    CHECK(cell(page->tasks(), 0, 1) == QStringLiteral("Ring about the samples"));
    CHECK(countRows(window.database(), "SELECT count(*) FROM task WHERE done_at IS NOT NULL") == 0);
}

TEST_CASE("a recurring task marked done on Today shows its next occurrence; undo takes it back",
          "[gui][today]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    Task weekly;
    weekly.title = QStringLiteral("Restock check");
    weekly.dueOn = QStringLiteral("2024-06-10"); // five days overdue
    weekly.customerId = shop.acme;
    weekly.recurrence = QStringLiteral("every 3 days");
    REQUIRE(TaskRepository(*db).create(weekly).ok());
    MainWindow window(std::move(db));
    TodayPage* page = showToday(window);
    QAbstractItemModelTester tester(page->tasks()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page->tasks()->model()->rowCount() == 1);
    CHECK(cell(page->tasks(), 0, 3) == QStringLiteral("Follow-up, every 3 days"));
    CHECK(cell(page->tasks(), 0, 4) == QStringLiteral("5 days"));
    CHECK(page->tasks()->model()->index(0, 0).data(SectionModel::OverdueRole).toBool());

    QSignalSpy status(&window.app(), &AppContext::statusMessage);
    page->markDone(0);
    REQUIRE(status.count() == 1);
    CHECK(status.front().front().toString() ==
          QStringLiteral("Task done; the next one is due Thu 6/13/24."));
    waitForReload(page);
    // The next occurrence is due on 13 June: still overdue, so it is listed in its place.
    REQUIRE(page->tasks()->model()->rowCount() == 1);
    CHECK(cell(page->tasks(), 0, 4) == QStringLiteral("2 days"));
    CHECK(countRows(window.database(), "SELECT count(*) FROM task") == 2);

    window.app().undoStack()->undo();
    waitForReload(page);
    REQUIRE(page->tasks()->model()->rowCount() == 1);
    CHECK(cell(page->tasks(), 0, 4) == QStringLiteral("5 days"));
    CHECK(countRows(window.database(), "SELECT count(*) FROM task") == 1);
    window.app().undoStack()->redo();
    CHECK(countRows(window.database(), "SELECT count(*) FROM task") == 2);
}

TEST_CASE("Today lists the week's birthdays, holidays, overdue payments and open tickets",
          "[gui][today]") {
    TempDir dir;
    auto db = createDatabase(dir); // a zh_CN shop; today is Saturday 2024-06-15
    const Shop shop = makeShop(*db);
    addBirthdayAndDebt(*db, shop);
    MainWindow window(std::move(db));
    TodayPage* page = showToday(window);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (TodaySection* s : {page->birthdays(), page->holidays(), page->payments(), page->tickets()})
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            s->model(), QAbstractItemModelTester::FailureReportingMode::Fatal));

    REQUIRE(page->birthdays()->model()->rowCount() == 1);
    CHECK(cell(page->birthdays(), 0, 0).startsWith(QStringLiteral("Mon")));
    CHECK(cell(page->birthdays(), 0, 1) == QStringLiteral("李华"));
    CHECK(cell(page->birthdays(), 0, 2) == QStringLiteral("34"));
    // Up to 15 July: Dragon Boat Festival on 10 June has passed; none else in the window.
    CHECK(page->holidays()->model()->rowCount() == 0);
    REQUIRE(page->payments()->model()->rowCount() == 1);
    CHECK(cell(page->payments(), 0, 0) == QStringLiteral("SO-1"));
    CHECK(cell(page->payments(), 0, 3) == QStringLiteral("14 days"));
    CHECK(cell(page->payments(), 0, 4) == QStringLiteral("¥19.00"));
    CHECK(page->payments()->model()->index(0, 4).data(Qt::TextAlignmentRole).toInt() ==
          int(Qt::AlignRight | Qt::AlignVCenter));
    CHECK(page->payments()->heading()->text() == QStringLiteral("Payments overdue (1)"));
}

TEST_CASE("a task that falls due is announced once, at start or when it becomes due",
          "[gui][today]") {
    TempDir dir;
    auto db = createDatabase(dir); // today is 2024-06-15
    const Shop shop = makeShop(*db);
    Task due;
    due.title = QStringLiteral("Deliver the samples");
    due.dueOn = QStringLiteral("2024-06-15");
    due.customerId = shop.li;
    REQUIRE(TaskRepository(*db).create(due).ok());
    Task old = due;
    old.title = QStringLiteral("Overdue already");
    old.dueOn = QStringLiteral("2024-06-01");
    REQUIRE(TaskRepository(*db).create(old).ok());
    MainWindow window(std::move(db));
    DueNotifier* notifier = window.dueNotifier();
    REQUIRE(notifier);
    QSignalSpy announced(notifier, &DueNotifier::announced);

    notifier->checkNow();
    REQUIRE(announced.wait(5000));
    CHECK(announced.front().at(0).toString() == QStringLiteral("A task is due today"));
    CHECK(announced.front().at(1).toString() == QStringLiteral("Deliver the samples (李华)"));

    notifier->checkNow(); // nothing new
    REQUIRE(QTest::qWaitFor([&] { return !notifier->isChecking(); }, 5000));
    CHECK(announced.count() == 1);

    Task later = due;
    later.title = QStringLiteral("Call back");
    later.customerId.reset();
    REQUIRE(TaskRepository(window.database()).create(later).ok());
    notifier->checkNow();
    REQUIRE(announced.wait(5000));
    CHECK(announced.back().at(1).toString() == QStringLiteral("Call back"));
}

TEST_CASE("Greet lists the year's best active customers for a holiday", "[gui][today]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db); // 王小明 bought 2 x 12.00 on 2024-05-01
    MainWindow window(std::move(db));
    Holiday midAutumn{dayNumber({2024, 9, 17}), QStringLiteral("mid_autumn"),
                      QStringLiteral("Mid-Autumn Festival"), true};
    GreetDialog dialog(window.app(), midAutumn);
    QAbstractItemModelTester tester(dialog.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor([&] { return !dialog.isLoading(); }, 5000));
    REQUIRE(dialog.model()->rowCount() == 1);
    CHECK(dialog.model()->index(0, 0).data().toString() == QStringLiteral("王小明"));
    CHECK(dialog.model()->index(0, 2).data().toString() == QStringLiteral("¥24.00"));
    CHECK(dialog.model()->index(0, 0).data(SectionModel::CustomerIdRole).value<Id>() == shop.wang);
    CHECK(dialog.windowTitle() == QStringLiteral("Greet for Mid-Autumn Festival"));
}

TEST_CASE("the Go menu and the start page setting offer Today and Tasks", "[gui][today]") {
    TempDir dir;
    auto db = createDatabase(dir);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPreferences();
    auto* prefs = openDialog<PreferencesDialog>(&window);
    REQUIRE(prefs);
    CHECK(prefs->startPage()->itemText(0) == QStringLiteral("Today"));
    CHECK(prefs->startPage()->findText(QStringLiteral("Tasks")) > 0);
    prefs->reject();

    REQUIRE(window.showPageNamed(QStringLiteral("Tasks")));
    CHECK(window.currentPage() == window.page<TasksPage>());
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier); // Go → Today
    CHECK(window.currentPage() == window.page<TodayPage>());
}

TEST_CASE("revisit rules set per tier list the customers due; Plan Revisit makes the task",
          "[gui][today]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    // 王小明 was last visited on 2024-04-01 (the fixture's visit); 李华 was never visited and was
    // added 400 days ago; both are tier A. 王小明 (copy) is tier A too but lost.
    db->exec("UPDATE customer SET tier = 'A' WHERE id IN (" + std::to_string(shop.wang) + ", " +
             std::to_string(shop.li) + ", " + std::to_string(shop.wangCopy) + ")");
    db->exec("UPDATE customer SET status = 'lost' WHERE id = " + std::to_string(shop.wangCopy));
    MainWindow window(std::move(db));
    TodayPage* page = showToday(window);
    const DayNumber today = window.app().today();
    window.database().exec("UPDATE customer SET created_at = '" +
                           formatIsoDate(today - 400).toStdString() +
                           " 09:00:00' WHERE id = " + std::to_string(shop.li));
    RevisitsSection* revisits = page->revisits();
    REQUIRE(QTest::qWaitFor([&] { return !revisits->isLoading(); }, 5000));
    CHECK(revisits->model()->rowCount() == 0); // no rules yet

    QTest::mouseClick(revisits->findChild<QPushButton*>(QStringLiteral("revisitRules")),
                      Qt::LeftButton);
    auto* rules = openDialog<RevisitRulesDialog>(page);
    REQUIRE(rules);
    REQUIRE(rules->table()->rowCount() == 1); // the one tier in use
    rules->setDays(QStringLiteral("A"), 30);
    rules->accept();
    waitForReload(page);
    REQUIRE(QTest::qWaitFor([&] { return !revisits->isLoading(); }, 5000));
    REQUIRE(revisits->model()->rowCount() == 2);
    // 李华: 30 days after being added, so 370 days overdue; 王小明: due 30 days after 2024-04-01.
    CHECK(revisits->model()->row(0).customerId == shop.li);
    CHECK(revisits->due()[0].daysOverdue == 370);
    CHECK(revisits->model()->row(1).customerId == shop.wang);
    CHECK(revisits->due()[1].daysOverdue == today - (dayNumber({2024, 4, 1}) + 30));

    revisits->view()->selectRow(0);
    QTest::mouseClick(revisits->findChild<QPushButton*>(QStringLiteral("planRevisit")),
                      Qt::LeftButton);
    waitForReload(page);
    REQUIRE(QTest::qWaitFor([&] { return !revisits->isLoading(); }, 5000));
    REQUIRE(revisits->model()->rowCount() == 1); // 李华 now has an open revisit task ...
    CHECK(revisits->model()->row(0).customerId == shop.wang);
    bool listed = false; // ... due today, among the follow-ups
    for (int row = 0; row < page->tasks()->model()->rowCount(); ++row)
        listed = listed || page->tasks()->model()->row(row).customerId == shop.li;
    CHECK(listed);
    window.app().undoStack()->undo();
    waitForReload(page);
    REQUIRE(QTest::qWaitFor([&] { return !revisits->isLoading(); }, 5000));
    CHECK(revisits->model()->rowCount() == 2);
}
