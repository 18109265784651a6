#pragma once

#include "agenda/agenda.h"
#include "section_model.h"

namespace clientele {

class AppContext;

// The rows of each Today section, formatted for the user, and their column titles.
struct TodayColumns {
    static QStringList tasks();
    static QStringList birthdays();
    static QStringList holidays();
    static QStringList payments();
    static QStringList tickets();
    static QStringList lowStock();
};

// Row i of each section, made when the view first shows it (a large shop has thousands).
SectionRow taskRow(const AppContext& app, const Agenda& agenda, int i);
SectionRow birthdayRow(const AppContext& app, const Agenda& agenda, int i);
SectionRow holidayRow(const AppContext& app, const Agenda& agenda, int i);
SectionRow paymentRow(const AppContext& app, const Agenda& agenda, int i);
SectionRow ticketRow(const AppContext& app, const Agenda& agenda, int i);
SectionRow lowStockRow(const AppContext& app, const Agenda& agenda, int i);

// "1 day", "12 days".
QString daysText(int n);
// "Today", "Tomorrow", or the weekday and date.
QString dayLabel(const AppContext& app, DayNumber day, DayNumber today);

} // namespace clientele
