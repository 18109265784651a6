#include "campaigns/campaign_list_model.h"
#include "campaigns/campaign_members_model.h"
#include "campaigns/campaigns_page.h"
#include "domain/campaign_repository.h"
#include "gui_fixture.h"
#include "messages/message_render.h"
#include "messages/send_messages_dialog.h"
#include "messages/template_preview.h"
#include "messages/templates_dialog.h"
#include "today/greet_dialog.h"
#include "today/today_page.h"
#include "today/today_section.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QUrlQuery>

using namespace clientele;
using namespace clientele::test;

namespace {

// Stands in for the mail program: QDesktopServices hands it the mailto: links.
class MailCatcher : public QObject {
    Q_OBJECT
public:
    MailCatcher() { QDesktopServices::setUrlHandler(QStringLiteral("mailto"), this, "open"); }
    ~MailCatcher() override { QDesktopServices::unsetUrlHandler(QStringLiteral("mailto")); }
    std::vector<QUrl> urls;

public slots:
    void open(const QUrl& url) { urls.push_back(url); }
};

QString queryValue(const QUrl& url, const char* key) {
    return QUrlQuery(url).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

void setCustomer(Database& db, Id id, const QString& title, const QString& emails,
                 const QString& salesperson) {
    Customer c = *CustomerRepository(db).get(id);
    c.title = title;
    c.emails = emails;
    c.salesperson = salesperson;
    REQUIRE(CustomerRepository(db).update(c).ok());
}

void addSale(Database& db, const char* number, Id customer, Id product, Money price) {
    Order o;
    o.number = QLatin1String(number);
    o.customerId = customer;
    o.orderedAt = QStringLiteral("2024-06-01 10:00:00");
    OrderLine line;
    line.productId = product;
    line.quantity = 1;
    line.unitPrice = price;
    o.lines.push_back(line);
    REQUIRE(OrderRepository(db).create(o).ok());
}

SendMessagesDialog* openSender(QWidget* parent) {
    auto* sender = openDialog<SendMessagesDialog>(parent);
    REQUIRE(sender);
    REQUIRE(QTest::qWaitFor([&] { return !sender->isLoading(); }, 5000));
    sender->activateWindow(); // its shortcuts work once it has the focus
    REQUIRE(QTest::qWaitForWindowActive(sender));
    return sender;
}

struct LoggedMessage {
    Id customer;
    QString subject;
    QString outcome;
};

std::vector<LoggedMessage> loggedMessages(Database& db) {
    std::vector<LoggedMessage> out;
    sql::Statement q = db.prepare("SELECT customer_id, subject, outcome FROM visit WHERE kind = "
                                  "'message' ORDER BY subject");
    while (q.step())
        out.push_back({q.int64(0), q.text(1), q.text(2)});
    return out;
}

} // namespace

TEST_CASE("two customers picked for a holiday get a mailto each and two message visits",
          "[gui][messages]") {
    TempDir dir;
    auto db = createDatabase(dir);   // a zh_CN shop; today is 2024-06-15
    const Shop shop = makeShop(*db); // 王小明 bought 2 x 12.00 on 2024-05-01
    setCustomer(*db, shop.wang, QStringLiteral("先生"), QStringLiteral("wang@example.cn"),
                QStringLiteral("李娜"));
    setCustomer(*db, shop.li, QStringLiteral("女士"), QStringLiteral("li@example.com"), {});
    addSale(*db, "SO-2", shop.li, shop.tea, 3000);      // the biggest spender of the year
    addSale(*db, "SO-3", shop.wangCopy, shop.tea, 500); // the smallest; not picked
    REQUIRE(db->setSetting(message_settings::shopName, QStringLiteral("清风茶庄")).ok());
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    MailCatcher mail;

    const Holiday midAutumn{dayNumber({2024, 9, 17}), QStringLiteral("mid_autumn"),
                            QStringLiteral("Mid-Autumn Festival"), true};
    auto* greet = new GreetDialog(window.app(), midAutumn, &window);
    greet->setAttribute(Qt::WA_DeleteOnClose);
    greet->open();
    REQUIRE(QTest::qWaitFor([&] { return !greet->isLoading(); }, 5000));
    REQUIRE(greet->model()->rowCount() == 3);
    CHECK(greet->view()->selectionModel()->selectedRows().size() == 3);
    // Keep 李华 and 王小明, the first two; drop the copy.
    greet->view()->selectionModel()->select(
        greet->model()->index(2, 0), QItemSelectionModel::Deselect | QItemSelectionModel::Rows);
    greet->writeButton()->click();

    SendMessagesDialog* sender = openSender(&window);
    REQUIRE(sender->queue().size() == 2);
    CHECK(sender->current() == 0);
    CHECK(sender->toLabel()->text() == QStringLiteral("李华 <li@example.com>"));
    CHECK(sender->languageCombo()->currentData().toString() == QStringLiteral("zh"));
    REQUIRE(sender->mailButton()->isEnabled());
    QTest::keyClick(sender->focusWidget(), Qt::Key_Return, Qt::ControlModifier); // Open in Mail

    REQUIRE(mail.urls.size() == 1);
    CHECK(mail.urls[0].path() == QStringLiteral("li@example.com"));
    CHECK(queryValue(mail.urls[0], "subject") == QStringLiteral("中秋快乐，李华女士"));
    CHECK(queryValue(mail.urls[0], "body") ==
          QStringLiteral("尊敬的李华女士：\r\n\r\n月圆人团圆。祝您中秋快乐，阖家幸福！\r\n\r\n"
                         "清风茶庄"));
    CHECK(sender->current() == 1); // on to the next one
    CHECK(sender->recipientList()->item(0)->text() == QStringLiteral("李华 (opened in mail)"));

    sender->mailButton()->click();
    REQUIRE(mail.urls.size() == 2);
    CHECK(mail.urls[1].path() == QStringLiteral("wang@example.cn"));
    CHECK(queryValue(mail.urls[1], "subject") == QStringLiteral("中秋快乐，王小明先生"));
    CHECK(queryValue(mail.urls[1], "body") ==
          QStringLiteral("尊敬的王小明先生：\r\n\r\n月圆人团圆。祝您中秋快乐，阖家幸福！\r\n\r\n"
                         "李娜\r\n清风茶庄"));

    const std::vector<LoggedMessage> logged = loggedMessages(window.database());
    REQUIRE(logged.size() == 2);
    CHECK(logged[0].customer == shop.li);
    CHECK(logged[0].subject == QStringLiteral("中秋快乐，李华女士"));
    CHECK(logged[0].outcome == QStringLiteral("Opened in the mail program"));
    CHECK(logged[1].customer == shop.wang);
    CHECK(countRows(window.database(),
                    "SELECT count(*) FROM visit WHERE kind = 'message' AND occurred_at = "
                    "'2024-06-15 12:00:00'") == 2);

    window.app().undoStack()->undo();
    CHECK(loggedMessages(window.database()).size() == 1);
    window.app().undoStack()->redo();
    CHECK(loggedMessages(window.database()).size() == 2);
}

TEST_CASE("a campaign's members are written to by copying; one without email cannot be mailed",
          "[gui][messages]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db); // no emails; 王小明 138-0013-8000, 李华 139 1234 5678
    Campaign c;
    c.code = QStringLiteral("NY");
    c.name = QStringLiteral("新春");
    const Id campaign = *CampaignRepository(*db).create(c);
    REQUIRE(CampaignRepository(*db).addMembers(campaign, {shop.wang, shop.li}).ok());
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* page = window.page<CampaignsPage>();
    window.showPage(page);
    waitUntilLoaded(page->model());
    waitUntilLoaded(page->membersModel());
    REQUIRE(page->membersModel()->rowCount() == 2);
    auto* write = window.findChild<QAction*>(QStringLiteral("writeToMembers"));
    REQUIRE(write);
    REQUIRE(write->isEnabled());
    write->trigger(); // no member selected: all of them

    SendMessagesDialog* sender = openSender(page);
    REQUIRE(sender->queue().size() == 2);
    CHECK(sender->queue()[0].facts.name == QStringLiteral("李华")); // by name, as listed
    REQUIRE(sender->occasionCombo()->isVisible());
    sender->occasionCombo()->setCurrentIndex(
        sender->occasionCombo()->findData(QStringLiteral("spring_festival")));
    emit sender->occasionCombo()->activated(sender->occasionCombo()->currentIndex());
    CHECK(sender->subjectEdit()->text() == QStringLiteral("新春快乐，李华"));
    CHECK_FALSE(sender->mailButton()->isEnabled());
    CHECK(sender->toLabel()->text().contains(QStringLiteral("no email address")));

    const QString liBody = QStringLiteral("尊敬的李华：\n\n值此新春佳节，祝您和家人新年快乐，身体"
                                          "健康，万事如意！感谢您过去一年的支持与厚爱。");
    CHECK(sender->bodyEdit()->toPlainText() == liBody);
    CHECK(sender->noteLabel()->text().contains(QStringLiteral("{title}")));
    QTest::keyClick(sender->focusWidget(), Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier); // Copy Text
    CHECK(QGuiApplication::clipboard()->text() == liBody);
    REQUIRE(sender->current() == 1);

    // An edit made before sending is what goes.
    sender->bodyEdit()->setPlainText(QStringLiteral("王先生，新春快乐！"));
    sender->copyAllButton()->click();
    CHECK(QGuiApplication::clipboard()->text() ==
          QStringLiteral("李华 · 139 1234 5678\n") + liBody +
              QStringLiteral("\n\n----------\n\n王小明 · 138-0013-8000\n王先生，新春快乐！"));

    const std::vector<LoggedMessage> logged = loggedMessages(window.database());
    REQUIRE(logged.size() == 2); // 李华's once, though Copy All copied it again
    CHECK(logged[0].outcome == QStringLiteral("Copied for a messaging app"));
    CHECK(countRows(window.database(),
                    "SELECT count(*) FROM campaign_member WHERE contacted_at IS NOT NULL") == 2);
    window.app().undoStack()->undo(); // the batch: 王小明's message and contact
    CHECK(loggedMessages(window.database()).size() == 1);
    CHECK(countRows(window.database(),
                    "SELECT count(*) FROM campaign_member WHERE contacted_at IS NOT NULL") == 1);
}

TEST_CASE("the template editor flags an unknown placeholder, previews a customer and saves "
          "undoably",
          "[gui][messages]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Shop shop = makeShop(*db); // 王小明's last purchase: Green tea
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.action(QStringLiteral("messageTemplates"))->trigger();
    auto* editor = openDialog<TemplatesDialog>(&window);
    REQUIRE(editor);
    REQUIRE(editor->list()->count() == 14);
    editor->preview()->setCustomer(shop.wang);
    REQUIRE(editor->select(QStringLiteral("revisit"), QStringLiteral("zh")));
    CHECK(editor->preview()->text()->toPlainText().startsWith(
        QStringLiteral("Subject: Green tea用得还好吗？\n\n尊敬的王小明：")));

    REQUIRE(editor->select(QStringLiteral("birthday"), QStringLiteral("en")));
    editor->bodyEdit()->setPlainText(QStringLiteral("Dear {name},\nHappy birthday from {nmae}!"));
    CHECK(editor->bodyProblems()->isVisible());
    CHECK(editor->bodyProblems()->text() ==
          QStringLiteral("unknown placeholder {nmae} at line 2, column 21"));
    CHECK_FALSE(editor->subjectProblems()->isVisible());
    CHECK(editor->preview()->text()->toPlainText() ==
          QStringLiteral("Subject: Happy birthday, 王小明!\n\nDear 王小明,\nHappy birthday from "
                         "{nmae}!"));
    editor->accept();
    CHECK(editor->isVisible()); // refused
    CHECK(editor->saveError()->text().contains(QStringLiteral("{nmae}")));

    editor->bodyEdit()->selectAll();
    editor->bodyEdit()->setFocus();
    typeText(editor->bodyEdit(), QStringLiteral("Dear {name}, happy birthday from "));
    editor->insertPlaceholder(QStringLiteral("shop"));
    CHECK_FALSE(editor->bodyProblems()->isVisible());
    QTest::keyClick(editor->shopEdit(), Qt::Key_End);
    typeText(editor->shopEdit(), QStringLiteral("清风茶庄"));
    CHECK(editor->preview()->text()->toPlainText().endsWith(
        QStringLiteral("Dear 王小明, happy birthday from 清风茶庄")));
    editor->accept();
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<TemplatesDialog*>() == nullptr; }, 2000));

    const auto bodyOf = [&] {
        sql::Statement q = window.database().prepare(
            "SELECT body FROM message_template WHERE occasion = 'birthday' AND language = 'en'");
        q.step();
        return q.text(0);
    };
    CHECK(bodyOf() == QStringLiteral("Dear {name}, happy birthday from {shop}"));
    CHECK(window.database().setting(message_settings::shopName) == QStringLiteral("清风茶庄"));
    window.app().undoStack()->undo();
    CHECK(bodyOf().startsWith(QStringLiteral("Dear {title} {name},\n\nHappy birthday!")));
}

