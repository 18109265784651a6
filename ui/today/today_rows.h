#pragma once

#include "agenda/agenda.h"
#include "section_model.h"

#include <vector>

namespace clientele {

class AppContext;

// The rows of each Today section, formatted for the user. The column titles go with them.
struct TodayColumns {
    static QStringList tasks();
    static QStringList birthdays();
    static QStringList holidays();
    static QStringList payments();
    static QStringList tickets();
};

std::vector<SectionRow> taskRows(const AppContext& app, const Agenda& agenda);
std::vector<SectionRow> birthdayRows(const AppContext& app, const Agenda& agenda);
std::vector<SectionRow> holidayRows(const AppContext& app, const Agenda& agenda);
std::vector<SectionRow> paymentRows(const AppContext& app, const Agenda& agenda);
std::vector<SectionRow> ticketRows(const AppContext& app, const Agenda& agenda);

// "Today", "Tomorrow", or the weekday and date.
QString dayLabel(const AppContext& app, DayNumber day, DayNumber today);

} // namespace clientele
