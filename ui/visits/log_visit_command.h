#pragma once

#include "domain/task.h"
#include "domain/visit.h"
#include "shell/database_command.h"

#include <optional>

namespace clientele {

// Logging a visit and, when it asked for a follow-up, the task for it, in one transaction.
// Undo deletes both; redo recreates them under the same ids.
class LogVisitCommand : public DatabaseCommand {
public:
    LogVisitCommand(AppContext& app, Visit visit, std::optional<Task> followUp);
    Id visitId() const { return m_visit.id; }
    std::optional<Id> taskId() const;

protected:
    Status apply() override;
    Status revert() override;

private:
    Visit m_visit;
    std::optional<Task> m_task;
};

} // namespace clientele
