#pragma once

#include "common/ids.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace clientele {

// One row of a Today section: display cells, the record it is about and its customer.
struct SectionRow {
    QStringList cells;
    Id itemId = 0;
    Id customerId = 0;
    bool overdue = false; // drawn in the warning colour
};

// The table of one Today section. Rows are made on first use and kept: formatting thousands of
// overdue payments up front would hold up the window for nothing the user scrolls to.
class SectionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int ItemIdRole = Qt::UserRole + 1;
    static constexpr int CustomerIdRole = Qt::UserRole + 2;
    static constexpr int OverdueRole = Qt::UserRole + 3;

    // numeric: columns of figures, aligned right.
    SectionModel(QStringList headers, QList<int> numeric, QObject* parent = nullptr);

    using RowMaker = std::function<SectionRow(int row)>;
    void setRows(int count, RowMaker make);
    void setRows(std::vector<SectionRow> rows);
    const SectionRow& row(int r) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_headers;
    QList<int> m_numeric;
    RowMaker m_make;
    mutable std::vector<std::optional<SectionRow>> m_rows;
};

} // namespace clientele
