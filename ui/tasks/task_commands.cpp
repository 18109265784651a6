#include "task_commands.h"

#include "domain/task_repository.h"
#include "shell/app_context.h"
#include "storage/write_transaction.h"

#include <QCoreApplication>

namespace clientele {

namespace {

struct TaskCommands {
    Q_DECLARE_TR_FUNCTIONS(TaskCommands)
};

const QString kChanged = QStringLiteral("task");

} // namespace

CompleteTaskCommand::CompleteTaskCommand(AppContext& app, Id taskId)
    : DatabaseCommand(app, TaskCommands::tr("Mark task done"), kChanged)
    , m_id(taskId) {}

std::optional<Id> CompleteTaskCommand::nextId() const {
    return m_next ? std::optional<Id>(m_next->id) : std::nullopt;
}

Status CompleteTaskCommand::apply() {
    Database& db = app().database();
    TaskRepository tasks(db);
    if (!m_done) {
        // The first time: the repository decides the next occurrence; keep what it wrote.
        auto before = tasks.get(m_id);
        if (!before)
            return before.error();
        auto next = tasks.complete(m_id, db.clock().nowText());
        if (!next)
            return next.error();
        m_before = *before;
        m_done = *tasks.get(m_id);
        if (*next)
            m_next = *tasks.get(**next);
        return {};
    }
    return writeInTransaction(db, QStringLiteral("completing a task"), [&]() -> Status {
        if (Status s = tasks.update(*m_done); !s)
            return s;
        if (m_next)
            if (auto id = tasks.create(*m_next); !id)
                return id.error();
        return {};
    });
}

Status CompleteTaskCommand::revert() {
    Database& db = app().database();
    TaskRepository tasks(db);
    return writeInTransaction(db, QStringLiteral("reopening a task"), [&]() -> Status {
        if (m_next)
            if (Status s = tasks.remove(m_next->id); !s)
                return s;
        return tasks.update(*m_before);
    });
}

SaveTaskCommand::SaveTaskCommand(AppContext& app, std::optional<Task> before, Task after)
    : DatabaseCommand(app, before ? TaskCommands::tr("Edit task") : TaskCommands::tr("New task"),
                      kChanged)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    if (m_after.id == 0)
        m_after.id = newId();
}

Status SaveTaskCommand::apply() {
    TaskRepository tasks(app().database());
    if (m_before)
        return tasks.update(m_after);
    auto id = tasks.create(m_after);
    return id ? Status{} : Status{id.error()};
}

Status SaveTaskCommand::revert() {
    TaskRepository tasks(app().database());
    return m_before ? tasks.update(*m_before) : tasks.remove(m_after.id);
}

DeleteTaskCommand::DeleteTaskCommand(AppContext& app, Task task)
    : DatabaseCommand(app, TaskCommands::tr("Delete task"), kChanged)
    , m_task(std::move(task)) {}

Status DeleteTaskCommand::apply() {
    return TaskRepository(app().database()).remove(m_task.id);
}

Status DeleteTaskCommand::revert() {
    auto id = TaskRepository(app().database()).create(m_task);
    return id ? Status{} : Status{id.error()};
}

} // namespace clientele
