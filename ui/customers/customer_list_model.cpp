#include "customer_list_model.h"

#include "storage/database.h"

namespace clientele {

namespace {
constexpr int kPageSize = 200;
} // namespace

CustomerListModel::CustomerListModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_repository(db) {
    reload();
}

void CustomerListModel::setFilter(const CustomerFilter& filter) {
    m_filter = filter;
    reload();
}

void CustomerListModel::reload() {
    m_fetching = true; // listeners of modelReset must not fetch before the reset is over
    beginResetModel();
    auto total = m_repository.count(m_filter);
    m_total = total ? *total : 0;
    if (!total)
        emit loadFailed(total.error().message);
    m_rows = fetch(0, kPageSize);
    endResetModel();
    m_fetching = false;
}

std::vector<CustomerListRow> CustomerListModel::fetch(int offset, int limit) const {
    auto rows = m_repository.list(m_filter, m_sort, m_ascending, offset, limit);
    if (!rows) {
        emit const_cast<CustomerListModel*>(this)->loadFailed(rows.error().message);
        return {};
    }
    return std::move(*rows);
}

Id CustomerListModel::idAt(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size())
               ? m_rows[static_cast<std::size_t>(row)].id
               : 0;
}

int CustomerListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()))
        return {};
    const CustomerListRow& r = m_rows[static_cast<std::size_t>(index.row())];
    if (role == IdRole)
        return r.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Ref:
        return r.ref;
    case Name:
        return r.name;
    case Company:
        return r.company;
    case Phones:
        return QString(r.phones).replace(u';', QStringLiteral(", "));
    case City:
        return r.city;
    case Status:
        return r.status;
    case Tier:
        return r.tier;
    case Salesperson:
        return r.salesperson;
    case Tags:
        return QString(r.tags).replace(u';', QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ref:
        return tr("Ref");
    case Name:
        return tr("Name");
    case Company:
        return tr("Company");
    case Phones:
        return tr("Phones");
    case City:
        return tr("City");
    case Status:
        return tr("Status");
    case Tier:
        return tr("Tier");
    case Salesperson:
        return tr("Salesperson");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_fetching && static_cast<int>(m_rows.size()) < m_total;
}

void CustomerListModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_fetching)
        return;
    const int offset = static_cast<int>(m_rows.size());
    std::vector<CustomerListRow> more = fetch(offset, kPageSize);
    if (more.empty()) {
        m_total = offset; // the table shrank under us; stop asking
        return;
    }
    m_fetching = true;
    beginInsertRows({}, offset, offset + static_cast<int>(more.size()) - 1);
    std::move(more.begin(), more.end(), std::back_inserter(m_rows));
    endInsertRows();
    m_fetching = false;
}

void CustomerListModel::sort(int column, Qt::SortOrder order) {
    static const CustomerSort byColumn[] = {
        CustomerSort::Ref,  CustomerSort::Name,        CustomerSort::Company,
        CustomerSort::Name, CustomerSort::City,        CustomerSort::Status,
        CustomerSort::Tier, CustomerSort::Salesperson, CustomerSort::Name};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_ascending = order == Qt::AscendingOrder;
    reload();
}

} // namespace clientele
