#include "../core/domain_fixture.h"
#include "../core/qt_catch_strings.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

// 王小明 (先生, salesperson 李娜, wang@example.cn) bought tea for 128.00 on 1 May, 28.00 still
// unpaid since it fell due on 1 June.
QString makeShopFile(const TempDir& dir) {
    auto db = createDatabase(dir);
    Customer c;
    c.ref = QStringLiteral("C1");
    c.name = QStringLiteral("王小明");
    c.title = QStringLiteral("先生");
    c.salesperson = QStringLiteral("李娜");
    c.emails = QStringLiteral("wang@example.cn");
    const Id wang = *CustomerRepository(*db).create(c);
    Order o = makeOrder(QStringLiteral("SO-1"), wang, QStringLiteral("2024-05-01 10:00:00"),
                        {line(addProduct(*db, QStringLiteral("LJ"), 12800, 6000), 1, 12800)});
    o.dueDate = QStringLiteral("2024-06-01");
    o.paidAmount = 10000;
    addOrder(*db, o);
    return db->path();
}

CliResult templates(const QString& db, QStringList args) {
    args.prepend(QStringLiteral("templates"));
    args << QStringLiteral("--db") << db;
    return runCli(args);
}

} // namespace

TEST_CASE("clientele-cli templates lists the shipped templates and writes one for a customer",
          "[cli][messages]") {
    TempDir dir;
    const QString db = makeShopFile(dir);
    const CliResult listed = templates(db, {QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 14);
    CHECK(lines[0] == QStringLiteral("birthday\tzh\t祝{name}{title}生日快乐"));
    CHECK(lines[13] ==
          QStringLiteral(
              "payment_reminder\ten\tPayment reminder: {amount_due} due since {due_date}"));

    const CliResult reminder =
        templates(db, {QStringLiteral("render"), QStringLiteral("payment_reminder"),
                       QStringLiteral("--customer"), QStringLiteral("C1"),
                       QStringLiteral("--as-of"), QStringLiteral("2024-06-15")});
    REQUIRE(reminder.exitCode == 0);
    CHECK(reminder.out ==
          QStringLiteral("To: wang@example.cn\nSubject: 付款提醒：¥28.00\n\n尊敬的王小明先生：\n\n"
                         "您好！您有一笔¥28.00的款项已于2024年6月1日到期，烦请尽快安排支付。如已"
                         "付款，请忽略本消息。谢谢！\n\n李娜\n"));
    CHECK(reminder.err == QStringLiteral("clientele-cli: templates: nothing to fill in for C1: "
                                         "{shop}\n"));

    const CliResult english = templates(
        db, {QStringLiteral("render"), QStringLiteral("holiday"), QStringLiteral("--customer"),
             QStringLiteral("C1"), QStringLiteral("--lang"), QStringLiteral("en"),
             QStringLiteral("--holiday"), QStringLiteral("national_day")});
    REQUIRE(english.exitCode == 0);
    CHECK(english.out.section(u'\n', 1, 4) ==
          QStringLiteral("Subject: Best wishes for National Day, 王小明\n\nDear Mr 王小明,\n"));

    CHECK(templates(db, {QStringLiteral("render"), QStringLiteral("birthday"),
                         QStringLiteral("--customer"), QStringLiteral("C9")})
              .exitCode == 1);
    CHECK(templates(db, {QStringLiteral("render"), QStringLiteral("wedding"),
                         QStringLiteral("--customer"), QStringLiteral("C1")})
              .exitCode == 2);
}

TEST_CASE("clientele-cli templates set refuses an unknown placeholder by name and keeps the old "
          "text",
          "[cli][messages]") {
    TempDir dir;
    const QString db = makeShopFile(dir);
    const QString before = templates(db, {QStringLiteral("show"), QStringLiteral("revisit"),
                                          QStringLiteral("--lang"), QStringLiteral("en")})
                               .out;
    REQUIRE(before.startsWith(QStringLiteral("# revisit en\nSubject: How are you getting on")));
    const QString body = dir.path(QStringLiteral("body.txt"));
    writeFile(body, QByteArray("Dear {name},\nhow is the {last_prodcut}?\n"));
    const CliResult refused =
        templates(db, {QStringLiteral("set"), QStringLiteral("revisit"), QStringLiteral("--lang"),
                       QStringLiteral("en"), QStringLiteral("--body-file"), body});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err == QStringLiteral("clientele-cli: templates: message template revisit (en): "
                                        "body: unknown placeholder {last_prodcut} at line 2, "
                                        "column 12\n"));
    CHECK(templates(db, {QStringLiteral("show"), QStringLiteral("revisit"),
                         QStringLiteral("--lang"), QStringLiteral("en")})
              .out == before);

    writeFile(body, QByteArray("Dear {name},\nhow is the {last_product}?\n"));
    REQUIRE(
        templates(db, {QStringLiteral("set"), QStringLiteral("revisit"), QStringLiteral("--lang"),
                       QStringLiteral("en"), QStringLiteral("--subject"),
                       QStringLiteral("Your {last_product}"), QStringLiteral("--body-file"), body})
            .exitCode == 0);
    CHECK(templates(db, {QStringLiteral("show"), QStringLiteral("revisit"),
                         QStringLiteral("--lang"), QStringLiteral("en")})
              .out == QStringLiteral("# revisit en\nSubject: Your {last_product}\n\nDear {name},\n"
                                     "how is the {last_product}?\n"));
}
