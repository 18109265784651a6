#include "analysis/facts_loader.h"
#include "analysis/promotion.h"
#include "campaigns/add_members_dialog.h"
#include "campaigns/campaign_dialog.h"
#include "campaigns/campaign_list_model.h"
#include "campaigns/campaign_members_model.h"
#include "campaigns/campaigns_page.h"
#include "customer_page/customer_page.h"
#include "customers/customer_filter_bar.h"
#include "domain/campaign_repository.h"
#include "gui_fixture.h"
#include "shell/customer_insights.h"
#include "shell/message_box.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace clientele;
using namespace clientele::test;

namespace {

Id addInCity(Database& db, const QString& ref, const QString& name, const QString& city) {
    Customer c;
    c.ref = ref;
    c.name = name;
    c.city = city;
    auto id = CustomerRepository(db).create(c);
    REQUIRE(id.ok());
    return *id;
}

void addOrder(Database& db, const char* number, Id customer, const char* at, Id product,
              int quantity) {
    Order o;
    o.number = QLatin1String(number);
    o.customerId = customer;
    o.orderedAt = QLatin1String(at);
    OrderLine line;
    line.productId = product;
    line.quantity = quantity;
    line.unitPrice = 1250;
    o.lines.push_back(line);
    REQUIRE(OrderRepository(db).create(o).ok());
}

Id addCampaign(Database& db, const char* code, const char* starts, const char* ends, Money cost) {
    Campaign c;
    c.code = QLatin1String(code);
    c.name = QStringLiteral("春季 ") + QLatin1String(code);
    c.channel = QStringLiteral("sms");
    c.startsOn = QLatin1String(starts);
    c.endsOn = QLatin1String(ends);
    c.cost = cost;
    auto id = CampaignRepository(db).create(c);
    REQUIRE(id.ok());
    return *id;
}

CampaignsPage* showCampaigns(MainWindow& window) {
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto* page = window.page<CampaignsPage>();
    REQUIRE(page);
    window.showPage(page);
    waitUntilLoaded(page->model());
    REQUIRE(QTest::qWaitFor([&] { return !page->isComputing(); }, 10000));
    return page;
}

// The analysis engine's answer for the tests: 王小明 and 李华 are champions.
class TwoChampions : public CustomerInsights {
public:
    explicit TwoChampions(std::vector<Id> ids)
        : m_ids(std::move(ids)) {}
    std::optional<CustomerInsight> insightFor(Id) const override { return std::nullopt; }
    QStringList segments() const override {
        return {QStringLiteral("champions"), QStringLiteral("hibernating")};
    }
    std::vector<Id> customersIn(const QString& segment) const override {
        return segment == QLatin1String("champions") ? m_ids : std::vector<Id>{};
    }

private:
    std::vector<Id> m_ids;
};

QVariant cell(CampaignListModel* model, int row, int column,
              int role = CampaignListModel::SortRole) {
    return model->index(row, column).data(role);
}

} // namespace

