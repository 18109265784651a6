#include "agenda/holidays.h"
#include "cli_context.h"
#include "commands.h"
#include "domain/customer_repository.h"
#include "messages/message_composer.h"
#include "messages/message_facts.h"
#include "messages/message_language.h"
#include "messages/message_template_repository.h"
#include "messages/occasion_holidays.h"

#include <QFile>

#include <cstdio>

namespace clientele::cli {

namespace {

struct Options {
    QCommandLineOption lang{QStringLiteral("lang"),
                            QStringLiteral("The template's language: zh or en (render: default "
                                           "zh for a Chinese name, else the system's)."),
                            QStringLiteral("LANG")};
    QCommandLineOption customer{QStringLiteral("customer"),
                                QStringLiteral("(render) The customer written to, by ref."),
                                QStringLiteral("REF")};
    QCommandLineOption holiday{QStringLiteral("holiday"),
                               QStringLiteral("(render) The holiday greeted, e.g. national_day "
                                              "(default: the next one of the occasion)."),
                               QStringLiteral("KEY")};
    QCommandLineOption asOf{QStringLiteral("as-of"),
                            QStringLiteral("(render) The day written on, for what is overdue and "
                                           "the next holiday (default today)."),
                            QStringLiteral("DATE")};
    QCommandLineOption subject{QStringLiteral("subject"), QStringLiteral("(set) The new subject."),
                               QStringLiteral("TEXT")};
    QCommandLineOption bodyFile{QStringLiteral("body-file"),
                                QStringLiteral("(set) Read the new body from FILE (- for "
                                               "standard input)."),
                                QStringLiteral("FILE")};
};

void printTemplate(Context& ctx, const MessageTemplate& t) {
    ctx.out() << "# " << t.occasion << ' ' << t.language << "\nSubject: " << t.subject << "\n\n"
              << t.body << '\n';
}

int list(Context& ctx, Database& db) {
    auto templates = MessageTemplateRepository(db).list();
    if (!templates)
        return ctx.fail(templates.error());
    for (const MessageTemplate& t : *templates)
        ctx.out() << t.occasion << '\t' << t.language << '\t' << t.subject << '\n';
    return Done;
}

int show(Context& ctx, Database& db, const QString& occasion, const QString& lang) {
    auto templates = MessageTemplateRepository(db).list();
    if (!templates)
        return ctx.fail(templates.error());
    bool first = true;
    for (const MessageTemplate& t : *templates) {
        if (t.occasion != occasion || (!lang.isEmpty() && t.language != lang))
            continue;
        if (!std::exchange(first, false))
            ctx.out() << '\n';
        printTemplate(ctx, t);
    }
    return Done;
}

int render(Context& ctx, const QCommandLineParser& parser, const Options& o, Database& db,
           const QString& occasion) {
    if (!parser.isSet(o.customer))
        return ctx.usage(QStringLiteral("templates render needs --customer REF"));
    DayNumber today = Clock::system().today();
    if (parser.isSet(o.asOf)) {
        auto day = parseIsoDate(parser.value(o.asOf));
        if (!day)
            return ctx.usage(QStringLiteral("--as-of: %1").arg(day.error().message));
        today = *day;
    }
    MessageContext context = readMessageContext(db);
    context.holidayKey = holidayKeyFor(occasion, today, db.settings().locale);
    if (parser.isSet(o.holiday)) {
        context.holidayKey = parser.value(o.holiday);
        if (holidayNameIn(context.holidayKey, message_values::english).isEmpty())
            return ctx.usage(QStringLiteral("unknown holiday \"%1\"").arg(context.holidayKey));
    }
    const QString ref = parser.value(o.customer);
    const std::optional<Id> id = CustomerRepository(db).idForRef(ref);
    if (!id)
        return ctx.fail(Error::notFound(QStringLiteral("no customer with ref %1").arg(ref)));
    auto facts = readMessageFacts(db, *id, today);
    auto templates = MessageTemplateRepository(db).list();
    if (!facts || !templates)
        return ctx.fail(facts ? templates.error() : facts.error());
    const QString lang = parser.isSet(o.lang)
                             ? parser.value(o.lang)
                             : defaultMessageLanguage(facts->name, QLocale::system());
    const RenderedMessage m = composeMessage(*templates, *facts, occasion, lang, context);
    if (!facts->email.isEmpty())
        ctx.out() << "To: " << facts->email << '\n';
    ctx.out() << "Subject: " << m.subject << "\n\n" << m.body << '\n';
    if (!m.empty.isEmpty())
        ctx.err() << "clientele-cli: templates: nothing to fill in for " << ref << ": {"
                  << m.empty.join(QStringLiteral("}, {")) << "}\n";
    return Done;
}

Result<QString> readBody(const QString& path) {
    QFile file(path);
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : file.open(QIODevice::ReadOnly);
    if (!opened)
        return Error::io(QStringLiteral("%1: %2").arg(path, file.errorString()));
    QString body = QString::fromUtf8(file.readAll());
    while (body.endsWith(u'\n') || body.endsWith(u'\r'))
        body.chop(1);
    return body;
}

int set(Context& ctx, const QCommandLineParser& parser, const Options& o, Database& db,
        const QString& occasion, const QString& lang) {
    if (lang.isEmpty() || (!parser.isSet(o.subject) && !parser.isSet(o.bodyFile)))
        return ctx.usage(QStringLiteral("templates set needs --lang and --subject or --body-file"));
    MessageTemplateRepository repository(db);
    auto t = repository.get(occasion, lang);
    if (!t)
        return ctx.fail(t.error());
    if (parser.isSet(o.subject))
        t->subject = parser.value(o.subject);
    if (parser.isSet(o.bodyFile)) {
        auto body = readBody(parser.value(o.bodyFile));
        if (!body)
            return ctx.fail(body.error());
        t->body = *body;
    }
    if (Status s = repository.update(*t); !s)
        return ctx.fail(s.error());
    ctx.out() << "saved the " << occasion << " template in " << lang << '\n';
    return Done;
}

} // namespace

int runTemplates(Context& ctx) {
    QCommandLineParser parser;
    const Options o;
    parser.addOptions({o.lang, o.customer, o.holiday, o.asOf, o.subject, o.bodyFile});
    if (auto stop = ctx.parse(parser, QStringLiteral("list | show OCCASION | render OCCASION | "
                                                     "set OCCASION")))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1) {
        auto db = ctx.openDatabase(parser, OpenMode::ReadOnly);
        return db ? list(ctx, *db) : exitCodeFor(ctx.lastError());
    }
    if (args.size() != 2 ||
        !QStringList{QStringLiteral("show"), QStringLiteral("render"), QStringLiteral("set")}
             .contains(action))
        return ctx.usage(QStringLiteral("use: templates list, or templates show|render|set "
                                        "OCCASION"));
    const QString occasion = args[1];
    if (!message_values::occasions.contains(occasion))
        return ctx.usage(QStringLiteral("unknown occasion \"%1\" (%2)")
                             .arg(occasion, message_values::occasions.join(QStringLiteral(", "))));
    const QString lang = parser.value(o.lang);
    if (!lang.isEmpty() && !message_values::languages.contains(lang))
        return ctx.usage(QStringLiteral("--lang must be zh or en"));
    auto db = ctx.openDatabase(parser, action == QLatin1String("set") ? OpenMode::ReadWrite
                                                                      : OpenMode::ReadOnly);
    if (!db)
        return exitCodeFor(ctx.lastError());
    if (action == QLatin1String("show"))
        return show(ctx, *db, occasion, lang);
    if (action == QLatin1String("render"))
        return render(ctx, parser, o, *db, occasion);
    return set(ctx, parser, o, *db, occasion, lang);
}

} // namespace clientele::cli
