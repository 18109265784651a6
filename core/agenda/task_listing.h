#pragma once

#include "common/result.h"
#include "domain/task_repository.h"

#include <QString>

#include <vector>

namespace clientele {

class Database;

// What the Tasks page filters on; empty fields do not filter.
struct TaskFilter {
    enum class State { Open, Done, All };
    State state = State::Open;
    QString dueFrom; // YYYY-MM-DD, inclusive
    QString dueTo;   // YYYY-MM-DD, inclusive
    QString kind;
    QString customerText; // part of the customer's name or ref
};

// Open tasks by due date; done ones most recently done first (after the open ones in All).
Result<std::vector<TaskRow>> listTasks(Database& db, const TaskFilter& filter, int offset,
                                       int limit);
Result<int> countTasks(Database& db, const TaskFilter& filter);

} // namespace clientele