TEST_CASE("the Campaigns page shows each campaign's results as the promotion analysis finds them",
          "[gui][campaigns]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    const Id spring = addCampaign(*db, "SPRING", "2024-03-01", "2024-03-31", 10000);
    addCampaign(*db, "SUMMER", "2024-06-01", "2024-06-10", 0);
    REQUIRE(CampaignRepository(*db).addMembers(spring, {shop.wang, shop.li}).ok());
    const Id other = addInCity(*db, QStringLiteral("C000005"), QStringLiteral("赵六"), {});
    addOrder(*db, "SO-2", shop.li, "2024-03-10 11:00:00", shop.tea, 4);
    addOrder(*db, "SO-3", other, "2024-02-01 11:00:00", shop.tea, 1);
    addOrder(*db, "SO-4", other, "2024-03-20 11:00:00", shop.tea, 1);
    addOrder(*db, "SO-5", shop.wangCopy, "2024-01-05 11:00:00", shop.tea, 1);

    // The figures worked out in the test from the same database.
    auto facts = analysis::loadFacts(*db);
    REQUIRE(facts.ok());
    const analysis::Window window0 = analysis::resolveWindow(**facts, {}, testClock().today());
    const analysis::PromotionResult expected = analysis::computePromotion(**facts, window0);
    const auto expectedFor = [&](Id id) {
        for (const analysis::CampaignRow& r : expected.campaigns)
            if ((*facts)->campaigns.id[static_cast<std::size_t>(r.campaign)] == id)
                return r;
        FAIL("no result for the campaign");
        return analysis::CampaignRow{};
    };
    const analysis::CampaignRow want = expectedFor(spring);
    REQUIRE(want.responders == std::optional<int>(1)); // 李华's March order

    MainWindow window(std::move(db));
    CampaignsPage* page = showCampaigns(window);
    CampaignListModel* model = page->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 2);
    const int row = model->rowOf(spring);
    REQUIRE(row >= 0);
    CHECK(cell(model, row, CampaignListModel::Code, Qt::DisplayRole).toString() ==
          QStringLiteral("SPRING"));
    CHECK(cell(model, row, CampaignListModel::Members).toInt() == 2);
    CHECK(cell(model, row, CampaignListModel::Cost, Qt::DisplayRole).toString() ==
          QStringLiteral("¥100.00"));
    CHECK(cell(model, row, CampaignListModel::Responders).toInt() == *want.responders);
    CHECK(cell(model, row, CampaignListModel::ResponseRate).toDouble() ==
          Approx(*want.responseRate));
    REQUIRE(want.lift.has_value());
    CHECK(cell(model, row, CampaignListModel::Lift).toDouble() == Approx(*want.lift));
    REQUIRE(want.incrementalProfit.has_value());
    CHECK(cell(model, row, CampaignListModel::IncrementalProfit).toLongLong() ==
          *want.incrementalProfit);
    CHECK(cell(model, row, CampaignListModel::IncrementalProfit, Qt::DisplayRole).toString() ==
          window.app().money(*want.incrementalProfit));
    REQUIRE(want.roi.has_value());
    CHECK(cell(model, row, CampaignListModel::Roi).toDouble() == Approx(*want.roi));
    CHECK(cell(model, row, CampaignListModel::ResponseRate, Qt::DisplayRole).toString() ==
          QStringLiteral("50.0%"));

    // The selected campaign's members are listed below.
    page->view()->setCurrentIndex(model->index(row, 0));
    waitUntilLoaded(page->membersModel());
    QAbstractItemModelTester members(page->membersModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(page->membersModel()->rowCount() == 2);
}

