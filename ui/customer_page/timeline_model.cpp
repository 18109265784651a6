#include "timeline_model.h"

#include "domain/order_repository.h"
#include "domain/task_repository.h"
#include "domain/ticket_repository.h"
#include "domain/visit_repository.h"
#include "orders/order_labels.h"
#include "shell/app_context.h"
#include "tickets/ticket_labels.h"
#include "visits/visit_labels.h"

#include <algorithm>

namespace clientele {

namespace {

void addVisits(std::vector<TimelineEntry>& out, Database& db, Id customer, const AppContext& app) {
    auto visits = VisitRepository(db).listForCustomer(customer);
    if (!visits)
        return;
    for (const VisitRow& r : *visits) {
        QStringList detail;
        if (!r.contactName.isEmpty())
            detail << r.contactName;
        if (!r.visit.outcome.isEmpty())
            detail << r.visit.outcome;
        if (r.visit.quotedPrice)
            detail << TimelineModel::tr("quoted %1 for %2")
                          .arg(app.money(*r.visit.quotedPrice), r.quotedProductName);
        const QString title = r.visit.subject.isEmpty() ? r.visit.notes.left(80) : r.visit.subject;
        out.push_back({TimelineEntry::Kind::Visit, r.visit.id, r.visit.occurredAt,
                       QStringLiteral("%1: %2").arg(visitKindLabel(r.visit.kind), title),
                       detail.join(QStringLiteral("; "))});
    }
}

void addOrders(std::vector<TimelineEntry>& out, Database& db, Id customer, const AppContext& app) {
    auto orders = OrderRepository(db).listForCustomer(customer);
    if (!orders)
        return;
    for (const OrderListRow& o : *orders)
        out.push_back(
            {TimelineEntry::Kind::Order, o.id, o.orderedAt,
             TimelineModel::tr("Order %1 (%2)").arg(o.number, orderStatusLabel(o.status)),
             TimelineModel::tr("%1, %n line(s)", nullptr, o.lineCount).arg(app.money(o.revenue))});
}

void addTickets(std::vector<TimelineEntry>& out, Database& db, Id customer) {
    auto tickets = TicketRepository(db).listForCustomer(customer);
    if (!tickets)
        return;
    for (const TicketRow& t : *tickets)
        out.push_back({TimelineEntry::Kind::Ticket, t.ticket.id, t.ticket.openedAt,
                       t.ticket.subject,
                       QStringLiteral("%1, %2").arg(ticketStatusLabel(t.ticket.status),
                                                    ticketSeverityLabel(t.ticket.severity))});
}

void addTasks(std::vector<TimelineEntry>& out, Database& db, Id customer) {
    auto tasks = TaskRepository(db).listForCustomer(customer);
    if (!tasks)
        return;
    for (const TaskRow& t : *tasks)
        out.push_back({TimelineEntry::Kind::Task, t.task.id, t.task.dueOn, t.task.title,
                       t.task.doneAt.isEmpty()
                           ? TimelineModel::tr("due")
                           : TimelineModel::tr("done %1").arg(t.task.doneAt.left(10))});
}

} // namespace

TimelineModel::TimelineModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

void TimelineModel::load(Id customerId) {
    Database& db = m_app.database();
    m_all.clear();
    addVisits(m_all, db, customerId, m_app);
    addOrders(m_all, db, customerId, m_app);
    addTickets(m_all, db, customerId);
    addTasks(m_all, db, customerId);
    std::stable_sort(m_all.begin(), m_all.end(),
                     [](const TimelineEntry& a, const TimelineEntry& b) { return a.at > b.at; });
    applyFilter();
}

void TimelineModel::setKinds(const QSet<TimelineEntry::Kind>& kinds) {
    m_kinds = kinds;
    applyFilter();
}

void TimelineModel::applyFilter() {
    beginResetModel();
    m_shown.clear();
    for (const TimelineEntry& e : m_all)
        if (m_kinds.isEmpty() || m_kinds.contains(e.kind))
            m_shown.push_back(e);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::kindLabel(TimelineEntry::Kind kind) {
    switch (kind) {
    case TimelineEntry::Kind::Visit:
        return tr("Visit");
    case TimelineEntry::Kind::Order:
        return tr("Order");
    case TimelineEntry::Kind::Ticket:
        return tr("Ticket");
    case TimelineEntry::Kind::Task:
        return tr("Task");
    }
    return {};
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TimelineEntry& e = m_shown[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return e.id;
    if (role == KindRole)
        return static_cast<int>(e.kind);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case When:
        return e.at.size() > 10 ? m_app.dateTime(e.at) : m_app.date(e.at);
    case Kind:
        return kindLabel(e.kind);
    case What:
        return e.title;
    case Details:
        return e.detail;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("When");
    case Kind:
        return tr("Kind");
    case What:
        return tr("What");
    case Details:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace clientele
