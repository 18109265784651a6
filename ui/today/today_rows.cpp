#include "today_rows.h"

#include "shell/app_context.h"
#include "tasks/task_labels.h"

#include <QCoreApplication>
#include <QDate>

namespace clientele {

namespace {

struct TodayPage {
    Q_DECLARE_TR_FUNCTIONS(TodayPage)
};

// Singular and plural spelled out: no English translation file fills in "%n day(s)".
QString days(int n) {
    return n == 1 ? TodayPage::tr("1 day") : TodayPage::tr("%1 days").arg(n);
}

// Tickets being worked on say so after their subject, which saves a column.
QString subjectCell(const OpenTicket& t) {
    return t.status == QLatin1String("in_progress")
               ? TodayPage::tr("%1 (in progress)").arg(t.subject)
               : t.subject;
}

QString severityLabel(const QString& severity) {
    if (severity == QLatin1String("low"))
        return TodayPage::tr("Low");
    if (severity == QLatin1String("high"))
        return TodayPage::tr("High");
    if (severity == QLatin1String("critical"))
        return TodayPage::tr("Critical");
    return TodayPage::tr("Normal");
}

// A repeating task says how often after its kind, which saves a mostly empty column.
QString kindCell(const AgendaTask& t) {
    const QString repeats = recurrenceLabel(t.recurrence);
    return repeats.isEmpty() ? taskKindLabel(t.kind)
                             : TodayPage::tr("%1, %2").arg(taskKindLabel(t.kind), repeats);
}

QString customerCell(const AgendaCustomer& c) {
    return c.id == 0 ? QString() : c.name;
}

} // namespace

QStringList TodayColumns::tasks() {
    return {TodayPage::tr("Due"), TodayPage::tr("Task"), TodayPage::tr("Customer"),
            TodayPage::tr("Kind"), TodayPage::tr("Overdue")};
}
QStringList TodayColumns::birthdays() {
    return {TodayPage::tr("Day"), TodayPage::tr("Customer"), TodayPage::tr("Turns"),
            TodayPage::tr("Calendar")};
}
QStringList TodayColumns::holidays() {
    return {TodayPage::tr("Day"), TodayPage::tr("Holiday"), TodayPage::tr("In")};
}
QStringList TodayColumns::payments() {
    return {TodayPage::tr("Order"), TodayPage::tr("Customer"), TodayPage::tr("Due"),
            TodayPage::tr("Overdue"), TodayPage::tr("Amount due")};
}
QStringList TodayColumns::tickets() {
    return {TodayPage::tr("Subject"), TodayPage::tr("Customer"), TodayPage::tr("Severity"),
            TodayPage::tr("Open for")};
}
QStringList TodayColumns::lowStock() {
    return {TodayPage::tr("SKU"), TodayPage::tr("Product"), TodayPage::tr("On hand"),
            TodayPage::tr("Reorder level")};
}

QString daysText(int n) {
    return days(n);
}

QString dayLabel(const AppContext& app, DayNumber day, DayNumber today) {
    if (day == today)
        return TodayPage::tr("Today");
    if (day == today + 1)
        return TodayPage::tr("Tomorrow");
    const QLocale l = app.locale();
    return l.dayName(weekday(day) + 1, QLocale::ShortFormat) + u' ' + app.date(formatIsoDate(day));
}

SectionRow taskRow(const AppContext& app, const Agenda& agenda, int i) {
    const AgendaTask& t = agenda.tasks[static_cast<std::size_t>(i)];
    return {{dayLabel(app, t.due, agenda.today), t.title, customerCell(t.customer), kindCell(t),
             t.daysOverdue > 0 ? days(t.daysOverdue) : QString()},
            t.id,
            t.customer.id,
            t.daysOverdue > 0};
}

SectionRow birthdayRow(const AppContext& app, const Agenda& agenda, int i) {
    const AgendaBirthday& b = agenda.birthdays[static_cast<std::size_t>(i)];
    return {{dayLabel(app, b.day, agenda.today), b.customer.name, app.locale().toString(b.turns),
             b.lunar ? TodayPage::tr("Lunar") : QString()},
            b.customer.id,
            b.customer.id,
            false};
}

SectionRow holidayRow(const AppContext& app, const Agenda& agenda, int i) {
    const AgendaHoliday& h = agenda.holidays[static_cast<std::size_t>(i)];
    return {{dayLabel(app, h.holiday.day, agenda.today), h.holiday.name,
             h.daysAway == 0 ? TodayPage::tr("today") : days(h.daysAway)},
            h.holiday.day,
            0,
            false};
}

SectionRow paymentRow(const AppContext& app, const Agenda& agenda, int i) {
    const OverduePayment& p = agenda.payments[static_cast<std::size_t>(i)];
    return {{p.number, customerCell(p.customer), app.date(formatIsoDate(p.due)),
             days(p.daysOverdue), app.money(p.amountDue)},
            p.orderId,
            p.customer.id,
            true};
}

SectionRow ticketRow(const AppContext&, const Agenda& agenda, int i) {
    const OpenTicket& t = agenda.tickets[static_cast<std::size_t>(i)];
    return {{subjectCell(t), customerCell(t.customer), severityLabel(t.severity), days(t.daysOpen)},
            t.id,
            t.customer.id,
            t.severity == QLatin1String("critical")};
}

SectionRow lowStockRow(const AppContext& app, const Agenda& agenda, int i) {
    const LowStock& s = agenda.lowStock[static_cast<std::size_t>(i)];
    return {{s.sku, s.name, app.locale().toString(s.onHand), app.locale().toString(s.reorderLevel)},
            s.productId,
            0,
            s.onHand <= 0}; // none left: drawn in the warning colour
}

} // namespace clientele
