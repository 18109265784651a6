#pragma once

#include "domain/order_repository.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

class AppContext;

// All orders, fetched from SQL a page at a time as the view scrolls; filtering and sorting
// happen in SQL, so a million orders cost one page of work. Money is shown in the shop's
// currency; the raw minor units sit under SortRole.
class OrderListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Date,
        Customer,
        Status,
        Lines,
        Total,
        Profit,
        Paid,
        DueDate,
        Channel,
        Salesperson,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    // Later: stay empty until the first reload(), so a page can be built without a query.
    enum class Load { Now, Later };
    explicit OrderListModel(AppContext& app, QObject* parent = nullptr, Load load = Load::Now);

    void setFilter(const OrderFilter& filter);
    const OrderFilter& filter() const { return m_filter; }
    Id idAt(int row) const;
    int rowOf(Id id) const;
    const OrderListRow* rowAt(int row) const;
    int totalCount() const { return m_total; }
    bool isLoaded() const { return m_loaded; }
    // Re-reads the count and the first page; in background mode on a worker thread (the last
    // asked wins), so a slow filter never blocks the window.
    void reload();
    void setBackground(bool on) { m_background = on; }
    bool isLoading() const { return m_generation != m_appliedGeneration; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    static QString columnTitle(int column);
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void loadFailed(const QString& message);

private:
    struct FirstPage {
        int total = 0;
        QString error;
        std::vector<OrderListRow> rows;
    };
    static FirstPage readFirstPage(const OrderRepository& repository, const OrderFilter& filter,
                                   OrderSort sort, bool ascending);
    void apply(FirstPage page);
    QVariant display(const OrderListRow& r, int column) const;
    bool isOverdue(const OrderListRow& r) const;
    static QVariant sortValue(const OrderListRow& r, int column);

    AppContext& m_app;
    OrderRepository m_repository;
    OrderFilter m_filter;
    OrderSort m_sort = OrderSort::Date;
    bool m_ascending = false; // newest first
    int m_total = 0;
    bool m_loaded = false;
    bool m_background = false;
    quint64 m_generation = 0;
    quint64 m_appliedGeneration = 0;
    bool m_fetching = false; // views and testers may ask again from inside beginInsertRows
    std::vector<OrderListRow> m_rows;
};

} // namespace clientele
