#pragma once

#include "agenda.h"

#include <QString>

#include <vector>

namespace clientele {

class Database;

// How often the customers of a tier should be visited or called: "A every 30 days".
struct RevisitRule {
    QString tier;
    int everyDays = 0;
    friend bool operator==(const RevisitRule&, const RevisitRule&) = default;
};

// The rules are one setting of the shop ("A=30;B=60;C=90"), read and written here.
class RevisitRules {
public:
    static Result<std::vector<RevisitRule>> parse(const QString& text);
    static QString format(const std::vector<RevisitRule>& rules);
    static std::vector<RevisitRule> read(const Database& db); // none when unset or unreadable
    static Status save(Database& db, const std::vector<RevisitRule>& rules);
    static const QString& settingKey();
};

// A customer whose tier's rule says a revisit is due: the last visit, call or meeting (messages
// do not count) was more than everyDays ago, or there was none since the customer was added.
struct RevisitDue {
    AgendaCustomer customer;
    QString tier;
    DayNumber lastContact = 0; // the last visit's day, or the day the customer was added
    bool everContacted = false;
    int daysOverdue = 0; // days past lastContact + everyDays (0: due today)
};

// Customers who are not lost, in a tier with a rule, due for a revisit by today and without an
// open revisit task already; longest overdue first. All of them, so the Today page's count is
// true (its rows are formatted only when shown).
Result<std::vector<RevisitDue>> readRevisitsDue(Database& db, DayNumber today);

} // namespace clientele
