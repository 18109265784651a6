#include "log_visit_command.h"

#include "domain/task_repository.h"
#include "domain/visit_repository.h"
#include "shell/app_context.h"
#include "storage/write_transaction.h"

#include <QCoreApplication>

namespace clientele {

LogVisitCommand::LogVisitCommand(AppContext& app, Visit visit, std::optional<Task> followUp)
    : DatabaseCommand(app, QCoreApplication::translate("LogVisitCommand", "Log visit"),
                      QStringLiteral("visit"))
    , m_visit(std::move(visit))
    , m_task(std::move(followUp)) {
    if (m_visit.id == 0)
        m_visit.id = newId();
    if (m_task) {
        if (m_task->id == 0)
            m_task->id = newId();
        m_task->visitId = m_visit.id;
    }
}

std::optional<Id> LogVisitCommand::taskId() const {
    return m_task ? std::optional<Id>(m_task->id) : std::nullopt;
}

Status LogVisitCommand::apply() {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("logging a visit"), [&]() -> Status {
        if (auto v = VisitRepository(db).create(m_visit); !v)
            return v.error();
        if (m_task)
            if (auto t = TaskRepository(db).create(*m_task); !t)
                return t.error();
        return {};
    });
}

Status LogVisitCommand::revert() {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("removing a visit"), [&]() -> Status {
        if (m_task)
            if (Status s = TaskRepository(db).remove(m_task->id); !s)
                return s;
        return VisitRepository(db).remove(m_visit.id);
    });
}

} // namespace clientele
