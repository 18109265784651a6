#include "demo_context.h"
#include "storage/database.h"

#include <algorithm>

namespace clientele::demo {

namespace {

QString pickOf(Random& r, const QStringList& list) {
    return list[r.between(0, static_cast<int>(list.size()) - 1)];
}

struct Writers {
    sql::Statement visit, task, preference, competitor, note, ticket, expense;
    explicit Writers(Database& db)
        : visit(db.prepare(
              "INSERT INTO visit (id, customer_id, occurred_at, kind, contact_id, subject, notes, "
              "outcome, "
              "quoted_product_id, quoted_price, follow_up_on, cost, created_at, updated_at) "
              "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"))
        , task(db.prepare("INSERT INTO task (id, title, due_on, customer_id, kind, recurrence, "
                          "done_at, visit_id, cost, "
                          "notes, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,0,'',?,?)"))
        , preference(db.prepare("INSERT OR IGNORE INTO preference (id, customer_id, category, "
                                "value, sentiment, notes, "
                                "created_at, updated_at) VALUES (?,?,?,?,?,'',?,?)"))
        , competitor(db.prepare(
              "INSERT OR IGNORE INTO competitor_presence (id, customer_id, competitor, product, "
              "estimated_share, notes, created_at, updated_at) VALUES (?,?,?,?,?,'',?,?)"))
        , note(db.prepare(
              "INSERT INTO customer_note (id, customer_id, kind, text, created_at, updated_at) "
              "VALUES (?,?,?,?,?,?)"))
        , ticket(db.prepare(
              "INSERT INTO ticket (id, customer_id, opened_at, subject, order_id, category, "
              "severity, "
              "status, resolution, resolved_at, satisfaction, notes, created_at, updated_at) "
              "VALUES (?,?,?,?,?,?,?,?,?,?,?,'',?,?)"))
        , expense(db.prepare("INSERT INTO expense (id, customer_id, spent_on, amount, category, "
                             "notes, created_at, "
                             "updated_at) VALUES (?,?,?,?,?,?,?,?)")) {}
};

void visitsFor(DemoContext& ctx, Writers& w, const DemoCustomer& c) {
    Random& r = ctx.random;
    static const QStringList kinds = {QStringLiteral("visit"), QStringLiteral("call"),
                                      QStringLiteral("call"),  QStringLiteral("message"),
                                      QStringLiteral("email"), QStringLiteral("meeting")};
    const int count = r.poisson(c.company ? 4.0 : c.buyer ? 1.4 : 0.8);
    const auto& catalog = Words::get().catalog;
    for (int k = 0; k < count; ++k) {
        const DayNumber day = std::min(
            ctx.end, c.created + static_cast<int>(r.uniform() * (ctx.end - c.created + 1)));
        const Id id = ctx.nextId();
        const QString kind = pickOf(r, kinds);
        const QString when = ctx.timestamp(day);
        w.visit.bind(1, id).bind(2, c.id).bind(3, when).bind(4, kind);
        if (!c.contacts.empty())
            w.visit.bind(5, c.contacts[static_cast<std::size_t>(
                                r.between(0, static_cast<int>(c.contacts.size()) - 1))]);
        else
            w.visit.bindNull(5);
        w.visit.bind(6, pickOf(r, values::visitSubjects))
            .bind(7, QString())
            .bind(8, pickOf(r, values::visitOutcomes));
        if (r.chance(0.3)) {
            const int p = r.between(0, static_cast<int>(catalog.size()) - 1);
            w.visit.bind(9, ctx.productIds[static_cast<std::size_t>(p)]);
            w.visit.bind(10, catalog[static_cast<std::size_t>(p)].price * r.between(85, 100) / 100 /
                                 100 * 100);
        } else {
            w.visit.bindNull(9).bindNull(10);
        }
        const bool followUp = r.chance(0.3);
        const DayNumber due = day + r.between(3, 21);
        w.visit.bindTextOrNull(11, followUp ? formatIsoDate(due) : QString());
        w.visit.bind(12, kind == QLatin1String("visit") ? Money(r.between(0, 8) * 1000) : Money(0));
        w.visit.bind(13, when).bind(14, when).exec();
        w.visit.reset();
        ++ctx.summary.visits;
        if (!followUp)
            continue;
        // The follow-up became a task; older ones are mostly done, recent ones are still open.
        const bool done = due < ctx.end - 2 && r.chance(0.9);
        w.task.bind(1, ctx.nextId())
            .bind(2, QStringLiteral("Follow up: %1").arg(c.ref))
            .bind(3, formatIsoDate(due));
        w.task.bind(4, c.id).bind(5, QStringLiteral("follow_up")).bind(6, QString());
        w.task.bindTextOrNull(7, done ? ctx.timestamp(std::min(ctx.end, due + r.between(-2, 2)))
                                      : QString());
        w.task.bind(8, id).bind(9, when).bind(10, when).exec();
        w.task.reset();
        ++ctx.summary.tasks;
    }
}

void profileExtras(DemoContext& ctx, Writers& w, const DemoCustomer& c) {
    Random& r = ctx.random;
    const QString when = ctx.timestamp(c.created);
    const int prefs = c.company ? 0 : r.between(0, 3);
    for (int k = 0; k < prefs; ++k) {
        const auto& choice = values::preferences[static_cast<std::size_t>(
            r.between(0, static_cast<int>(values::preferences.size()) - 1))];
        static const QStringList sentiments = {QStringLiteral("like"), QStringLiteral("like"),
                                               QStringLiteral("dislike"),
                                               QStringLiteral("neutral")};
        w.preference.bind(1, ctx.nextId())
            .bind(2, c.id)
            .bind(3, choice.category)
            .bind(4, pickOf(r, choice.values));
        w.preference.bind(5, choice.category == QLatin1String("contact") ? QStringLiteral("like")
                                                                         : pickOf(r, sentiments));
        w.preference.bind(6, when).bind(7, when).exec();
        w.preference.reset();
    }
    if (r.chance(c.company ? 0.5 : 0.08)) {
        w.competitor.bind(1, ctx.nextId()).bind(2, c.id).bind(3, pickOf(r, values::competitors));
        w.competitor.bind(4, r.chance(0.5) ? QStringLiteral("礼盒") : QStringLiteral("日常口粮茶"));
        w.competitor.bind(5, r.between(1, 9) / 10.0).bind(6, when).bind(7, when).exec();
        w.competitor.reset();
    }
    if (r.chance(c.company ? 0.8 : 0.1)) {
        const bool goal = r.chance(0.5);
        w.note.bind(1, ctx.nextId())
            .bind(2, c.id)
            .bind(3, goal ? QStringLiteral("goal") : QStringLiteral("need"));
        w.note.bind(4, pickOf(r, goal ? values::goals : values::needs))
            .bind(5, when)
            .bind(6, when)
            .exec();
        w.note.reset();
    }
    if (c.buyer && r.chance(c.company ? 0.3 : 0.03)) {
        const DayNumber day = std::min(ctx.end, c.acquired + r.between(0, 300));
        w.expense.bind(1, ctx.nextId())
            .bind(2, c.id)
            .bind(3, formatIsoDate(day))
            .bind(4, Money(r.between(5, 60) * 1000));
        w.expense.bind(5, c.company ? QStringLiteral("gifts") : QStringLiteral("samples"));
        w.expense.bind(6, c.company ? QStringLiteral("节日拜访礼品") : QStringLiteral("新茶试饮装"))
            .bind(7, ctx.timestamp(day));
        w.expense.bind(8, ctx.timestamp(day)).exec();
        w.expense.reset();
    }
}

void tickets(DemoContext& ctx, Writers& w) {
    Random& r = ctx.random;
    sql::Statement sample =
        ctx.db.prepare("SELECT id, customer_id, ordered_at FROM orders WHERE status <> 'quote' "
                       "AND (abs(id) % 60) = ?");
    sample.bind(1, r.between(0, 59));
    static const QStringList severities = {QStringLiteral("low"), QStringLiteral("normal"),
                                           QStringLiteral("normal"), QStringLiteral("high"),
                                           QStringLiteral("critical")};
    while (sample.step()) {
        const DayNumber day = std::min(ctx.end, dayOfStoredDate(sample.text(2)) + r.between(1, 10));
        const int age = ctx.end - day;
        const QString status =
            age < 7    ? QStringLiteral("open")
            : age < 20 ? QStringLiteral("in_progress")
                       : (r.chance(0.7) ? QStringLiteral("closed") : QStringLiteral("resolved"));
        const bool resolved =
            status == QLatin1String("closed") || status == QLatin1String("resolved");
        const QString opened = ctx.timestamp(day);
        w.ticket.bind(1, ctx.nextId())
            .bind(2, sample.int64(1))
            .bind(3, opened)
            .bind(4, pickOf(r, values::ticketSubjects));
        w.ticket.bind(5, sample.int64(0))
            .bind(6, pickOf(r, values::ticketCategories))
            .bind(7, pickOf(r, severities));
        w.ticket.bind(8, status).bind(9,
                                      resolved ? QStringLiteral("已补发 / replaced") : QString());
        w.ticket.bindTextOrNull(
            10, resolved ? ctx.timestamp(std::min(ctx.end, day + r.between(1, 12))) : QString());
        if (resolved && r.chance(0.7))
            w.ticket.bind(11, r.between(2, 5));
        else
            w.ticket.bindNull(11);
        w.ticket.bind(12, opened).bind(13, opened).exec();
        w.ticket.reset();
        ++ctx.summary.tickets;
    }
}

// Tiers the shop assigned by spend (top 10% A, next 25% B, other buyers C), yearly birthday
// greetings for a few good customers, and reminders for overdue invoices.
void tiersAndReminders(DemoContext& ctx, Writers& w) {
    std::vector<int> buyers;
    for (int i = 0; i < static_cast<int>(ctx.customers.size()); ++i)
        if (ctx.customers[static_cast<std::size_t>(i)].orders > 0)
            buyers.push_back(i);
    std::sort(buyers.begin(), buyers.end(), [&](int a, int b) {
        return ctx.customers[static_cast<std::size_t>(a)].spend >
               ctx.customers[static_cast<std::size_t>(b)].spend;
    });
    sql::Statement tier = ctx.db.prepare("UPDATE customer SET tier = ? WHERE id = ?");
    for (std::size_t k = 0; k < buyers.size(); ++k) {
        const DemoCustomer& c = ctx.customers[static_cast<std::size_t>(buyers[k])];
        const QString t = k < buyers.size() / 10         ? QStringLiteral("A")
                          : k < buyers.size() * 35 / 100 ? QStringLiteral("B")
                                                         : QStringLiteral("C");
        tier.bind(1, t).bind(2, c.id).exec();
        tier.reset();
        if (t == QLatin1String("A") && ctx.random.chance(0.3)) {
            const QString when = ctx.timestamp(ctx.end - 30);
            w.task.bind(1, ctx.nextId())
                .bind(2, QStringLiteral("Birthday greeting: %1").arg(c.ref));
            w.task.bind(3, formatIsoDate(ctx.end + ctx.random.between(1, 300)))
                .bind(4, c.id)
                .bind(5, QStringLiteral("birthday"));
            w.task.bind(6, QStringLiteral("every 1 years"))
                .bindNull(7)
                .bindNull(8)
                .bind(9, when)
                .bind(10, when)
                .exec();
            w.task.reset();
            ++ctx.summary.tasks;
        }
    }
    sql::Statement overdue = ctx.db.prepare(
        "SELECT o.id, o.number, o.customer_id, o.due_date FROM orders o WHERE o.due_date < ? "
        "AND o.status IN ('confirmed','delivered') ORDER BY o.due_date");
    overdue.bind(1, formatIsoDate(ctx.end));
    while (overdue.step()) {
        const QString when = ctx.timestamp(dayOfStoredDate(overdue.text(3)));
        w.task.bind(1, ctx.nextId())
            .bind(2, QStringLiteral("Payment due: %1").arg(overdue.text(1)));
        w.task.bind(3, overdue.text(3))
            .bind(4, overdue.int64(2))
            .bind(5, QStringLiteral("payment"))
            .bind(6, QString());
        w.task.bindNull(7).bindNull(8).bind(9, when).bind(10, when).exec();
        w.task.reset();
        ++ctx.summary.tasks;
    }
}

} // namespace

Status generateActivity(DemoContext& ctx) {
    Writers w(ctx.db);
    const qint64 total = static_cast<qint64>(ctx.customers.size());
    for (qint64 i = 0; i < total; ++i) {
        const DemoCustomer& c = ctx.customers[static_cast<std::size_t>(i)];
        visitsFor(ctx, w, c);
        profileExtras(ctx, w, c);
        if (i % 5000 == 0 && !reportProgress(ctx.progress, total * 2 + i, total * 3))
            return Error::cancelled();
    }
    tickets(ctx, w);
    tiersAndReminders(ctx, w);
    reportProgress(ctx.progress, total * 3, total * 3);
    return {};
}

} // namespace clientele::demo
