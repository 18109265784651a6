#include "csv_import_support.h"
#include "domain_fixture.h"
#include "messages/message_template_repository.h"
#include "messages/message_template_validation.h"
#include "messages/template_text.h"
#include "qt_catch_strings.h"
#include "storage/sqlite.h"

using namespace clientele;
using namespace clientele::test;

TEST_CASE("an unknown placeholder is named with its column, or its line and column", "[messages]") {
    CHECK(templateProblems(u"Dear {nmae},", QStringLiteral("birthday")) ==
          QStringList{QStringLiteral("unknown placeholder {nmae} at column 6")});
    CHECK(templateProblems(u"祝{姓名}快乐", QStringLiteral("birthday")) ==
          QStringList{QStringLiteral("unknown placeholder {姓名} at column 2")});
    CHECK(templateProblems(u"Hello {name},\n\nYou owe {amount}.", QStringLiteral("birthday")) ==
          QStringList{QStringLiteral("unknown placeholder {amount} at line 3, column 9")});
}

TEST_CASE("a placeholder of another occasion, and a brace that opens none, are refused",
          "[messages]") {
    CHECK(templateProblems(u"Hi {name}\n{amount_due} is due", QStringLiteral("birthday")) ==
          QStringList{QStringLiteral(
              "placeholder {amount_due} at line 2, column 1 is not available for this occasion")});
    CHECK(templateProblems(u"{amount_due} due since {due_date}", QStringLiteral("payment_reminder"))
              .isEmpty());
    CHECK(templateProblems(u"{holiday}快乐", QStringLiteral("revisit")).size() == 1);
    CHECK(templateProblems(u"{holiday}快乐", QStringLiteral("mid_autumn")).isEmpty());
    CHECK(templateProblems(u"10% off {today only", QStringLiteral("revisit")) ==
          QStringList{QStringLiteral("{ at column 9 opens no placeholder (write {{ for a brace)")});
    CHECK(templateProblems(u"{{name}} stays as written }", QStringLiteral("revisit")).isEmpty());
}

TEST_CASE("filling a template drops the space after an empty value and the blank ends",
          "[messages]") {
    const QHash<QString, QString> values = {{QStringLiteral("title"), QString()},
                                            {QStringLiteral("name"), QStringLiteral("Li Hua")},
                                            {QStringLiteral("shop"), QString()}};
    QStringList empty;
    CHECK(fillTemplate(u"Dear {title} {name},\n\nRegards,\n{shop}\n", values, &empty) ==
          QStringLiteral("Dear Li Hua,\n\nRegards,"));
    CHECK(empty == QStringList{QStringLiteral("title"), QStringLiteral("shop")});
    // A line that held only empty placeholders goes; one with text of its own stays.
    CHECK(fillTemplate(u"Hi {name}\n{title}\n{shop} {title}\n(shop: {shop})\nBye", values) ==
          QStringLiteral("Hi Li Hua\n(shop: )\nBye"));
    CHECK(fillTemplate(u"{{name}} is {name}; {nmae}", values) ==
          QStringLiteral("{name} is Li Hua; {nmae}"));
}

TEST_CASE("every shipped template is valid for its occasion, in Chinese and English",
          "[messages]") {
    TempDir dir;
    auto db = createDatabase(dir);
    auto all = MessageTemplateRepository(*db).list();
    REQUIRE(all.ok());
    REQUIRE(all->size() == 14);
    CHECK(all->front().occasion == QStringLiteral("birthday"));
    CHECK(all->front().language == QStringLiteral("zh"));
    CHECK(all->back().occasion == QStringLiteral("payment_reminder"));
    CHECK(all->back().language == QStringLiteral("en"));
    for (const MessageTemplate& t : *all) {
        INFO(t.occasion.toStdString() << ' ' << t.language.toStdString());
        CHECK(validateMessageTemplate(t).empty());
        CHECK_FALSE(t.subject.isEmpty());
    }
}

TEST_CASE("saving a template with an unknown placeholder is refused and changes nothing",
          "[messages]") {
    TempDir dir;
    auto db = createDatabase(dir);
    MessageTemplateRepository templates(*db);
    MessageTemplate t = *templates.get(QStringLiteral("birthday"), QStringLiteral("en"));
    const QString before = t.body;
    t.subject = QStringLiteral("Many happy returns, {name}");
    t.body = QStringLiteral("Dear {nmae},\nAll the best from {shop}.");
    const Status refused = templates.update(t);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Invalid);
    CHECK(refused.error().message ==
          QStringLiteral("message template birthday (en): body: unknown placeholder {nmae} at "
                         "line 1, column 6"));
    CHECK(templates.get(QStringLiteral("birthday"), QStringLiteral("en"))->body == before);

    t.body = QStringLiteral("Dear {name},\nAll the best from {shop}.");
    REQUIRE(templates.update(t).ok());
    const MessageTemplate saved = *templates.get(QStringLiteral("birthday"), QStringLiteral("en"));
    CHECK(saved.subject == QStringLiteral("Many happy returns, {name}"));
    CHECK(saved.body == QStringLiteral("Dear {name},\nAll the best from {shop}."));
    CHECK(saved.updatedAt == QStringLiteral("2024-06-15 12:00:00"));

    t.body.clear();
    CHECK(message(templates.update(t)) ==
          "message template birthday (en): body: a value is required");
}

TEST_CASE("a message logged as a visit travels through the visits CSV like any other kind",
          "[messages]") {
    TempDir dir;
    auto db = createDatabase(dir);
    addCustomer(*db, QStringLiteral("C-1"));
    const QByteArray file = "customer_ref,occurred_at,kind,subject,outcome\n"
                            "C-1,2024-06-15 12:00:00,message,中秋快乐,Copied for a messaging app\n";
    REQUIRE(importBytes(*db, QStringLiteral("visits"), file).ok());
    CHECK(sql::queryInt(db->handle(), "SELECT count(*) FROM visit WHERE kind = 'message'") == 1);
    CHECK(exportBytes(*db, QStringLiteral("visits"))
              .contains("C-1,2024-06-15 12:00:00,message,,中秋快乐"));
}
