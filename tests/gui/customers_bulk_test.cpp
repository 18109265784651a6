#include "customers/bulk_edit_dialog.h"
#include "customers/customer_filter_bar.h"
#include "customers/customer_list_model.h"
#include "customers/customers_page.h"
#include "customers/merge_dialog.h"
#include "domain/customer_repository.h"
#include "gui_fixture.h"
#include "shell/message_box.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

void selectCustomers(CustomersPage* page, std::initializer_list<Id> ids) {
    QTableView* view = page->view();
    view->clearSelection();
    for (Id id : ids) {
        const int row = page->model()->rowOf(id);
        REQUIRE(row >= 0);
        view->selectionModel()->select(page->model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(page->model()->index(row, 0),
                                                QItemSelectionModel::NoUpdate);
    }
}

CustomersPage* showCustomers(MainWindow& window) {
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<CustomersPage>();
    REQUIRE(page);
    window.showPage(page);
    waitUntilLoaded(page->model());
    return page;
}

} // namespace

TEST_CASE("bulk edit tags and tiers the selected customers, undo restores them all", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    db->exec("UPDATE customer SET tags = 'vip;old' WHERE id = " + std::to_string(shop.li));
    MainWindow window(std::move(db));
    CustomersPage* page = showCustomers(window);
    QAbstractItemModelTester tester(page->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    selectCustomers(page, {shop.wang, shop.li});
    page->bulkEdit();
    auto* dialog = openDialog<BulkEditDialog>(page);
    REQUIRE(dialog);
    QTest::keyClicks(dialog->addTagsEdit(), QStringLiteral("trade fair; 2024"));
    QTest::keyClicks(dialog->removeTagsEdit(), QStringLiteral("old"));
    dialog->tierCheck()->setChecked(true);
    dialog->tierCombo()->setCurrentText(QStringLiteral("A"));
    dialog->accept();
    waitUntilLoaded(page->model());

    CustomerRepository customers(window.database());
    CHECK(customers.get(shop.wang)->tags == QStringLiteral("trade fair;2024"));
    CHECK(customers.get(shop.li)->tags == QStringLiteral("vip;trade fair;2024"));
    CHECK(customers.get(shop.li)->tier == QStringLiteral("A"));
    CHECK(customers.get(shop.wangCopy)->tags.isEmpty()); // not selected
    // The list shows the new tags without being asked.
    const int row = page->model()->rowOf(shop.li);
    CHECK(page->model()->index(row, CustomerListModel::Tags).data().toString() ==
          QStringLiteral("vip, trade fair, 2024"));

    window.app().undoStack()->undo();
    waitUntilLoaded(page->model());
    CHECK(customers.get(shop.wang)->tags.isEmpty());
    CHECK(customers.get(shop.li)->tags == QStringLiteral("vip;old"));
    CHECK(customers.get(shop.li)->tier.isEmpty());
}

TEST_CASE("merging two duplicates moves orders and visits to the survivor", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    CustomersPage* page = showCustomers(window);
    selectCustomers(page, {shop.wangCopy, shop.wang});
    page->mergeSelected();
    auto* dialog = openDialog<MergeDialog>(page);
    REQUIRE(dialog);
    dialog->setSurvivor(shop.wangCopy);
    CHECK(dialog->merged() == shop.wang);
    dialog->accept();
    waitUntilLoaded(page->model());

    Database& data = window.database();
    CHECK_FALSE(CustomerRepository(data).get(shop.wang).ok());
    auto survivor = CustomerRepository(data).get(shop.wangCopy);
    REQUIRE(survivor.ok());
    CHECK(survivor->phones == QStringLiteral("021-5555-0101;138-0013-8000"));
    CHECK(countRows(data, "SELECT count(*) FROM orders WHERE customer_id IS NOT NULL") == 1);
    sql::Statement q = data.prepare("SELECT customer_id FROM orders");
    q.step();
    CHECK(q.int64(0) == shop.wangCopy);
    CHECK(page->model()->totalCount() == 3);
}

TEST_CASE("bulk delete asks first and refuses customers who have orders", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    CustomersPage* page = showCustomers(window);
    MessageBox::clearAnswers();

    selectCustomers(page, {shop.li, shop.wangCopy});
    MessageBox::setNextAnswer(QMessageBox::No);
    page->deleteSelected();
    waitUntilLoaded(page->model());
    CHECK(page->model()->totalCount() == 4);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->deleteSelected();
    waitUntilLoaded(page->model());
    CHECK(page->model()->totalCount() == 2);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Delete 2 customer")));

    selectCustomers(page, {shop.acme, shop.wang}); // 王小明 has an order: nothing goes
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok); // the refusal
    page->deleteSelected();
    waitUntilLoaded(page->model());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Nothing was deleted")));
    CHECK(page->model()->totalCount() == 2);
}

TEST_CASE("the customers list filters by status and tag in SQL and remembers columns", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    db->exec("UPDATE customer SET status = 'lead', tags = 'fair' WHERE ref = 'C000003'");
    {
        MainWindow window(std::move(db));
        CustomersPage* page = showCustomers(window);
        QComboBox* status = page->filterBar()->combo(QStringLiteral("status"));
        REQUIRE(status);
        status->setCurrentIndex(status->findData(QStringLiteral("lead")));
        waitUntilLoaded(page->model());
        CHECK(page->model()->totalCount() == 1);
        CHECK(page->model()->idAt(0) == shop.li);
        status->setCurrentIndex(0);
        QComboBox* tag = page->filterBar()->combo(QStringLiteral("tag"));
        REQUIRE(QTest::qWaitFor([&] { return tag->findData(QStringLiteral("fair")) > 0; }, 3000));
        tag->setCurrentIndex(tag->findData(QStringLiteral("fair")));
        waitUntilLoaded(page->model());
        CHECK(page->model()->totalCount() == 1);

        CHECK_FALSE(page->view()->horizontalHeader()->isSectionHidden(CustomerListModel::Phones));
        page->view()->horizontalHeader()->hideSection(CustomerListModel::Phones);
    }
    // A window opened later shows the columns as the user left them.
    MainWindow again(createDatabase(dir));
    auto* page = again.page<CustomersPage>();
    CHECK(page->view()->horizontalHeader()->isSectionHidden(CustomerListModel::Phones));
}
