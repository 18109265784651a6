#include "domain_fixture.h"
#include "messages/mailto.h"
#include "messages/message_composer.h"
#include "messages/message_facts.h"
#include "messages/message_language.h"
#include "messages/message_render.h"
#include "messages/message_template_repository.h"
#include "messages/occasion_holidays.h"
#include "qt_catch_strings.h"

#include <QUrlQuery>

using namespace clientele;
using namespace clientele::test;

namespace {

// 王小明 (先生, salesperson 李娜) bought Longjing on 1 March (128.00, 100.00 paid, due 1 April)
// and jasmine tea and a teapot on 10 May (2 x 45.00 + 88.00 = 178.00, 20.00 paid, due 1 June);
// a teapot on 20 April is due only on 20 June, and a newer quote does not count. On 15 June he
// owes 28.00 + 158.00 = 186.00, since 1 April. Emily Carter (ms) has no orders and no email.
struct Fixture {
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir);
    Id wang = 0;
    Id emily = 0;
    MessageContext context;

    Fixture() {
        Customer w;
        w.ref = QStringLiteral("C1");
        w.name = QStringLiteral("王小明");
        w.title = QStringLiteral("先生");
        w.salesperson = QStringLiteral("李娜");
        w.emails = QStringLiteral("wang@example.cn;wx@example.cn");
        w.phones = QStringLiteral("138 0013 8000");
        wang = *CustomerRepository(*db).create(w);
        Customer e;
        e.ref = QStringLiteral("C2");
        e.name = QStringLiteral("Emily Carter");
        e.title = QStringLiteral("ms");
        emily = *CustomerRepository(*db).create(e);
        const Id longjing = addProduct(*db, QStringLiteral("LJ"), 12800, 6000);
        const Id jasmine = addProduct(*db, QStringLiteral("JS"), 4500, 2000);
        const Id teapot = addProduct(*db, QStringLiteral("TP"), 8800, 4000);
        rename(longjing, QStringLiteral("龙井茶"));
        rename(jasmine, QStringLiteral("茉莉花茶"));
        rename(teapot, QStringLiteral("紫砂壶"));
        Order first = makeOrder(QStringLiteral("SO-1"), wang, QStringLiteral("2024-03-01 10:00:00"),
                                {line(longjing, 1, 12800)});
        first.dueDate = QStringLiteral("2024-04-01");
        first.paidAmount = 10000;
        addOrder(*db, first);
        Order later = makeOrder(QStringLiteral("SO-2"), wang, QStringLiteral("2024-05-10 10:00:00"),
                                {line(jasmine, 2, 4500), line(teapot, 1, 8800)});
        later.dueDate = QStringLiteral("2024-06-01");
        later.paidAmount = 2000;
        addOrder(*db, later);
        Order notYet = makeOrder(QStringLiteral("SO-3"), wang,
                                 QStringLiteral("2024-04-20 10:00:00"), {line(teapot, 1, 8800)});
        notYet.dueDate = QStringLiteral("2024-06-20");
        addOrder(*db, notYet);
        addOrder(*db, makeOrder(QStringLiteral("Q-1"), wang, QStringLiteral("2024-06-12 10:00:00"),
                                {line(longjing, 1, 12800)}, QStringLiteral("quote")));
        REQUIRE(db->setSetting(message_settings::shopName, QStringLiteral("清风茶庄")).ok());
        context = readMessageContext(*db);
    }

    void rename(Id product, const QString& name) {
        Product p = *ProductRepository(*db).get(product);
        p.name = name;
        REQUIRE(ProductRepository(*db).update(p).ok());
    }

    RenderedMessage render(Id customer, const QString& occasion, const QString& language) {
        auto facts = readMessageFacts(*db, customer, dayNumber({2024, 6, 15}));
        REQUIRE(facts.ok());
        auto templates = MessageTemplateRepository(*db).list();
        REQUIRE(templates.ok());
        return composeMessage(*templates, *facts, occasion, language, context);
    }
};

} // namespace

