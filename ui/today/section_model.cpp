#include "section_model.h"

#include <QBrush>
#include <QColor>

#include <memory>

namespace clientele {

SectionModel::SectionModel(QStringList headers, QList<int> numeric, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers))
    , m_numeric(std::move(numeric)) {}

void SectionModel::setRows(int count, RowMaker make) {
    beginResetModel();
    m_make = std::move(make);
    m_rows.assign(static_cast<std::size_t>(count), std::nullopt);
    endResetModel();
}

void SectionModel::setRows(std::vector<SectionRow> rows) {
    auto shared = std::make_shared<std::vector<SectionRow>>(std::move(rows));
    const int count = static_cast<int>(shared->size());
    setRows(count, [shared](int r) { return (*shared)[static_cast<std::size_t>(r)]; });
}

const SectionRow& SectionModel::row(int r) const {
    std::optional<SectionRow>& slot = m_rows[static_cast<std::size_t>(r)];
    if (!slot)
        slot = m_make(r);
    return *slot;
}

int SectionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SectionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant SectionModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const SectionRow& r = row(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < r.cells.size() ? r.cells[index.column()] : QString();
    case Qt::TextAlignmentRole:
        return m_numeric.contains(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                  : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        return r.overdue ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e))) : QVariant();
    case ItemIdRole:
        return r.itemId;
    case CustomerIdRole:
        return r.customerId;
    case OverdueRole:
        return r.overdue;
    default:
        return {};
    }
}

QVariant SectionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers[section];
    if (role == Qt::TextAlignmentRole && m_numeric.contains(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace clientele
