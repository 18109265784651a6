#pragma once

#include "agenda/task_listing.h"
#include "shell/paged_table_model.h"

#include <vector>

namespace clientele {

class AppContext;

// All tasks matching the Tasks page's filter. The count and the first rows are read on a worker
// thread; more rows are fetched as the view scrolls, so tens of thousands cost a page of work.
class TaskListModel : public PagedTableModel<TaskRow, TaskFilter> {
    Q_OBJECT
public:
    enum Column { Due, Title, Customer, Kind, Repeats, Done, Notes, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int CustomerIdRole = Qt::UserRole + 2;

    explicit TaskListModel(AppContext& app, QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const TaskRow& row, int column) const;
};

} // namespace clientele
