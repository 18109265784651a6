#include "product_list_model.h"

#include "domain/stock.h"
#include "shell/app_context.h"
#include "shell/formatting.h"

#include <QColor>

#include <algorithm>

namespace clientele {

namespace {
constexpr int kMaxProducts = 50000;

bool isNumber(int column) {
    return column == ProductListModel::Price || column == ProductListModel::Cost ||
           column == ProductListModel::Margin || column == ProductListModel::Stock ||
           column == ProductListModel::ReorderLevel;
}
} // namespace

ProductListModel::ProductListModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

qint64 ProductListModel::marginPermille(const Product& p) {
    return p.unitPrice > 0 ? (p.unitPrice - p.unitCost) * 1000 / p.unitPrice : 0;
}

void ProductListModel::setFilter(const ProductFilter& filter) {
    m_filter = filter;
    reload();
}

void ProductListModel::reload() {
    m_loaded = true;
    auto rows =
        ProductRepository(m_app.database()).list(m_filter, m_sort, m_ascending, 0, kMaxProducts);
    beginResetModel();
    m_rows = rows ? std::move(*rows) : std::vector<Product>();
    sortInMemory();
    endResetModel();
    if (!rows)
        emit loadFailed(rows.error().message);
}

Id ProductListModel::idAt(int row) const {
    return row >= 0 && row < rowCount() ? m_rows[static_cast<std::size_t>(row)].id : 0;
}

int ProductListModel::rowOf(Id id) const {
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int ProductListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProductListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Product& p = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole:
        return p.id;
    case SortRole:
        return sortValue(p, index.column());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(p, index.column());
    case Qt::TextAlignmentRole:
        return isNumber(index.column()) ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                        : QVariant();
    case Qt::ForegroundRole:
        // Stock at or under its reorder level is what the owner looks for.
        if (index.column() == Stock && isLowStock(p.stock, p.reorderLevel))
            return QColor(0xc6, 0x28, 0x28);
        if (!p.active)
            return QColor(0x90, 0xa4, 0xae);
        return {};
    default:
        return {};
    }
}

QVariant ProductListModel::display(const Product& p, int column) const {
    switch (column) {
    case Category:
        return p.category;
    case Sku:
        return p.sku;
    case Name:
        return p.name;
    case Price:
        return m_app.money(p.unitPrice);
    case Cost:
        return m_app.money(p.unitCost);
    case Margin:
        return formatShare(p.unitPrice - p.unitCost, p.unitPrice, m_app.locale());
    case Active:
        return p.active ? tr("Yes") : tr("No");
    case Stock:
        return m_app.locale().toString(p.stock);
    case ReorderLevel:
        return m_app.locale().toString(p.reorderLevel);
    default:
        return {};
    }
}

QVariant ProductListModel::sortValue(const Product& p, int column) {
    switch (column) {
    case Category:
        return p.category;
    case Sku:
        return p.sku;
    case Name:
        return p.name;
    case Price:
        return qint64{p.unitPrice};
    case Cost:
        return qint64{p.unitCost};
    case Margin:
        return marginPermille(p);
    case Active:
        return p.active;
    case Stock:
        return p.stock;
    case ReorderLevel:
        return p.reorderLevel;
    default:
        return {};
    }
}

QVariant ProductListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumber(section))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Category:
        return tr("Category");
    case Sku:
        return tr("SKU");
    case Name:
        return tr("Name");
    case Price:
        return tr("Price");
    case Cost:
        return tr("Cost");
    case Margin:
        return tr("Margin");
    case Active:
        return tr("Active");
    case Stock:
        return tr("On hand");
    case ReorderLevel:
        return tr("Reorder level");
    default:
        return {};
    }
}

void ProductListModel::sort(int column, Qt::SortOrder order) {
    static const ProductSort byColumn[] = {
        ProductSort::Category,  ProductSort::Sku,      ProductSort::Name,
        ProductSort::UnitPrice, ProductSort::UnitCost, ProductSort::Sku,
        ProductSort::Sku,       ProductSort::Stock,    ProductSort::Sku};
    static_assert(std::size(byColumn) == ColumnCount);
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = byColumn[column];
    m_sortColumn = column;
    m_ascending = order == Qt::AscendingOrder;
    if (m_loaded) // a view sets its sort when built; the page reads when first shown
        reload();
}

// Margin, active and reorder level have no index to sort by in SQL; the few thousand rows are
// sorted here, after SQL sorted them by sku.
void ProductListModel::sortInMemory() {
    qint64 (*key)(const Product&) = nullptr;
    if (m_sortColumn == Margin)
        key = &marginPermille;
    else if (m_sortColumn == Active)
        key = [](const Product& p) { return qint64{p.active}; };
    else if (m_sortColumn == ReorderLevel)
        key = [](const Product& p) { return p.reorderLevel; };
    if (!key)
        return;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Product& a, const Product& b) {
        return m_ascending ? key(a) < key(b) : key(b) < key(a);
    });
}

} // namespace clientele