TEST_CASE("a customer's facts: first email, newest counted order's first product, what is overdue",
          "[messages]") {
    Fixture f;
    auto facts = readMessageFacts(*f.db, f.wang, dayNumber({2024, 6, 15}));
    REQUIRE(facts.ok());
    CHECK(facts->email == QStringLiteral("wang@example.cn"));
    CHECK(facts->phone == QStringLiteral("138 0013 8000"));
    CHECK(facts->lastProduct == QStringLiteral("茉莉花茶"));
    CHECK(facts->amountDue == 18600);
    CHECK(facts->dueSince == QStringLiteral("2024-04-01"));
    // On 1 April nothing was overdue yet (due before today, not on it).
    CHECK(readMessageFacts(*f.db, f.wang, dayNumber({2024, 4, 1}))->amountDue == 0);
    auto emily = readMessageFacts(*f.db, f.emily, dayNumber({2024, 6, 15}));
    CHECK(emily->email.isEmpty());
    CHECK(emily->lastProduct.isEmpty());
    CHECK(emily->amountDue == 0);
    CHECK(readMessageFacts(*f.db, 12345, 0).error().kind == Error::Kind::NotFound);
}

TEST_CASE("the shipped templates render in Chinese", "[messages]") {
    Fixture f;
    const RenderedMessage birthday =
        f.render(f.wang, QStringLiteral("birthday"), QStringLiteral("zh"));
    CHECK(birthday.subject == QStringLiteral("祝王小明先生生日快乐"));
    CHECK(birthday.body == QStringLiteral("尊敬的王小明先生：\n\n"
                                          "祝您生日快乐，身体健康，万事如意！感谢您一直以来对我们"
                                          "的信任与支持。\n\n李娜\n清风茶庄"));
    CHECK(birthday.empty.isEmpty());

    const RenderedMessage revisit =
        f.render(f.wang, QStringLiteral("revisit"), QStringLiteral("zh"));
    CHECK(revisit.subject == QStringLiteral("茉莉花茶用得还好吗？"));
    CHECK(revisit.body.section(u'\n', 2, 2) ==
          QStringLiteral("您好！您上次选购的茉莉花茶用得还满意吗？如有任何问题或新的需要，欢迎随时"
                         "联系我。"));

    const RenderedMessage reminder =
        f.render(f.wang, QStringLiteral("payment_reminder"), QStringLiteral("zh"));
    CHECK(reminder.subject == QStringLiteral("付款提醒：¥186.00"));
    CHECK(reminder.body == QStringLiteral("尊敬的王小明先生：\n\n"
                                          "您好！您有一笔¥186.00的款项已于2024年4月1日到期，烦请"
                                          "尽快安排支付。如已付款，请忽略本消息。谢谢！\n\n"
                                          "李娜\n清风茶庄"));

    // Ms becomes 女士; without a salesperson and a shop name the signature lines go.
    f.context.shop.clear();
    const RenderedMessage moon =
        f.render(f.emily, QStringLiteral("mid_autumn"), QStringLiteral("zh"));
    CHECK(moon.subject == QStringLiteral("中秋快乐，Emily Carter女士"));
    CHECK(moon.body ==
          QStringLiteral("尊敬的Emily Carter女士：\n\n月圆人团圆。祝您中秋快乐，阖家幸福！"));
    CHECK(moon.empty == QStringList{QStringLiteral("salesperson"), QStringLiteral("shop")});

    f.context.holidayKey = QStringLiteral("national_day");
    CHECK(f.render(f.wang, QStringLiteral("holiday"), QStringLiteral("zh")).subject ==
          QStringLiteral("国庆节快乐，王小明先生"));
}

