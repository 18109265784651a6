#pragma once

#include "common/dates.h"
#include "common/result.h"

#include <QString>

namespace clientele {

// How a task repeats, as stored in task.recurrence: '' (once) or 'every N days|weeks|months|years'.
struct Recurrence {
    enum class Unit { Days, Weeks, Months, Years };
    int every = 0; // 0: once
    Unit unit = Unit::Days;

    bool isOnce() const { return every == 0; }
    friend bool operator==(const Recurrence&, const Recurrence&) = default;
};

// Accepts the stored form (singular units too, any case and spacing), "every week" for N = 1, and
// the aliases daily, weekly, monthly, yearly. Errors quote the text.
Result<Recurrence> parseRecurrence(const QString& text);
// The stored form: "" or "every N days" (always plural, so the column has one spelling).
QString formatRecurrence(const Recurrence& rule);
// parse + format: what a task's recurrence column should hold for user text.
Result<QString> normaliseRecurrence(const QString& text);

// The next due date after `due`. Months and years keep the day of the month, clamped to the end of
// a shorter month: Jan 31 + 1 month = Feb 29 in a leap year, Feb 29 + 1 year = Feb 28.
// A rule that is once returns `due`.
DayNumber nextDate(DayNumber due, const Recurrence& rule);

} // namespace clientele
