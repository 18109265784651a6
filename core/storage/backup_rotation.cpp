#include "backup_rotation.h"

#include "common/dates.h"

#include <algorithm>
#include <set>

namespace clientele {

namespace {

// Weeks start on Monday; the number only needs to be the same for days of one week.
int weekOf(DayNumber day) {
    return (day - weekday(day)) / 7;
}

} // namespace

QStringList backupsToRemove(std::vector<DatedBackup> backups, const BackupPolicy& policy) {
    std::sort(backups.begin(), backups.end(), [](const DatedBackup& a, const DatedBackup& b) {
        return a.takenAt != b.takenAt ? a.takenAt > b.takenAt : a.name > b.name;
    });
    std::set<DayNumber> days;
    std::set<int> weeks;
    QStringList remove;
    for (std::size_t i = 0; i < backups.size(); ++i) {
        const DayNumber day = dayOfStoredDate(backups[i].takenAt);
        const int week = weekOf(day);
        bool keep = i == 0;
        if (!days.count(day) && static_cast<int>(days.size()) < policy.keepDaily) {
            days.insert(day);
            keep = true;
        } else if (!days.count(day) && !weeks.count(week) &&
                   static_cast<int>(weeks.size()) < policy.keepWeekly) {
            // Weeks already represented by a kept daily backup do not use up a weekly slot.
            bool coveredByDaily = false;
            for (DayNumber d : days)
                coveredByDaily = coveredByDaily || weekOf(d) == week;
            if (!coveredByDaily) {
                weeks.insert(week);
                keep = true;
            }
        }
        if (!keep)
            remove << backups[i].name;
    }
    return remove;
}

} // namespace clientele
