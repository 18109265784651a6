#pragma once

#include "domain/customer_repository.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

class Database;

// All customers, fetched from SQL a page at a time as the view scrolls (sorting and filtering
// happen in SQL, so 100,000 customers cost one page of work).
class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Ref,
        Name,
        Kind,
        Company,
        Phones,
        Emails,
        City,
        Region,
        Status,
        Tier,
        Salesperson,
        Tags,
        Created,
        Updated,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    // Later: stay empty until the first reload(), so a page can be built without a query.
    enum class Load { Now, Later };
    explicit CustomerListModel(Database& db, QObject* parent = nullptr, Load load = Load::Now);

    void setFilter(const CustomerFilter& filter);
    const CustomerFilter& filter() const { return m_filter; }
    Id idAt(int row) const;
    // The row showing this customer among those loaded, or -1.
    int rowOf(Id id) const;
    int totalCount() const { return m_total; }
    bool isLoaded() const { return m_loaded; }
    // Re-reads the count and the first page (after an edit or a change of filter or sort).
    // In background mode the reading runs on a worker thread and the model resets when it
    // arrives (the last asked wins), so a slow filter never blocks the window.
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
        std::vector<CustomerListRow> rows;
    };
    static FirstPage readFirstPage(const CustomerRepository& repository,
                                   const CustomerFilter& filter, CustomerSort sort, bool ascending);
    void apply(FirstPage page);
    std::vector<CustomerListRow> fetch(int offset, int limit) const;

    Database& m_db;
    CustomerRepository m_repository;
    CustomerFilter m_filter;
    CustomerSort m_sort = CustomerSort::Name;
    bool m_ascending = true;
    int m_total = 0;
    bool m_loaded = false;
    bool m_background = false;
    quint64 m_generation = 0;
    quint64 m_appliedGeneration = 0;
    bool m_fetching = false; // views and testers may ask again from inside beginInsertRows
    std::vector<CustomerListRow> m_rows;
};

} // namespace clientele
