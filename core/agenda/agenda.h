#pragma once

#include "common/dates.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/result.h"
#include "holidays.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

class Database;

struct AgendaCustomer {
    Id id = 0; // 0: none
    QString ref;
    QString name;
};

struct AgendaTask {
    Id id = 0;
    QString title;
    QString kind;
    QString recurrence;
    DayNumber due = 0;
    int daysOverdue = 0; // 0 when due today
    AgendaCustomer customer;
};

struct AgendaBirthday {
    AgendaCustomer customer;
    DayNumber day = 0;  // when it is celebrated
    int turns = 0;      // the age reached that day
    bool lunar = false; // celebrated on the lunar month and day of birth
    QString birthday;   // the stored Gregorian date of birth
};

struct GreetCandidate {
    AgendaCustomer customer;
    Money revenue = 0; // counted orders of the last 365 days
};

struct AgendaHoliday {
    Holiday holiday;
    int daysAway = 0;
    std::vector<GreetCandidate> greet;
};

struct OverduePayment {
    Id orderId = 0;
    QString number;
    AgendaCustomer customer;
    DayNumber due = 0;
    int daysOverdue = 0;
    Money total = 0;
    Money paid = 0;
    Money amountDue = 0;
};

struct OpenTicket {
    Id id = 0;
    QString subject;
    QString severity;
    QString status;
    QString openedAt;
    int daysOpen = 0;
    AgendaCustomer customer;
};

// An active product to reorder (isLowStock in domain/stock.h).
struct LowStock {
    Id productId = 0;
    QString sku;
    QString name;
    QString category;
    qint64 onHand = 0;
    qint64 reorderLevel = 0;
};

// What the Today page shows, read at once for a given today.
struct Agenda {
    DayNumber today = 0;
    std::vector<AgendaTask> tasks;         // open, due today or before; oldest first
    std::vector<AgendaBirthday> birthdays; // today and the 6 days after, by day
    std::vector<AgendaHoliday> holidays;   // today and the 30 days after, by day
    std::vector<OverduePayment> payments;  // longest overdue first
    std::vector<OpenTicket> tickets;       // open or in progress, oldest first
    std::vector<LowStock> lowStock;        // furthest below the reorder level first, then sku
};

namespace agenda_limits {
inline constexpr int birthdayDays = 7;
inline constexpr int holidayDays = 31; // today + 30
inline constexpr int greetDays = 365;
inline constexpr int greetCount = 50;
} // namespace agenda_limits

// locale picks the holidays (see holidays.h); empty = the shop's own. The customers to greet sum
// a year of order lines (a second or two on a million orders), so a screen that shows them only
// on request reads them apart with readGreetCandidates and passes withGreetings = false.
Result<Agenda> readAgenda(Database& db, DayNumber today, const QString& locale = {},
                          bool withGreetings = true);

// Pieces of the read, for tests and for callers that need one section.
// Open tasks due today and, unless includeOverdue is false, before.
Result<std::vector<AgendaTask>> readDueTasks(Database& db, DayNumber today,
                                             bool includeOverdue = true);
Result<std::vector<AgendaBirthday>> readBirthdays(Database& db, DayNumber today);
// Whom to greet for a holiday: active customers with a counted order in the 365 days up to
// today, the biggest spenders of that year first, at most 50. The same list for every holiday
// of the window, so it is read once.
Result<std::vector<GreetCandidate>> readGreetCandidates(Database& db, DayNumber today);
Result<std::vector<OverduePayment>> readOverduePayments(Database& db, DayNumber today);
Result<std::vector<OpenTicket>> readOpenTickets(Database& db, DayNumber today);
Result<std::vector<LowStock>> readLowStock(Database& db);

// The statements above that touch orders and tickets, for checking their query plans.
QStringList agendaQueries();

} // namespace clientele