TEST_CASE("Today's birthdays and overdue payments open the sender with their occasion",
          "[gui][messages]") {
    TempDir dir;
    auto db = createDatabase(dir);          // today is 2024-06-15
    addBirthdayAndDebt(*db, makeShop(*db)); // 李华's birthday on Monday; 王小明 owes 19.00
    MainWindow window(std::move(db));
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* today = window.page<TodayPage>();
    window.showPage(today);
    waitUntilLoaded(today);

    auto* greet = today->findChild<QPushButton*>(QStringLiteral("greetBirthdays"));
    REQUIRE(greet);
    REQUIRE(greet->isEnabled());
    today->birthdays()->view()->selectRow(0);
    greet->click();
    SendMessagesDialog* birthday = openSender(today);
    REQUIRE(birthday->queue().size() == 1);
    CHECK(birthday->queue()[0].occasion == QStringLiteral("birthday"));
    CHECK(birthday->subjectEdit()->text() == QStringLiteral("祝李华生日快乐"));
    CHECK_FALSE(birthday->occasionCombo()->isVisible());
    birthday->reject();
    REQUIRE(QTest::qWaitFor([&] { return today->findChild<SendMessagesDialog*>() == nullptr; }));

    today->payments()->view()->selectRow(0);
    today->findChild<QPushButton*>(QStringLiteral("remindPayments"))->click();
    SendMessagesDialog* reminder = openSender(today);
    REQUIRE(reminder->queue().size() == 1);
    CHECK(reminder->subjectEdit()->text() == QStringLiteral("付款提醒：¥19.00"));
    CHECK(reminder->bodyEdit()->toPlainText().contains(
        QStringLiteral("您有一笔¥19.00的款项已于2024年6月1日到期")));
}

#include "messages_test.moc"
