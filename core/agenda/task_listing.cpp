#include "task_listing.h"

#include "storage/database.h"
#include "storage/sqlite_error.h"

namespace clientele {

namespace {

// The WHERE clause with named parameters; bind() fills those the filter uses.
QString whereSql(const TaskFilter& f) {
    QStringList terms;
    if (f.state == TaskFilter::State::Open)
        terms << QStringLiteral("t.done_at IS NULL");
    else if (f.state == TaskFilter::State::Done)
        terms << QStringLiteral("t.done_at IS NOT NULL");
    if (!f.dueFrom.isEmpty())
        terms << QStringLiteral("t.due_on >= :from");
    if (!f.dueTo.isEmpty())
        terms << QStringLiteral("t.due_on <= :to");
    if (!f.kind.isEmpty())
        terms << QStringLiteral("t.kind = :kind");
    if (!f.customerText.isEmpty())
        terms << QStringLiteral("(c.name LIKE :customer ESCAPE '\\' OR c.ref LIKE :customer "
                                "ESCAPE '\\')");
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bind(sql::Statement& q, const TaskFilter& f) {
    if (!f.dueFrom.isEmpty())
        q.bind(":from", f.dueFrom);
    if (!f.dueTo.isEmpty())
        q.bind(":to", f.dueTo);
    if (!f.kind.isEmpty())
        q.bind(":kind", f.kind);
    if (!f.customerText.isEmpty()) {
        QString escaped = f.customerText;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        q.bind(":customer", u'%' + escaped + u'%');
    }
}

const char* const kFrom = " FROM task t LEFT JOIN customer c ON c.id = t.customer_id";

} // namespace

Result<std::vector<TaskRow>> listTasks(Database& db, const TaskFilter& filter, int offset,
                                       int limit) {
    try {
        sql::Statement q = db.prepare(
            QStringLiteral("SELECT t.id, t.title, t.due_on, t.customer_id, t.kind, t.recurrence, "
                           "t.done_at, t.visit_id, t.cost, t.notes, t.created_at, t.updated_at, "
                           "coalesce(c.ref, ''), coalesce(c.name, '')") +
            QLatin1String(kFrom) + whereSql(filter) +
            QStringLiteral(" ORDER BY t.done_at IS NOT NULL, CASE WHEN t.done_at IS NULL THEN "
                           "t.due_on END, t.done_at DESC, t.id LIMIT :limit OFFSET :offset"));
        bind(q, filter);
        q.bind(":limit", limit);
        q.bind(":offset", offset);
        std::vector<TaskRow> rows;
        while (q.step()) {
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
            rows.push_back(std::move(r));
        }
        return rows;
    } catch (...) {
        return describeException(QStringLiteral("listing tasks"));
    }
}

Result<int> countTasks(Database& db, const TaskFilter& filter) {
    try {
        sql::Statement q =
            db.prepare(QStringLiteral("SELECT count(*)") + QLatin1String(kFrom) + whereSql(filter));
        bind(q, filter);
        q.step();
        return q.integer(0);
    } catch (...) {
        return describeException(QStringLiteral("counting tasks"));
    }
}

} // namespace clientele
