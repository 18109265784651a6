#include "occasion_holidays.h"

#include "agenda/holidays.h"
#include "message_template.h"

namespace clientele {

QString occasionForHoliday(const QString& holidayKey) {
    namespace mv = message_values;
    if (holidayKey == mv::springFestival || holidayKey == mv::midAutumn)
        return holidayKey; // the festivals' keys are their occasions'
    return mv::holiday;
}

QString holidayKeyFor(const QString& occasion, DayNumber today, const QString& locale) {
    namespace mv = message_values;
    if (occasion == mv::springFestival || occasion == mv::midAutumn)
        return occasion;
    if (occasion != mv::holiday)
        return {};
    for (const Holiday& h : holidaysBetween(today, today + 366, locale))
        if (occasionForHoliday(h.key) == mv::holiday)
            return h.key;
    return {};
}

} // namespace clientele
