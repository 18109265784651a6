#include "task_list_model.h"

#include "shell/app_context.h"
#include "shell/background.h"
#include "task_labels.h"

#include <QBrush>
#include <QColor>

namespace clientele {

namespace {
constexpr int kPageSize = 200;
} // namespace

TaskListModel::TaskListModel(AppContext& app, QObject* parent)
    : QAbstractTableModel(parent)
    , m_app(app) {}

void TaskListModel::setFilter(const TaskFilter& filter) {
    m_filter = filter;
    reload();
}

void TaskListModel::reload() {
    const quint64 generation = ++m_generation;
    runInBackground<FirstPage>(
        m_app.database(), this,
        [filter = m_filter](Database& db) {
            FirstPage page;
            page.total = countTasks(db, filter).valueOr(0);
            page.rows = listTasks(db, filter, 0, kPageSize).valueOr({});
            return page;
        },
        [this, generation](std::optional<FirstPage> page) {
            if (generation != m_generation)
                return; // a newer filter was asked meanwhile
            m_applied = generation;
            apply(page ? std::move(*page) : FirstPage{});
        });
}

void TaskListModel::apply(FirstPage page) {
    m_fetching = true; // listeners of modelReset must not fetch before the reset is over
    beginResetModel();
    m_total = page.total;
    m_rows = std::move(page.rows);
    endResetModel();
    m_fetching = false;
}

int TaskListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

bool TaskListModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_fetching && static_cast<int>(m_rows.size()) < m_total;
}

void TaskListModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    auto more = listTasks(m_app.database(), m_filter, static_cast<int>(m_rows.size()), kPageSize);
    if (more && !more->empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(more->size()) - 1);
        std::move(more->begin(), more->end(), std::back_inserter(m_rows));
        endInsertRows();
    } else {
        m_total = static_cast<int>(m_rows.size()); // the table shrank meanwhile
    }
    m_fetching = false;
}

QVariant TaskListModel::display(const TaskRow& r, int column) const {
    const Task& t = r.task;
    switch (column) {
    case Due:
        return m_app.date(t.dueOn);
    case Title:
        return t.title;
    case Customer:
        return r.customerName;
    case Kind:
        return taskKindLabel(t.kind);
    case Repeats:
        return recurrenceLabel(t.recurrence);
    case Done:
        return t.doneAt.isEmpty() ? QString() : m_app.date(t.doneAt.left(10));
    case Notes:
        return t.notes.simplified();
    default:
        return {};
    }
}

QVariant TaskListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const TaskRow& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(r, index.column());
    case Qt::ForegroundRole: {
        const bool overdue =
            r.task.doneAt.isEmpty() && dayOfStoredDate(r.task.dueOn) < m_app.today();
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
