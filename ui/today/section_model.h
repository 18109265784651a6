#pragma once

#include "common/ids.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace clientele {

// One row of a Today section: display cells, the record it is about and its customer.
struct SectionRow {
    QStringList cells;
    Id itemId = 0;
    Id customerId = 0;
    bool overdue = false; // drawn in the warning colour
};

// The small table of one Today section (a few dozen rows, replaced at once on each load).
class SectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ItemIdRole = Qt::UserRole + 1;
    static constexpr int CustomerIdRole = Qt::UserRole + 2;
    static constexpr int OverdueRole = Qt::UserRole + 3;

    // numeric: columns of figures, aligned right.
    SectionModel(QStringList headers, QList<int> numeric, QObject* parent = nullptr);

    void setRows(std::vector<SectionRow> rows);
    const SectionRow& row(int r) const { return m_rows[static_cast<std::size_t>(r)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<int> m_numeric;
    std::vector<SectionRow> m_rows;
};

} // namespace clientele
