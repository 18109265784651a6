#include "ticket_list_model.h"

#include "common/dates.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "ticket_labels.h"

#include <QBrush>
#include <QColor>

namespace clientele {

namespace {
constexpr int kPageSize = 200;
} // namespace

TicketListModel::TicketListModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

void TicketListModel::setFilter(const TicketFilter& filter) {
    m_filter = filter;
    reload();
}

void TicketListModel::reload() {
    const quint64 generation = ++m_generation;
    runInBackground<FirstPage>(
        m_app.database(), this,
        [filter = m_filter](Database& db) {
            FirstPage page;
            page.total = countTickets(db, filter).valueOr(0);
            page.rows = listTickets(db, filter, 0, kPageSize).valueOr({});
            return page;
        },
        [this, generation](std::optional<FirstPage> page) {
            if (generation != m_generation)
                return; // a newer filter was asked meanwhile
            m_applied = generation;
            apply(page ? std::move(*page) : FirstPage{});
        });
}

void TicketListModel::apply(FirstPage page) {
    m_fetching = true; // listeners of modelReset must not fetch before the reset is over
    beginResetModel();
    m_total = page.total;
    m_rows = std::move(page.rows);
    endResetModel();
    m_fetching = false;
}

int TicketListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TicketListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool TicketListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_fetching && static_cast<int>(m_rows.size()) < m_total;
}

void TicketListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    auto more = listTickets(m_app.database(), m_filter, static_cast<int>(m_rows.size()), kPageSize);
    if (more && !more->empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
        std::move(more->begin(), more->end(), std::back_inserter(m_rows));
        endInsertRows();
    } else {
        m_total = static_cast<int>(m_rows.size()); // the table shrank meanwhile
    }
    m_fetching = false;
}

// Unfinished: how long it has been waiting; finished: when it was resolved.
QString TicketListModel::age(const Ticket& t) const {
    if (ticket_values::isFinished(t.status))
        return t.resolvedAt.isEmpty() ? QString() : m_app.date(t.resolvedAt.left(10));
    return ticketAgeLabel(m_app.today() - dayOfStoredDate(t.openedAt));
}

QVariant TicketListModel::display(const TicketRow& r, int column) const {
    const Ticket& t = r.ticket;
    switch (column) {
    case Opened:
        return m_app.date(t.openedAt.left(10));
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
    const TicketRow& r = m_rows[static_cast<std::size_t>(index.row())];
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
