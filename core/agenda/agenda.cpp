#include "agenda.h"

#include "domain/task_repository.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

namespace clientele {

Result<std::vector<AgendaTask>> readDueTasks(Database& db, DayNumber today, bool includeOverdue) {
    auto rows = TaskRepository(db).listDue(today, includeOverdue);
    if (!rows)
        return rows.error();
    std::vector<AgendaTask> out;
    out.reserve(rows->size());
    for (const TaskRow& r : *rows) {
        AgendaTask t;
        t.id = r.task.id;
        t.title = r.task.title;
        t.kind = r.task.kind;
        t.recurrence = r.task.recurrence;
        t.due = dayOfStoredDate(r.task.dueOn);
        t.daysOverdue = today - t.due;
        t.customer = {r.task.customerId.value_or(0), r.customerRef, r.customerName};
        out.push_back(std::move(t));
    }
    return out;
}

Result<Agenda> readAgenda(Database& db, DayNumber today, const QString& locale,
                          bool withGreetings) {
    Agenda a;
    a.today = today;
    auto tasks = readDueTasks(db, today);
    if (!tasks)
        return tasks.error();
    a.tasks = std::move(*tasks);
    auto birthdays = readBirthdays(db, today);
    if (!birthdays)
        return birthdays.error();
    a.birthdays = std::move(*birthdays);
    const auto holidays = holidaysBetween(today, today + agenda_limits::holidayDays - 1,
                                          locale.isEmpty() ? db.settings().locale : locale);
    std::vector<GreetCandidate> greet;
    if (withGreetings && !holidays.empty()) {
        auto read = readGreetCandidates(db, today);
        if (!read)
            return read.error();
        greet = std::move(*read);
    }
    for (const Holiday& h : holidays)
        a.holidays.push_back({h, h.day - today, greet});
    auto payments = readOverduePayments(db, today);
    if (!payments)
        return payments.error();
    a.payments = std::move(*payments);
    auto tickets = readOpenTickets(db, today);
    if (!tickets)
        return tickets.error();
    a.tickets = std::move(*tickets);
    auto lowStock = readLowStock(db);
    if (!lowStock)
        return lowStock.error();
    a.lowStock = std::move(*lowStock);
    return a;
}

} // namespace clientele
