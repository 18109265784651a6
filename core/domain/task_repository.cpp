#include "task_repository.h"

#include "field_checks.h"
#include "recurrence.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"
#include "task_validation.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect =
    "SELECT t.id, t.title, t.due_on, t.customer_id, t.kind, t.recurrence, t.done_at, t.visit_id, "
    "t.cost, t.notes, t.created_at, t.updated_at, coalesce(c.ref, ''), coalesce(c.name, '') "
    "FROM task t LEFT JOIN customer c ON c.id = t.customer_id ";

TaskRow readRow(const sql::Statement& q) {
    TaskRow r;
    Task& t = r.task;
    t.id = q.int64(0);
    t.title = q.text(1);
    t.dueOn = q.text(2);
    t.customerId = q.optionalInt(3);
    t.kind = q.text(4);
    t.recurrence = q.text(5);
    t.doneAt = q.text(6);
    t.visitId = q.optionalInt(7);
    t.cost = q.int64(8);
    t.notes = q.text(9);
    t.createdAt = q.text(10);
    t.updatedAt = q.text(11);
    r.customerRef = q.text(12);
    r.customerName = q.text(13);
    return r;
}

Result<std::vector<TaskRow>> readRows(sql::Statement& q) {
    std::vector<TaskRow> rows;
    while (q.step())
        rows.push_back(readRow(q));
    return rows;
}

} // namespace

TaskRepository::TaskRepository(Database& db)
    : m_db(db) {}

TaskRepository::~TaskRepository() = default;

Status TaskRepository::write(Task& t, bool insert) {
    const QString what = QStringLiteral("task \"%1\"").arg(t.title);
    if (const FieldErrors errors = validateTask(t); !errors.empty())
        return rs::refused(what, errors);
    t.recurrence = *normaliseRecurrence(t.recurrence);
    t.doneAt = field_checks::storedDateTime(t.doneAt);
    rs::stamp(m_db, t.id, t.createdAt, t.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        if (t.customerId && !rs::rowExists(m_db, "customer", *t.customerId))
            return rs::refused(what,
                               {{QStringLiteral("customer_ref"),
                                 QStringLiteral("no customer with id %1").arg(*t.customerId)}});
        if (t.visitId && !rs::rowExists(m_db, "visit", *t.visitId))
            return rs::refused(what, {{QStringLiteral("visit"),
                                       QStringLiteral("no visit with id %1").arg(*t.visitId)}});
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO task (id, title, due_on, customer_id, kind, "
                                "recurrence, done_at, visit_id, cost, notes, created_at, "
                                "updated_at) VALUES (:id, :title, :due_on, :customer_id, :kind, "
                                ":recurrence, :done_at, :visit_id, :cost, :notes, :created_at, "
                                ":updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE task SET title = :title, due_on = :due_on, customer_id = "
                                ":customer_id, kind = :kind, recurrence = :recurrence, done_at = "
                                ":done_at, visit_id = :visit_id, cost = :cost, notes = :notes, "
                                "updated_at = :updated_at WHERE id = :id");
        q.bind(":id", t.id);
        q.bind(":title", t.title);
        q.bind(":due_on", t.dueOn);
        q.bind(":customer_id", t.customerId);
        q.bind(":kind", t.kind);
        q.bind(":recurrence", t.recurrence);
        q.bindTextOrNull(":done_at", t.doneAt);
        q.bind(":visit_id", t.visitId);
        q.bind(":cost", qint64{t.cost});
        q.bind(":notes", t.notes);
        if (insert)
            q.bind(":created_at", t.createdAt);
        q.bind(":updated_at", t.updatedAt);
        return rs::execOne(q, {}, QStringLiteral("%1 no longer exists").arg(what));
    });
}

Result<Id> TaskRepository::create(Task task) {
    if (Status s = write(task, true); !s)
        return s.error();
    return task.id;
}

Status TaskRepository::update(Task task) {
    return write(task, false);
}

Status TaskRepository::remove(Id id) {
    return rs::removeRow(m_db, "task", id, QStringLiteral("task"));
}

Result<std::optional<Id>> TaskRepository::complete(Id id, const QString& doneAt) {
    FieldErrors errors;
    field_checks::dateTime(errors, "done_at", doneAt, true);
    if (!errors.empty())
        return rs::refused(QStringLiteral("task %1").arg(id), errors);
    std::optional<Id> nextId;
    const Status done =
        writeInTransaction(m_db, QStringLiteral("completing a task"), [&]() -> Status {
            auto task = get(id);
            if (!task)
                return task.error();
            if (!task->doneAt.isEmpty())
                return Error::invalid(QStringLiteral("task \"%1\" was already done on %2")
                                          .arg(task->title, task->doneAt));
            Task next = *task;
            task->doneAt = doneAt;
            if (Status s = write(*task, false); !s)
                return s;
            const Recurrence rule = *parseRecurrence(task->recurrence);
            if (rule.isOnce())
                return {};
            next.id = 0;
            next.visitId.reset();
            next.createdAt.clear();
            next.dueOn = formatIsoDate(nextDate(dayOfStoredDate(next.dueOn), rule));
            if (Status s = write(next, true); !s)
                return s;
            nextId = next.id;
            return {};
        });
    if (!done)
        return done.error();
    return nextId;
}

Result<Task> TaskRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE t.id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no task with id %1").arg(id));
        return readRow(q).task;
    } catch (...) {
        return describeException(QStringLiteral("reading task %1").arg(id));
    }
}

Result<std::vector<TaskRow>> TaskRepository::listDue(DayNumber asOf, bool includeOverdue) const {
    try {
        sql::Statement q = m_db.prepare(
            QLatin1String(kSelect) +
            QStringLiteral(
                "WHERE t.done_at IS NULL AND t.due_on %1 ? ORDER BY t.due_on, t.title, t.id")
                .arg(includeOverdue ? QStringLiteral("<=") : QStringLiteral("=")));
        q.bind(1, formatIsoDate(asOf));
        return readRows(q);
    } catch (...) {
        return describeException(QStringLiteral("listing due tasks"));
    }
}

Result<std::vector<TaskRow>> TaskRepository::listForCustomer(Id customerId) const {
    try {
        sql::Statement q = m_db.prepare(
            QLatin1String(kSelect) +
            QStringLiteral("WHERE t.customer_id = ? ORDER BY t.done_at IS NOT NULL, "
                           "CASE WHEN t.done_at IS NULL THEN t.due_on END, t.done_at DESC, t.id"));
        q.bind(1, customerId);
        return readRows(q);
    } catch (...) {
        return describeException(QStringLiteral("listing the customer's tasks"));
    }
}

} // namespace clientele
