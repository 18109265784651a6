#pragma once

#include "common/dates.h"

#include <QString>

#include <vector>

namespace clientele {

struct Holiday {
    DayNumber day = 0;
    QString key;  // stable name, e.g. "spring_festival"
    QString name; // translated for display
    bool lunar = false;
};

// The holidays worth greeting customers for between from and to (inclusive), by date.
// A shop whose locale is Chinese (any "zh" locale) gets the traditional lunar festivals (New
// Year's Eve, Spring Festival, Lantern, Dragon Boat, Qixi, Mid-Autumn, Double Ninth) and the
// mainland's Gregorian holidays (New Year, Labour Day, National Day). Every other locale gets
// New Year and Christmas.
std::vector<Holiday> holidaysBetween(DayNumber from, DayNumber to, const QString& locale);

// A holiday's name for a greeting written in `language` ("zh" or "en"), whatever language the
// app is in: 中秋节 or "Mid-Autumn Festival". Empty for an unknown key.
QString holidayNameIn(const QString& key, const QString& language);

} // namespace clientele
