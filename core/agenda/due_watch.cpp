#include "due_watch.h"

namespace clientele {

std::vector<AgendaTask> DueWatch::check(const std::vector<AgendaTask>& due, DayNumber today) {
    if (today != m_day) {
        m_day = today;
        m_announced.clear();
    }
    std::vector<AgendaTask> fresh;
    for (const AgendaTask& t : due)
        if (t.due == today && !m_announced.contains(t.id)) {
            m_announced.insert(t.id);
            fresh.push_back(t);
        }
    return fresh;
}

} // namespace clientele
