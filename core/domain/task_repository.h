#pragma once

#include "common/dates.h"
#include "common/result.h"
#include "task.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

// A task with the customer it concerns, for lists.
struct TaskRow {
    Task task;
    QString customerRef;
    QString customerName;
};

class TaskRepository {
public:
    explicit TaskRepository(Database& db);
    ~TaskRepository();

    // Validates, stores the recurrence in its normal form, fills id (when 0) and timestamps.
    Result<Id> create(Task task);
    Status update(Task task);
    Status remove(Id id);

    // Marks the task done. A recurring task also gets its next occurrence (due on the rule's next
    // date after this one's due date) in the same transaction; its id is returned.
    Result<std::optional<Id>> complete(Id id, const QString& doneAt);

    Result<Task> get(Id id) const;
    // Open tasks due on asOf, or by asOf when overdue ones are included; earliest first.
    Result<std::vector<TaskRow>> listDue(DayNumber asOf, bool includeOverdue) const;
    // Open tasks by due date, then done ones, most recently done first.
    Result<std::vector<TaskRow>> listForCustomer(Id customerId) const;

private:
    Status write(Task& task, bool insert);

    Database& m_db;
    // Cached: imports and the demo generator write tasks row by row.
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_update;
};

} // namespace clientele