TEST_CASE("a campaign is created, gets the customers of a city as members, and undo removes them",
          "[gui][campaigns]") {
    TempDir dir;
    auto db = createDatabase(dir);
    makeShop(*db);
    addInCity(*db, QStringLiteral("C000010"), QStringLiteral("周一"), QStringLiteral("杭州"));
    addInCity(*db, QStringLiteral("C000011"), QStringLiteral("周二"), QStringLiteral("杭州"));
    addInCity(*db, QStringLiteral("C000012"), QStringLiteral("周三"), QStringLiteral("杭州"));
    addInCity(*db, QStringLiteral("C000013"), QStringLiteral("Anna"), QStringLiteral("Shanghai"));
    MainWindow window(std::move(db));
    CampaignsPage* page = showCampaigns(window);
    Database& base = window.database();
    REQUIRE(page->model()->rowCount() == 0);

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QPointer<CampaignDialog> dialog = openDialog<CampaignDialog>(&window);
    REQUIRE(dialog);
    dialog->accept();
    CHECK_FALSE(dialog->errorFor(QStringLiteral("code"))->isHidden());
    CHECK_FALSE(dialog->errorFor(QStringLiteral("name"))->isHidden());
    QTest::keyClicks(dialog->codeEdit(), QStringLiteral("HZ-24"));
    typeText(dialog->nameEdit(), QStringLiteral("杭州 tasting"));
    dialog->startsEdit()->setDate(QDate(2024, 7, 1));
    dialog->endsEdit()->setDate(QDate(2024, 6, 1));
    QTest::keyClicks(dialog->costEdit(), QStringLiteral("250.50"));
    dialog->accept();
    CHECK(dialog->errorFor(QStringLiteral("code"))->isHidden());
    CHECK_FALSE(dialog->errorFor(QStringLiteral("ends_on"))->isHidden());
    CHECK(countRows(base, "SELECT count(*) FROM campaign") == 0);
    dialog->endsEdit()->setDate(QDate(2024, 7, 15));
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return dialog.isNull(); }, 2000));
    const auto id = CampaignRepository(base).idForCode(QStringLiteral("HZ-24"));
    REQUIRE(id.has_value());
    auto saved = CampaignRepository(base).get(*id);
    CHECK(saved->name == QStringLiteral("杭州 tasting"));
    CHECK(saved->cost == 25050);
    CHECK(saved->startsOn == QStringLiteral("2024-07-01"));
    CHECK(saved->endsOn == QStringLiteral("2024-07-15"));
    waitUntilLoaded(page->model());
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->currentCampaign() == *id);

    page->addMembers();
    QPointer<AddMembersDialog> add = openDialog<AddMembersDialog>(&window);
    REQUIRE(add);
    REQUIRE(QTest::qWaitFor([&] { return !add->isCounting(); }, 5000));
    CHECK(add->matching() == 8); // no filter: everyone
    QComboBox* city = add->filterBar()->combo(QStringLiteral("city"));
    REQUIRE(QTest::qWaitFor([&] { return city->findText(QStringLiteral("杭州")) >= 0; }, 5000));
    city->setCurrentIndex(city->findText(QStringLiteral("杭州")));
    REQUIRE(QTest::qWaitFor([&] { return !add->isCounting(); }, 5000));
    const qint64 inCity = countRows(base, "SELECT count(*) FROM customer WHERE city = '杭州'");
    CHECK(add->newMembers() == inCity);
    CHECK(add->previewLabel()->text().startsWith(QString::number(inCity)));
    CHECK_FALSE(add->segmentNote()->isHidden()); // the analysis engine has not run
    QTest::mouseClick(add->addButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return add.isNull(); }, 2000));
    CHECK(*CampaignRepository(base).memberCount(*id) == inCity);
    waitUntilLoaded(page->model());
    waitUntilLoaded(page->membersModel());
    CHECK(cell(page->model(), 0, CampaignListModel::Members).toInt() == inCity);
    CHECK(page->membersModel()->rowCount() == inCity);

    // Adding the same city again adds nobody new.
    page->addMembers();
    add = openDialog<AddMembersDialog>(&window);
    REQUIRE(add);
    city = add->filterBar()->combo(QStringLiteral("city"));
    REQUIRE(QTest::qWaitFor([&] { return city->findText(QStringLiteral("杭州")) >= 0; }, 5000));
    city->setCurrentIndex(city->findText(QStringLiteral("杭州")));
    REQUIRE(QTest::qWaitFor([&] { return !add->isCounting(); }, 5000));
    CHECK(add->matching() == inCity);
    CHECK(add->newMembers() == 0);
    CHECK_FALSE(add->addButton()->isEnabled());
    add->reject();

    // Removing a member asks first.
    page->membersView()->selectRow(0);
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page->removeSelectedMembers();
    CHECK(*CampaignRepository(base).memberCount(*id) == inCity - 1);

    QUndoStack* undo = window.app().undoStack();
    undo->undo();
    CHECK(*CampaignRepository(base).memberCount(*id) == inCity);
    undo->undo();
    CHECK(*CampaignRepository(base).memberCount(*id) == 0);
    undo->redo();
    CHECK(*CampaignRepository(base).memberCount(*id) == inCity);

    // Open Customer shows the selected member's page.
    QTest::qWait(1);
    waitUntilLoaded(page->membersModel());
    REQUIRE(page->membersModel()->rowCount() == inCity);
    page->membersView()->selectRow(1);
    const Id member = page->membersModel()->memberAt(1).customerId;
    page->findChild<QAction*>(QStringLiteral("openMemberCustomer"))->trigger();
    REQUIRE(window.customerPage()->isVisible());
    CHECK(window.currentCustomer() == member);
}

