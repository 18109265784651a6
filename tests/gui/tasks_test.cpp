#include "domain/task_repository.h"
#include "gui_fixture.h"
#include "shell/message_box.h"
#include "tasks/task_dialog.h"
#include "tasks/task_list_model.h"
#include "tasks/tasks_page.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

Id addTask(Database& db, const char* title, const char* due, std::optional<Id> customer,
           const char* kind = "follow_up") {
    Task t;
    t.title = QLatin1String(title);
    t.dueOn = QLatin1String(due);
    t.customerId = customer;
    t.kind = QLatin1String(kind);
    auto id = TaskRepository(db).create(t);
    REQUIRE(id.ok());
    return *id;
}

TasksPage* showTasks(MainWindow& window) {
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<TasksPage>();
    REQUIRE(page);
    window.showPage(page);
    waitUntilLoaded(page->model());
    return page;
}

QString titleAt(TaskListModel* model, int row) {
    return model->index(row, TaskListModel::Title).data().toString();
}

void reloaded(TaskListModel* model) {
    QTest::qWait(1);
    waitUntilLoaded(model);
}

} // namespace

TEST_CASE("the Tasks page filters by state, kind, due range and customer", "[gui][tasks]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    addTask(*db, "Call Wang", "2024-06-14", shop.wang);
    addTask(*db, "Visit Li", "2024-06-20", shop.li, "revisit");
    addTask(*db, "Order paper", "2024-08-01", std::nullopt, "other");
    MainWindow window(std::move(db));
    TasksPage* page = showTasks(window);
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page->model()->rowCount() == 3);
    CHECK(titleAt(page->model(), 0) == QStringLiteral("Call Wang"));
    CHECK(page->model()->index(0, TaskListModel::Customer).data().toString() ==
          QStringLiteral("王小明"));

    page->kindCombo()->setCurrentIndex(page->kindCombo()->findData(QStringLiteral("revisit")));
    reloaded(page->model());
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(titleAt(page->model(), 0) == QStringLiteral("Visit Li"));
    page->kindCombo()->setCurrentIndex(0);

    page->rangeCheck()->setChecked(true);
    page->fromEdit()->setDate(QDate(2024, 6, 15));
    page->toEdit()->setDate(QDate(2024, 7, 31));
    reloaded(page->model());
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(titleAt(page->model(), 0) == QStringLiteral("Visit Li"));
    page->rangeCheck()->setChecked(false);

    typeText(page->customerFilter(), QStringLiteral("王"));
    reloaded(page->model());
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(titleAt(page->model(), 0) == QStringLiteral("Call Wang"));
}

TEST_CASE("the task dialog shows problems beside the fields and saves an undoable task",
          "[gui][tasks]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    TasksPage* page = showTasks(window);

    TaskDialog dialog(window.app(), std::nullopt);
    dialog.customerEdit()->setText(QStringLiteral("NOPE"));
    dialog.accept();
    CHECK(dialog.errorFor(QStringLiteral("title"))->isVisibleTo(&dialog));
    CHECK(dialog.errorFor(QStringLiteral("customer"))->isVisibleTo(&dialog));
    CHECK(dialog.errorFor(QStringLiteral("customer"))->text().contains(QStringLiteral("NOPE")));
    CHECK(dialog.savedTaskId() == 0);

    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Quarterly review"));
    dialog.customerEdit()->setText(QStringLiteral("C000003"));
    dialog.dueEdit()->setDate(QDate(2024, 7, 1));
    dialog.kindCombo()->setCurrentIndex(dialog.kindCombo()->findData(QStringLiteral("revisit")));
    dialog.repeatsCheck()->setChecked(true);
    dialog.everySpin()->setValue(3);
    dialog.unitCombo()->setCurrentIndex(2); // months
    dialog.accept();
    CHECK_FALSE(dialog.errorFor(QStringLiteral("title"))->isVisibleTo(&dialog));
    REQUIRE(dialog.savedTaskId() != 0);
    auto saved = TaskRepository(window.database()).get(dialog.savedTaskId());
    REQUIRE(saved.ok());
    CHECK(saved->title == QStringLiteral("Quarterly review"));
    CHECK(saved->dueOn == QStringLiteral("2024-07-01"));
    CHECK(saved->customerId == std::optional<Id>(shop.li));
    CHECK(saved->kind == QStringLiteral("revisit"));
    CHECK(saved->recurrence == QStringLiteral("every 3 months"));
    reloaded(page->model());
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->index(0, TaskListModel::Repeats).data().toString() ==
          QStringLiteral("every 3 months"));

    window.app().undoStack()->undo();
    CHECK(countRows(window.database(), "SELECT count(*) FROM task") == 0);
}

TEST_CASE("tasks are marked done and deleted from the Tasks page, and undo restores them",
          "[gui][tasks]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    const Id call = addTask(*db, "Call Wang", "2024-06-14", shop.wang);
    addTask(*db, "Visit Li", "2024-06-20", shop.li);
    MainWindow window(std::move(db));
    TasksPage* page = showTasks(window);
    REQUIRE(page->model()->rowCount() == 2);

    page->view()->setCurrentIndex(page->model()->index(0, 0));
    page->markCurrentDone();
    reloaded(page->model());
    REQUIRE(page->model()->rowCount() == 1); // open ones only
    CHECK_FALSE(TaskRepository(window.database()).get(call)->doneAt.isEmpty());
    page->stateCombo()->setCurrentIndex(2); // all
    reloaded(page->model());
    CHECK(page->model()->rowCount() == 2);

    // Delete asks first; No keeps the task.
    page->view()->setCurrentIndex(page->model()->index(0, 0));
    MessageBox::setNextAnswer(QMessageBox::No);
    page->deleteCurrent();
    CHECK(countRows(window.database(), "SELECT count(*) FROM task") == 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->deleteCurrent();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Visit Li")));
    CHECK(countRows(window.database(), "SELECT count(*) FROM task") == 1);

    window.app().undoStack()->undo();
    CHECK(countRows(window.database(), "SELECT count(*) FROM task") == 2);
    window.app().undoStack()->undo();
    CHECK(TaskRepository(window.database()).get(call)->doneAt.isEmpty());
}
