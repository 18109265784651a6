#pragma once

#include "dates.h"

#include <QString>

namespace clientele {

// Time is injected so tests fix "today"; the default reads the system clock (local time).
class Clock {
public:
    virtual ~Clock() = default;
    virtual DayNumber today() const;
    virtual QString nowText() const; // "YYYY-MM-DD HH:MM:SS", local time

    static const Clock& system();
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(DayNumber day, int secondOfDay = 12 * 3600)
        : m_day(day)
        , m_second(secondOfDay) {}
    DayNumber today() const override { return m_day; }
    QString nowText() const override { return formatStoredDateTime({m_day, m_second, true}); }

private:
    DayNumber m_day;
    int m_second;
};

} // namespace clientele
