#pragma once

#include "common/dates.h"

#include <QString>

namespace clientele {

// The occasion whose template greets a holiday (keys of holidays.h): the Spring Festival and the
// Mid-Autumn Festival have their own, every other holiday shares `holiday`.
QString occasionForHoliday(const QString& holidayKey);

// The holiday a greeting for `occasion` is about when nobody said which: the festival itself,
// or for `holiday` the next one from today on in the shop's calendar (holidaysBetween with
// `locale`) that has no template of its own. Empty for occasions that are not holidays.
QString holidayKeyFor(const QString& occasion, DayNumber today, const QString& locale);

} // namespace clientele
