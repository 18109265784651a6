#include "order_list_model.h"

#include "common/dates.h"
#include "order_labels.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "storage/database.h"

#include <QColor>

#include <iterator>

namespace clientele {

namespace {
constexpr int kPageSize = 200;

bool isMoney(int column) {
    return column == OrderListModel::Total || column == OrderListModel::Profit ||
           column == OrderListModel::Paid;
}
} // namespace

OrderListModel::OrderListModel(AppContext& app, QObject* parent, Load load)
    : QAbstractTableModel(parent)
    , m_app(app)
    , m_repository(app.database()) {
    if (load == Load::Now)
        reload();
}

void OrderListModel::setFilter(const OrderFilter& filter) {
    m_filter = filter;
    reload();
}

OrderListModel::FirstPage OrderListModel::readFirstPage(const OrderRepository& repository,
                                                        const OrderFilter& filter, OrderSort sort,
                                                        bool ascending) {
    FirstPage page;
    auto total = repository.count(filter);
    auto rows = repository.list(filter, sort, ascending, 0, kPageSize);
    if (!total || !rows) {
        page.error = !total ? total.error().message : rows.error().message;
        return page;
    }
    page.total = *total;
    page.rows = std::move(*rows);
    return page;
}

void OrderListModel::reload() {
    m_loaded = true;
    const quint64 generation = ++m_generation;
    if (!m_background) {
        m_appliedGeneration = generation;
        apply(readFirstPage(m_repository, m_filter, m_sort, m_ascending));
        return;
    }
    runInBackground<FirstPage>(
        m_app.database(), this,
        [filter = m_filter, sort = m_sort, ascending = m_ascending](Database& db) {
            return readFirstPage(OrderRepository(db), filter, sort, ascending);
        },
        [this, generation](std::optional<FirstPage> page) {
            if (generation != m_generation)
                return; // a newer filter or sort was asked meanwhile
            m_appliedGeneration = generation;
            apply(page ? std::move(*page) : FirstPage{0, tr("The orders could not be read."), {}});
        });
}

void OrderListModel::apply(FirstPage page) {
    m_fetching = true; // listeners of modelReset must not fetch before the reset is over
    beginResetModel();
    m_total = page.total;
    m_rows = std::move(page.rows);
    endResetModel();
    m_fetching = false;
    if (!page.error.isEmpty())
        emit loadFailed(page.error);
}

const OrderListRow* OrderListModel::rowAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size())
               ? &m_rows[static_cast<std::size_t>(row)]
               : nullptr;
}

Id OrderListModel::idAt(int row) const {
    const OrderListRow* r = rowAt(row);
    return r ? r->id : 0;
}

int OrderListModel::rowOf(Id id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int OrderListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int OrderListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrderListModel::data(const QModelIndex& index, int role) const {
    const OrderListRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case IdRole:
        return r->id;
    case SortRole:
        return sortValue(*r, index.column());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(*r, index.column());
    case Qt::TextAlignmentRole:
        if (isMoney(index.column()) || index.column() == Lines)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        // An order owing money past its due date stands out in the Paid and Due columns.
        if ((index.column() == Paid || index.column() == DueDate) && isOverdue(*r))
            return QColor(0xc6, 0x28, 0x28);
        return {};
    default:
        return {};
    }
}

bool OrderListModel::isOverdue(const OrderListRow& r) const {
    return r.outstanding > 0 && !r.dueDate.isEmpty() && r.dueDate < formatIsoDate(m_app.today());
}

QVariant OrderListModel::display(const OrderListRow& r, int column) const {
    switch (column) {
    case Number:
        return r.number;
    case Date:
        return m_app.date(r.orderedAt.left(10));
    case Customer:
        return r.customerName;
    case Status:
        return orderStatusLabel(r.status);
    case Lines:
        return m_app.locale().toString(r.lineCount);
    case Total:
        return m_app.money(r.revenue);
    case Profit:
        return m_app.money(r.revenue - r.cost);
    case Paid:
        return m_app.money(r.paidAmount);
    case DueDate:
        return m_app.date(r.dueDate);
    case Channel:
        return r.channel;
    case Salesperson:
        return r.salesperson;
    default:
        return {};
    }
}

QVariant OrderListModel::sortValue(const OrderListRow& r, int column) {
    switch (column) {
    case Number:
        return r.number;
    case Date:
        return r.orderedAt;
    case Customer:
        return r.customerName;
    case Status:
        return r.status;
    case Lines:
        return r.lineCount;
    case Total:
        return qint64{r.revenue};
    case Profit:
        return qint64{r.revenue - r.cost};
    case Paid:
        return qint64{r.paidAmount};
    case DueDate:
        return r.dueDate;
    case Channel:
        return r.channel;
    case Salesperson:
        return r.salesperson;
    default:
        return {};
    }
}

QString OrderListModel::columnTitle(int column) {
    switch (column) {
    case Number:
        return tr("Number");
    case Date:
        return tr("Date");
    case Customer:
        return tr("Customer");
    case Status:
        return tr("Status");
    case Lines:
        return tr("Lines");
    case Total:
        return tr("Total");
    case Profit:
        return tr("Profit");
    case Paid:
        return tr("Paid");
    case DueDate:
        return tr("Due");
    case Channel:
        return tr("Channel");
    case Salesperson:
        return tr("Salesperson");
    default:
        return {};
    }
}

QVariant OrderListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::TextAlignmentRole && (isMoney(section) || section == Lines))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool OrderListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_fetching && !isLoading() &&
           static_cast<int>(m_rows.size()) < m_total;
}

void OrderListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_fetching)
        return;
    const int offset = static_cast<int>(m_rows.size());
    auto more = m_repository.list(m_filter, m_sort, m_ascending, offset, kPageSize);
    if (!more) {
        m_total = offset;
        emit loadFailed(more.error().message);
        return;
    }
    if (more->empty()) {
        m_total = offset; // the table shrank under us; stop asking
        return;
    }
    m_fetching = true;
    beginInsertRows({}, offset, offset + static_cast<int>(more->size()) - 1);
    std::move(more->begin(), more->end(), std::back_inserter(m_rows));
    endInsertRows();
    m_fetching = false;
}

void OrderListModel::sort(int column, Qt::SortOrder order) {
    static const OrderSort byColumn[] = {
        OrderSort::Number,  OrderSort::Date,    OrderSort::Customer,   OrderSort::Status,
        OrderSort::Lines,   OrderSort::Revenue, OrderSort::Profit,     OrderSort::Paid,
        OrderSort::DueDate, OrderSort::Channel, OrderSort::Salesperson};
    static_assert(std::size(byColumn) == ColumnCount);
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_ascending = order == Qt::AscendingOrder;
    if (m_loaded) // a view sets its sort when built; the page reads when first shown
        reload();
}

} // namespace clientele