TEST_CASE("deleting a campaign asks, and undo brings back its members and its orders' link",
          "[gui][campaigns]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    const Id spring = addCampaign(*db, "SPRING", "2024-03-01", "2024-03-31", 10000);
    REQUIRE(CampaignRepository(*db).addMembers(spring, {shop.wang, shop.li}).ok());
    REQUIRE(CampaignRepository(*db)
                .setContacted(spring, shop.li, QStringLiteral("2024-03-02 10:00:00"))
                .ok());
    sql::exec(db->handle(), "UPDATE orders SET campaign_id = (SELECT id FROM campaign)");
    MainWindow window(std::move(db));
    CampaignsPage* page = showCampaigns(window);
    Database& base = window.database();
    page->view()->setFocus();
    page->view()->setCurrentIndex(page->model()->index(0, 0));

    // Enter opens the campaign.
    QTest::keyClick(page->view(), Qt::Key_Return);
    QPointer<CampaignDialog> edit = openDialog<CampaignDialog>(&window);
    REQUIRE(edit);
    CHECK(edit->codeEdit()->text() == QStringLiteral("SPRING"));
    CHECK(edit->costEdit()->text() == QStringLiteral("100.00"));
    edit->reject();
    REQUIRE(QTest::qWaitFor([&] { return edit.isNull(); }, 2000));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    page->view()->setFocus();

    MessageBox::clearAnswers(); // none left over from elsewhere
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    CHECK(MessageBox::lastText().contains(QStringLiteral("春季 SPRING")));
    CHECK(countRows(base, "SELECT count(*) FROM campaign") == 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(page->view(), Qt::Key_Delete);
    CHECK(countRows(base, "SELECT count(*) FROM campaign") == 0);
    CHECK(countRows(base, "SELECT count(*) FROM orders WHERE campaign_id IS NOT NULL") == 0);

    window.app().undoStack()->undo();
    CHECK(countRows(base, "SELECT count(*) FROM campaign_member") == 2);
    CHECK(countRows(base, "SELECT count(*) FROM campaign_member WHERE contacted_at IS NOT NULL") ==
          1);
    CHECK(countRows(base, "SELECT count(*) FROM orders WHERE campaign_id IS NOT NULL") == 1);
}

TEST_CASE("members are added from an RFM segment once the analysis engine has run",
          "[gui][campaigns]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db);
    const Id spring = addCampaign(*db, "SPRING", "2024-03-01", "2024-03-31", 0);
    MainWindow window(std::move(db));
    CampaignsPage* page = showCampaigns(window);
    REQUIRE(page->currentCampaign() == spring);

    page->addMembers();
    QPointer<AddMembersDialog> add = openDialog<AddMembersDialog>(&window);
    REQUIRE(add);
    QComboBox* segment = add->filterBar()->combo(QStringLiteral("segment"));
    CHECK_FALSE(segment->isEnabled());
    CHECK_FALSE(add->segmentNote()->isHidden());

    window.app().setInsights(std::make_unique<TwoChampions>(std::vector<Id>{shop.wang, shop.li}));
    CHECK(segment->isEnabled());
    CHECK(add->segmentNote()->isHidden());
    const int champions = segment->findData(QStringLiteral("champions"));
    REQUIRE(champions >= 0);
    segment->setCurrentIndex(champions);
    REQUIRE(QTest::qWaitFor([&] { return !add->isCounting(); }, 5000));
    CHECK(add->matching() == 2);
    CHECK(add->newMembers() == 2);
    add->accept();
    REQUIRE(QTest::qWaitFor([&] { return add.isNull(); }, 2000));
    auto members = CampaignRepository(window.database()).members(spring);
    REQUIRE(members.ok());
    std::vector<Id> ids;
    for (const CampaignMember& m : *members)
        ids.push_back(m.customerId);
    std::sort(ids.begin(), ids.end());
    std::vector<Id> want{shop.wang, shop.li};
    std::sort(want.begin(), want.end());
    CHECK(ids == want);
}
