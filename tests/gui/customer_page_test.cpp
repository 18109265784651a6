#include "customer_page/customer_header.h"
#include "customer_page/customer_page.h"
#include "customer_page/customer_sheet.h"
#include "customer_page/profile_tab.h"
#include "customer_page/table_tab.h"
#include "customer_page/timeline_model.h"
#include "customer_page/timeline_tab.h"
#include "domain/task_repository.h"
#include "gui_fixture.h"
#include "shell/customer_insights.h"
#include "shell/file_dialog.h"
#include "tickets/ticket_dialog.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTabWidget>

using namespace clientele;
using namespace clientele::test;

namespace {

class FixedInsights : public CustomerInsights {
public:
    std::optional<CustomerInsight> insightFor(Id) const override {
        return CustomerInsight{QStringLiteral("champions"), 0.8125, 123450};
    }
    QStringList segments() const override { return {QStringLiteral("champions")}; }
    std::vector<Id> customersIn(const QString&) const override { return {}; }
};

} // namespace

TEST_CASE("the customer page shows the key figures and the merged timeline", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    Task t;
    t.title = QStringLiteral("Birthday call");
    t.dueOn = QStringLiteral("2024-06-30");
    t.customerId = shop.wang;
    REQUIRE(TaskRepository(*db).create(t).ok());
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openCustomer(shop.wang);
    CustomerPage* page = window.customerPage();
    REQUIRE(page->isVisible());

    // One confirmed order: 2 x 12.00 revenue, 2 x 7.00 cost captured from the product.
    CustomerHeader* header = page->header();
    CHECK(header->figure(QStringLiteral("revenue")) == QStringLiteral("¥24.00"));
    CHECK(header->figure(QStringLiteral("profit")) == QStringLiteral("¥10.00"));
    CHECK(header->figure(QStringLiteral("orders")) == QStringLiteral("1"));
    CHECK(header->figure(QStringLiteral("last_order")) == QStringLiteral("5/1/24"));
    CHECK(header->figure(QStringLiteral("p_alive")).isEmpty()); // no analysis engine yet

    TimelineModel* timeline = page->timelineTab()->model();
    QAbstractItemModelTester tester(timeline,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(timeline->rowCount() == 3); // task 06-30, order 05-01, visit 04-01: newest first
    CHECK(timeline->entries()[0].kind == TimelineEntry::Kind::Task);
    CHECK(timeline->entries()[1].kind == TimelineEntry::Kind::Order);
    CHECK(timeline->entries()[2].kind == TimelineEntry::Kind::Visit);
    timeline->setKinds({TimelineEntry::Kind::Visit});
    CHECK(timeline->rowCount() == 1);

    // The organisation tab of a person lists the people of their company, deciders first.
    page->tabs()->setCurrentWidget(page->tableTab(QStringLiteral("organisation")));
    QStandardItemModel* people = page->tableTab(QStringLiteral("organisation"))->model();
    REQUIRE(people->rowCount() == 1);
    CHECK(people->item(0, 0)->text() == QStringLiteral("王小明"));

    page->tabs()->setCurrentWidget(page->tableTab(QStringLiteral("products")));
    QStandardItemModel* bought = page->tableTab(QStringLiteral("products"))->model();
    REQUIRE(bought->rowCount() == 1);
    CHECK(bought->item(0, 2)->text() == QStringLiteral("2"));
    CHECK(bought->item(0, 3)->text() == QStringLiteral("¥24.00"));
}

TEST_CASE("the header shows segment, P(alive) and CLV once insights are provided", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.openCustomer(shop.li);
    window.app().setInsights(std::make_unique<FixedInsights>());
    CustomerHeader* header = window.customerPage()->header();
    CHECK(header->figure(QStringLiteral("p_alive")) == QStringLiteral("81%"));
    CHECK(header->figure(QStringLiteral("clv")) == QStringLiteral("¥1,234.50"));
}

TEST_CASE("clicking a phone in the header copies it", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openCustomer(shop.li);
    auto* phone = window.customerPage()->header()->findChild<QPushButton*>(QStringLiteral("phone"));
    REQUIRE(phone);
    QTest::mouseClick(phone, Qt::LeftButton);
    CHECK(QGuiApplication::clipboard()->text() == QStringLiteral("139 1234 5678"));
}

TEST_CASE("the customer sheet is written as a one-page PDF", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.openCustomer(shop.wang);
    const QString path = dir.path(QStringLiteral("sheet.pdf"));
    FileDialog::setNextFileName(path);
    window.printCustomerSheet();
    const QByteArray pdf = readFile(path);
    REQUIRE(pdf.size() > 1000);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    CHECK(pdf.count("/Type /Page\n") + pdf.count("/Type /Page ") + pdf.count("/Type /Page>") == 1);
    CHECK(customerSheetHtml(window.app(), shop.wang).contains(QStringLiteral("First call")));
}

TEST_CASE("New Ticket on the customer page opens a ticket for that customer", "[gui]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.openCustomer(shop.li);
    auto* button = window.customerPage()->findChild<QPushButton*>(QStringLiteral("newTicket"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = openDialog<TicketDialog>(&window);
    REQUIRE(dialog);
    QTest::keyClicks(dialog->subjectEdit(), QStringLiteral("Lid cracked"));
    dialog->accept();
    CHECK(countRows(window.database(),
                    "SELECT count(*) FROM ticket WHERE subject = 'Lid cracked'") == 1);
    CHECK(sql::queryInt(window.database().handle(),
                        "SELECT customer_id FROM ticket WHERE subject = 'Lid cracked'") == shop.li);
}