TEST_CASE("the shipped templates render in English", "[messages]") {
    Fixture f;
    const RenderedMessage reminder =
        f.render(f.wang, QStringLiteral("payment_reminder"), QStringLiteral("en"));
    CHECK(reminder.subject == QStringLiteral("Payment reminder: ¥186.00 due since 1 April 2024"));
    CHECK(reminder.body ==
          QStringLiteral("Dear Mr 王小明,\n\nThis is a friendly reminder that ¥186.00 has been due "
                         "since 1 April 2024. If you have already paid, please disregard this "
                         "message; otherwise we would be grateful if you could settle it soon.\n\n"
                         "Thank you,\n李娜\n清风茶庄"));

    f.context.shop.clear();
    f.context.holidayKey = QStringLiteral("christmas");
    const RenderedMessage christmas =
        f.render(f.emily, QStringLiteral("holiday"), QStringLiteral("en"));
    CHECK(christmas.subject == QStringLiteral("Best wishes for Christmas Day, Emily Carter"));
    CHECK(christmas.body ==
          QStringLiteral("Dear Ms Emily Carter,\n\nBest wishes for Christmas Day! Thank you for "
                         "being our customer; we wish you a wonderful holiday.\n\nBest wishes,"));

    // No title: "Dear {title} {name}," loses the space with it; so does the product never bought.
    Customer emily = *CustomerRepository(*f.db).get(f.emily);
    emily.title.clear();
    REQUIRE(CustomerRepository(*f.db).update(emily).ok());
    const RenderedMessage revisit =
        f.render(f.emily, QStringLiteral("revisit"), QStringLiteral("en"));
    CHECK(revisit.body.startsWith(QStringLiteral("Dear Emily Carter,\n\nHow are you getting on "
                                                 "with the you bought from us?")));
    CHECK(revisit.empty == QStringList{QStringLiteral("last_product"), QStringLiteral("title"),
                                       QStringLiteral("salesperson"), QStringLiteral("shop")});
}

TEST_CASE("a Chinese name is written to in Chinese, other names in the app's language",
          "[messages]") {
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    CHECK(defaultMessageLanguage(QStringLiteral("王小明"), english) == QStringLiteral("zh"));
    CHECK(defaultMessageLanguage(QStringLiteral("Emily Carter"), english) == QStringLiteral("en"));
    CHECK(defaultMessageLanguage(QStringLiteral("Wang Xiaoming"), english) == QStringLiteral("en"));
    CHECK(defaultMessageLanguage(QStringLiteral("Emily Carter"), chinese) == QStringLiteral("zh"));
    CHECK(titleIn(QStringLiteral("Mr."), QStringLiteral("zh")) == QStringLiteral("先生"));
    CHECK(titleIn(QStringLiteral("女士"), QStringLiteral("en")) == QStringLiteral("Ms"));
    CHECK(titleIn(QStringLiteral("总经理"), QStringLiteral("en")) == QStringLiteral("总经理"));
}

TEST_CASE("a holiday greeting without a holiday named greets the next one", "[messages]") {
    const DayNumber june15 = dayNumber({2024, 6, 15});
    CHECK(occasionForHoliday(QStringLiteral("mid_autumn")) == QStringLiteral("mid_autumn"));
    CHECK(occasionForHoliday(QStringLiteral("national_day")) == QStringLiteral("holiday"));
    // After the Dragon Boat Festival (10 June) comes Qixi (10 August 2024).
    CHECK(holidayKeyFor(QStringLiteral("holiday"), june15, QStringLiteral("zh_CN")) ==
          QStringLiteral("qixi"));
    CHECK(holidayKeyFor(QStringLiteral("holiday"), june15, QStringLiteral("en_US")) ==
          QStringLiteral("christmas"));
    CHECK(holidayKeyFor(QStringLiteral("spring_festival"), june15, QStringLiteral("en_US")) ==
          QStringLiteral("spring_festival"));
    CHECK(holidayKeyFor(QStringLiteral("birthday"), june15, QStringLiteral("zh_CN")).isEmpty());
}

TEST_CASE("a mailto link carries the subject and the body percent-encoded", "[messages]") {
    const QUrl url = mailtoUrl(QStringLiteral("li@example.com"), QStringLiteral("A & B = 中?"),
                               QStringLiteral("Line 1\nLine 2 +50%"));
    CHECK(url.isValid());
    CHECK(url.scheme() == QStringLiteral("mailto"));
    CHECK(url.path() == QStringLiteral("li@example.com"));
    CHECK(url.toEncoded() == QByteArray("mailto:li@example.com?subject=A%20%26%20B%20%3D%20%E4%B8%"
                                        "AD%3F&body=Line%201%0D%0ALine%202%20%2B50%25"));
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded) ==
          QStringLiteral("A & B = 中?"));
    CHECK(query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded) ==
          QStringLiteral("Line 1\r\nLine 2 +50%"));
}
