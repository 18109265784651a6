#include "tab_fillers.h"

#include "customers/customer_labels.h"
#include "domain/competitor_repository.h"
#include "domain/customer.h"
#include "domain/customer_note_repository.h"
#include "domain/order.h"
#include "domain/order_repository.h"
#include "domain/preference_repository.h"
#include "domain/task_repository.h"
#include "orders/order_labels.h"
#include "shell/app_context.h"
#include "storage/database.h"
#include "tasks/task_labels.h"

#include <QCoreApplication>
#include <QLabel>
#include <QStandardItemModel>

namespace clientele {

namespace {

struct CustomerTabs {
    Q_DECLARE_TR_FUNCTIONS(CustomerTabs)
};

QString sentimentLabel(const QString& s) {
    if (s == QLatin1String("like"))
        return CustomerTabs::tr("Likes");
    if (s == QLatin1String("dislike"))
        return CustomerTabs::tr("Dislikes");
    return CustomerTabs::tr("Neutral");
}

} // namespace

void fillOrganisation(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note) {
    const Database& db = app.database();
    // A company lists its people; a person lists the people of their company.
    sql::Statement owner = db.prepare(
        "SELECT CASE WHEN kind = 'company' THEN id ELSE company_id END FROM customer WHERE id = ?");
    owner.bind(1, customer);
    if (!owner.step() || owner.isNull(0)) {
        note.setText(
            CustomerTabs::tr("This person is not recorded at a company. Set their company ref to "
                             "see who decides, influences, uses and gatekeeps there."));
        return;
    }
    const Id company = owner.int64(0);
    model.setHorizontalHeaderLabels({CustomerTabs::tr("Name"), CustomerTabs::tr("Job role"),
                                     CustomerTabs::tr("In decisions"), CustomerTabs::tr("Phones"),
                                     CustomerTabs::tr("Ref")});
    sql::Statement q = db.prepare(
        "SELECT id, name, role, decision_role, phones, ref FROM customer WHERE company_id = ? "
        "ORDER BY CASE decision_role WHEN 'decision_maker' THEN 0 WHEN 'influencer' THEN 1 "
        "WHEN 'user' THEN 2 WHEN 'gatekeeper' THEN 3 ELSE 4 END, name_key");
    q.bind(1, company);
    QStringList byRole[4];
    while (q.step()) {
        const QString role = q.text(3);
        model.appendRow({textItem(q.text(1), q.int64(0)), textItem(q.text(2)),
                         textItem(decisionRoleLabel(role)),
                         textItem(q.text(4).replace(u';', QStringLiteral(", "))),
                         textItem(q.text(5))});
        const int at = static_cast<int>(customer_values::decisionRoles.indexOf(role)) - 1;
        if (at >= 0 && at < 4)
            byRole[at] << q.text(1);
    }
    const QString none = CustomerTabs::tr("nobody recorded");
    const auto names = [&](int i) {
        return byRole[i].isEmpty() ? none : byRole[i].join(QStringLiteral(", "));
    };
    note.setText(CustomerTabs::tr("Decides: %1.  Influences: %2.  Uses: %3.  Gatekeeps: %4.")
                     .arg(names(0), names(1), names(2), names(3)));
}

void fillOrders(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note) {
    auto orders = OrderRepository(app.database()).listForCustomer(customer);
    if (!orders) {
        note.setText(orders.error().message);
        return;
    }
    model.setHorizontalHeaderLabels({CustomerTabs::tr("Number"), CustomerTabs::tr("Date"),
                                     CustomerTabs::tr("Status"), CustomerTabs::tr("Lines"),
                                     CustomerTabs::tr("Revenue"), CustomerTabs::tr("Paid"),
                                     CustomerTabs::tr("Outstanding")});
    for (const OrderListRow& o : *orders)
        model.appendRow({textItem(o.number, o.id), textItem(app.date(o.orderedAt)),
                         textItem(orderStatusLabel(o.status)),
                         numberItem(QString::number(o.lineCount)), numberItem(app.money(o.revenue)),
                         numberItem(app.money(o.paidAmount)),
                         numberItem(app.money(o.outstanding))});
    if (orders->empty())
        note.setText(CustomerTabs::tr("No orders yet."));
}

void fillProductsBought(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note) {
    sql::Statement q = app.database().prepare(
        QStringLiteral("SELECT p.sku, p.name, sum(l.quantity), "
                       "sum(l.quantity * l.unit_price - l.discount), count(DISTINCT o.id), "
                       "max(o.ordered_at) FROM orders o JOIN order_line l ON l.order_id = o.id "
                       "JOIN product p ON p.id = l.product_id "
                       "WHERE o.customer_id = ? AND o.status IN (%1) "
                       "GROUP BY p.id ORDER BY 4 DESC")
            .arg(order_values::countedStatusesSql()));
    q.bind(1, customer);
    model.setHorizontalHeaderLabels({CustomerTabs::tr("SKU"), CustomerTabs::tr("Product"),
                                     CustomerTabs::tr("Quantity"), CustomerTabs::tr("Revenue"),
                                     CustomerTabs::tr("Orders"), CustomerTabs::tr("Last bought")});
    const QLocale l = app.locale();
    while (q.step())
        model.appendRow({textItem(q.text(0)), textItem(q.text(1)),
                         numberItem(l.toString(q.int64(2))), numberItem(app.money(q.int64(3))),
                         numberItem(l.toString(q.int64(4))), textItem(app.date(q.text(5)))});
    if (model.rowCount() == 0)
        note.setText(
            CustomerTabs::tr("Nothing bought yet (confirmed, delivered and paid orders count)."));
}

void fillPreferences(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note) {
    auto prefs = PreferenceRepository(app.database()).listForCustomer(customer);
    model.setHorizontalHeaderLabels({CustomerTabs::tr("Category"),
                                     CustomerTabs::tr("Likes or dislikes"),
                                     CustomerTabs::tr("What"), CustomerTabs::tr("Notes")});
    if (prefs)
        for (const Preference& p : *prefs)
            model.appendRow({textItem(p.category, p.id), textItem(sentimentLabel(p.sentiment)),
                             textItem(p.value), textItem(p.notes)});
    if (model.rowCount() == 0)
        note.setText(CustomerTabs::tr("No likes or dislikes recorded."));
}

void fillGoalsAndNeeds(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note) {
    auto notes = CustomerNoteRepository(app.database()).listForCustomer(customer);
    model.setHorizontalHeaderLabels(
        {CustomerTabs::tr("Kind"), CustomerTabs::tr("Text"), CustomerTabs::tr("Written")});
    if (notes)
        for (const CustomerNote& n : *notes)
            model.appendRow({textItem(n.kind == QLatin1String("goal") ? CustomerTabs::tr("Goal")
                                                                      : CustomerTabs::tr("Need"),
                                      n.id),
                             textItem(n.text), textItem(app.date(n.createdAt))});
    if (model.rowCount() == 0)
        note.setText(CustomerTabs::tr("No goals or needs recorded."));
}

void fillCompetitors(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note) {
    auto found = CompetitorRepository(app.database()).listForCustomer(customer);
    model.setHorizontalHeaderLabels({CustomerTabs::tr("Competitor"), CustomerTabs::tr("Product"),
                                     CustomerTabs::tr("Estimated share"),
                                     CustomerTabs::tr("Notes")});
    if (found)
        for (const CompetitorPresence& c : *found)
            model.appendRow(
                {textItem(c.competitor, c.id), textItem(c.product),
                 numberItem(c.estimatedShare
                                ? app.locale().toString(*c.estimatedShare * 100.0, 'f', 0) + u'%'
                                : QString()),
                 textItem(c.notes)});
    if (model.rowCount() == 0)
        note.setText(CustomerTabs::tr("No competitors' products recorded."));
}

void fillTasks(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note) {
    auto tasks = TaskRepository(app.database()).listForCustomer(customer);
    model.setHorizontalHeaderLabels({CustomerTabs::tr("Due"), CustomerTabs::tr("Task"),
                                     CustomerTabs::tr("Kind"), CustomerTabs::tr("Done")});
    if (tasks)
        for (const TaskRow& t : *tasks)
            model.appendRow(
                {textItem(app.date(t.task.dueOn), t.task.id), textItem(t.task.title),
                 textItem(taskKindLabel(t.task.kind)),
                 textItem(t.task.doneAt.isEmpty() ? QString() : app.date(t.task.doneAt))});
    if (model.rowCount() == 0)
        note.setText(CustomerTabs::tr("No tasks."));
}

void fillCostToServe(AppContext& app, Id customer, QStandardItemModel& model, QLabel& note) {
    // The rows profitability's cost to serve adds up (analysis/facts.h, ServiceCostFacts).
    sql::Statement q = app.database().prepare(
        "SELECT day, what, detail, amount, notes FROM ("
        "SELECT substr(occurred_at, 1, 10) AS day, 'visit' AS what, subject AS detail, "
        "cost AS amount, notes, id FROM visit WHERE customer_id = ?1 AND cost > 0 "
        "UNION ALL SELECT substr(coalesce(done_at, due_on), 1, 10), 'task', title, cost, notes, "
        "id FROM task WHERE customer_id = ?1 AND cost > 0 "
        "UNION ALL SELECT spent_on, 'expense', category, amount, notes, id FROM expense "
        "WHERE customer_id = ?1) ORDER BY day DESC, id DESC");
    q.bind(1, customer);
    model.setHorizontalHeaderLabels({CustomerTabs::tr("Date"), CustomerTabs::tr("Spent on"),
                                     CustomerTabs::tr("Amount"), CustomerTabs::tr("Notes")});
    Money total = 0;
    while (q.step()) {
        const QString what = q.text(1);
        const QString kind = what == QLatin1String("visit")  ? CustomerTabs::tr("Visit")
                             : what == QLatin1String("task") ? CustomerTabs::tr("Task")
                                                             : CustomerTabs::tr("Expense");
        const QString detail = q.text(2);
        total += q.int64(3);
        model.appendRow(
            {textItem(app.date(q.text(0))),
             textItem(detail.isEmpty() ? kind : CustomerTabs::tr("%1: %2").arg(kind, detail)),
             numberItem(app.money(q.int64(3))), textItem(q.text(4))});
    }
    note.setText(
        model.rowCount() == 0
            ? CustomerTabs::tr(
                  "Nothing spent on this customer yet. Visit and task costs and expenses "
                  "(Record Expense) show here and count against the customer's profit.")
            : CustomerTabs::tr("%1 spent serving this customer in all.").arg(app.money(total)));
}

} // namespace clientele
