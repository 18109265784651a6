#include "customer_list_model.h"

#include "customer_labels.h"
#include "shell/background.h"
#include "storage/database.h"

#include <iterator>

namespace clientele {

namespace {
constexpr int kPageSize = 200;
} // namespace

CustomerListModel::CustomerListModel(Database& db, QObject* parent, Load load)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_repository(db) {
    if (load == Load::Now)
        reload();
}

void CustomerListModel::setFilter(const CustomerFilter& filter) {
    m_filter = filter;
    reload();
}

CustomerListModel::FirstPage CustomerListModel::readFirstPage(const CustomerRepository& repository,
                                                              const CustomerFilter& filter,
                                                              CustomerSort sort, bool ascending) {
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

void CustomerListModel::reload() {
    m_loaded = true;
    const quint64 generation = ++m_generation;
    if (!m_background) {
        m_appliedGeneration = generation;
        apply(readFirstPage(m_repository, m_filter, m_sort, m_ascending));
        return;
    }
    runInBackground<FirstPage>(
        m_db, this,
        [filter = m_filter, sort = m_sort, ascending = m_ascending](Database& db) {
            return readFirstPage(CustomerRepository(db), filter, sort, ascending);
        },
        [this, generation](std::optional<FirstPage> page) {
            if (generation != m_generation)
                return; // a newer filter or sort was asked meanwhile
            m_appliedGeneration = generation;
            apply(page ? std::move(*page)
                       : FirstPage{0, tr("The customers could not be read."), {}});
        });
}

void CustomerListModel::apply(FirstPage page) {
    m_fetching = true; // listeners of modelReset must not fetch before the reset is over
    beginResetModel();
    m_total = page.total;
    m_rows = std::move(page.rows);
    endResetModel();
    m_fetching = false;
    if (!page.error.isEmpty())
        emit loadFailed(page.error);
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

int CustomerListModel::rowOf(Id id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
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
    case Kind:
        return customerKindLabel(r.kind);
    case Company:
        return r.company;
    case Phones:
        return QString(r.phones).replace(u';', QStringLiteral(", "));
    case Emails:
        return QString(r.emails).replace(u';', QStringLiteral(", "));
    case City:
        return r.city;
    case Region:
        return r.region;
    case Status:
        return customerStatusLabel(r.status);
    case Tier:
        return r.tier;
    case Salesperson:
        return r.salesperson;
    case Tags:
        return QString(r.tags).replace(u';', QStringLiteral(", "));
    case Created:
        return r.createdAt.left(10);
    case Updated:
        return r.updatedAt.left(10);
    default:
        return {};
    }
}

QString CustomerListModel::columnTitle(int column) {
    switch (column) {
    case Ref:
        return tr("Ref");
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Company:
        return tr("Company");
    case Phones:
        return tr("Phones");
    case Emails:
        return tr("Emails");
    case City:
        return tr("City");
    case Region:
        return tr("Region");
    case Status:
        return tr("Status");
    case Tier:
        return tr("Tier");
    case Salesperson:
        return tr("Salesperson");
    case Tags:
        return tr("Tags");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return columnTitle(section);
}

bool CustomerListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_fetching && !isLoading() &&
           static_cast<int>(m_rows.size()) < m_total;
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
    // Columns without an index of their own sort by name.
    static const CustomerSort byColumn[] = {
        CustomerSort::Ref,     CustomerSort::Name,        CustomerSort::Name,
        CustomerSort::Company, CustomerSort::Name,        CustomerSort::Name,
        CustomerSort::City,    CustomerSort::Region,      CustomerSort::Status,
        CustomerSort::Tier,    CustomerSort::Salesperson, CustomerSort::Name,
        CustomerSort::Created, CustomerSort::Updated};
    static_assert(std::size(byColumn) == ColumnCount);
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_ascending = order == Qt::AscendingOrder;
    reload();
}

} // namespace clientele
