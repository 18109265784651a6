#include "task_list_model.h"

#include "shell/app_context.h"
#include "task_labels.h"

#include <QBrush>
#include <QColor>

namespace clientele {

TaskListModel::TaskListModel(AppContext& app, QObject* parent)
    : PagedTableModel(app, countTasks, listTasks, parent) {}

int TaskListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskListModel::display(const TaskRow& r, int column) const {
    const Task& t = r.task;
    switch (column) {
    case Due:
        return app().date(t.dueOn);
    case Title:
        return t.title;
    case Customer:
        return r.customerName;
    case Kind:
        return taskKindLabel(t.kind);
    case Repeats:
        return recurrenceLabel(t.recurrence);
    case Done:
        return t.doneAt.isEmpty() ? QString() : app().date(t.doneAt.left(10));
    case Notes:
        return t.notes.simplified();
    default:
        return {};
    }
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const TaskRow& r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, index.column());
    case Qt::ForegroundRole: {
        const bool overdue =
            r.task.doneAt.isEmpty() && dayOfStoredDate(r.task.dueOn) < app().today();
        return overdue ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e))) : QVariant();
    }
    case IdRole:
        return r.task.id;
    case CustomerIdRole:
        return r.task.customerId.value_or(0);
    default:
        return {};
    }
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Due:
        return tr("Due");
    case Title:
        return tr("Task");
    case Customer:
        return tr("Customer");
    case Kind:
        return tr("Kind");
    case Repeats:
        return tr("Repeats");
    case Done:
        return tr("Done");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace clientele
