#pragma once

#include "domain/task.h"
#include "shell/database_command.h"

#include <optional>

namespace clientele {

// Marking a task done. A recurring task gets its next occurrence in the same transaction; undo
// removes that occurrence and reopens the task, redo does both again under the same ids.
class CompleteTaskCommand : public DatabaseCommand {
public:
    CompleteTaskCommand(AppContext& app, Id taskId);
    std::optional<Id> nextId() const;

protected:
    Status apply() override;
    Status revert() override;

private:
    Id m_id;
    std::optional<Task> m_before; // filled by the first apply
    std::optional<Task> m_done;
    std::optional<Task> m_next;
};

// A new task (before empty) or a changed one; undo deletes or restores it.
class SaveTaskCommand : public DatabaseCommand {
public:
    SaveTaskCommand(AppContext& app, std::optional<Task> before, Task after);
    Id taskId() const { return m_after.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    std::optional<Task> m_before;
    Task m_after;
};

// Deleting a task; undo puts it back under its id.
class DeleteTaskCommand : public DatabaseCommand {
public:
    DeleteTaskCommand(AppContext& app, Task task);

protected:
    Status apply() override;
    Status revert() override;

private:
    Task m_task;
};

} // namespace clientele
