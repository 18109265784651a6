#include "ticket_list_model.h"

#include "common/dates.h"
#include "shell/app_context.h"
#include "ticket_labels.h"

#include <QBrush>
#include <QColor>

namespace clientele {

TicketListModel::TicketListModel(AppContext& app, QObject* parent)
    : PagedTableModel(app, countTickets, listTickets, parent) {}

int TicketListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString TicketListModel::age(const Ticket& t) const {
    if (ticket_values::isFinished(t.status))
        return t.resolvedAt.isEmpty() ? QString() : app().date(t.resolvedAt.left(10));
    return ticketAgeLabel(app().today() - dayOfStoredDate(t.openedAt));
}

QVariant TicketListModel::display(const TicketRow& r, int column) const {
    const Ticket& t = r.ticket;
    switch (column) {
    case Opened:
        return app().date(t.openedAt.left(10));
    case Customer:
        return r.customerName;
    case Subject:
        return t.subject;
    case Category:
        return t.category;
    case Severity:
        return ticketSeverityLabel(t.severity);
    case Status:
        return ticketStatusLabel(t.status);
    case Order:
        return r.orderNumber;
    case Age:
        return age(t);
    case Satisfaction:
        return t.satisfaction ? QVariant(*t.satisfaction) : QVariant();
    default:
        return {};
    }
}

QVariant TicketListModel::foreground(const TicketRow& r, int column) const {
    if (column != Severity || ticket_values::isFinished(r.ticket.status))
        return {};
    if (r.ticket.severity == QLatin1String("critical"))
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (r.ticket.severity == QLatin1String("high"))
        return QBrush(QColor(0xc2, 0x5e, 0x00));
    return {};
}

QVariant TicketListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const TicketRow& r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, index.column());
    case Qt::ForegroundRole:
        return foreground(r, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Age || index.column() == Satisfaction
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case IdRole:
        return r.ticket.id;
    case CustomerIdRole:
        return r.ticket.customerId;
    default:
        return {};
    }
}

QVariant TicketListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return section == Age || section == Satisfaction
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Opened:
        return tr("Opened");
    case Customer:
        return tr("Customer");
    case Subject:
        return tr("Subject");
    case Category:
        return tr("Category");
    case Severity:
        return tr("Severity");
    case Status:
        return tr("Status");
    case Order:
        return tr("Order");
    case Age:
        return tr("Age / Resolved");
    case Satisfaction:
        return tr("Rating");
    default:
        return {};
    }
}

} // namespace clientele
