#include "clock.h"

#include <QDateTime>

namespace clientele {

DayNumber Clock::today() const {
    const QDate d = QDate::currentDate();
    return dayNumber({d.year(), d.month(), d.day()});
}

QString Clock::nowText() const {
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

const Clock& Clock::system() {
    static const Clock clock;
    return clock;
}

} // namespace clientele
