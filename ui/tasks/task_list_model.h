#pragma once

#include "agenda/task_listing.h"

#include <QAbstractTableModel>

#include <vector>

namespace clientele {

class AppContext;

// All tasks matching the Tasks page's filter. The count and the first rows are read on a worker
// thread; more rows are fetched as the view scrolls, so tens of thousands cost a page of work.
class TaskListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Due, Title, Customer, Kind, Repeats, Done, Notes, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int CustomerIdRole = Qt::UserRole + 2;

    explicit TaskListModel(AppContext& app, QObject* parent = nullptr);

    void setFilter(const TaskFilter& filter);
    const TaskFilter& filter() const { return m_filter; }
    void reload();
    bool isLoading() const { return m_generation != m_applied; }
    int totalCount() const { return m_total; }
    const TaskRow& rowAt(int row) const { return m_rows[static_cast<std::size_t>(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    struct FirstPage {
        int total = 0;
        std::vector<TaskRow> rows;
    };
    void apply(FirstPage page);
    QVariant display(const TaskRow& row, int column) const;

    AppContext& m_app;
    TaskFilter m_filter;
    std::vector<TaskRow> m_rows;
    int m_total = 0;
    quint64 m_generation = 0;
    quint64 m_applied = 0;
    bool m_fetching = false;
};

} // namespace clientele
