#pragma once

#include "agenda.h"

#include <QSet>

#include <vector>

namespace clientele {

// Decides which tasks to announce while the app runs: at the first check, the tasks due that
// day; later, those that became due since (the day turned, or a task was added or moved to
// today). A task is announced once a day; overdue tasks are the Today page's business.
class DueWatch {
public:
    // The tasks newly due on today among open ones due today or earlier.
    std::vector<AgendaTask> check(const std::vector<AgendaTask>& due, DayNumber today);

private:
    DayNumber m_day = -1;
    QSet<Id> m_announced;
};

} // namespace clientele
