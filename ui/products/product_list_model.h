#pragma once

#include "domain/product_repository.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

class AppContext;

// The catalogue, filtered and sorted in SQL. A shop's catalogue is thousands of products at
// most, so the matching rows are read in one go rather than paged.
class ProductListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Category,
        Sku,
        Name,
        Price,
        Cost,
        Margin,
        Active,
        Stock,
        ReorderLevel,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit ProductListModel(AppContext& app, QObject* parent = nullptr);

    void setFilter(const ProductFilter& filter);
    const ProductFilter& filter() const { return m_filter; }
    void reload();
    bool isLoaded() const { return m_loaded; }
    Id idAt(int row) const;
    int rowOf(Id id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    // The margin in per mille of the price ((price - cost) / price), 0 for a free product.
    static qint64 marginPermille(const Product& p);

signals:
    void loadFailed(const QString& message);

private:
    QVariant display(const Product& p, int column) const;
    static QVariant sortValue(const Product& p, int column);
    void sortInMemory();

    AppContext& m_app;
    ProductFilter m_filter;
    ProductSort m_sort = ProductSort::Sku;
    int m_sortColumn = Sku;
    bool m_ascending = true;
    bool m_loaded = false;
    std::vector<Product> m_rows;
};

} // namespace clientele
