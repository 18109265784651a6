#include "task_labels.h"

#include "domain/recurrence.h"

#include <QCoreApplication>

namespace clientele {

namespace {

struct TaskLabels {
    Q_DECLARE_TR_FUNCTIONS(TaskLabels)
};

// Singular and plural spelled out: no English translation file fills in "%n day(s)".
QString every(int n, const char* one, const char* many) {
    return n == 1 ? TaskLabels::tr(one) : TaskLabels::tr(many).arg(n);
}

} // namespace

QString taskKindLabel(const QString& kind) {
    if (kind == QLatin1String("follow_up"))
        return TaskLabels::tr("Follow-up");
    if (kind == QLatin1String("revisit"))
        return TaskLabels::tr("Revisit");
    if (kind == QLatin1String("payment"))
        return TaskLabels::tr("Payment");
    if (kind == QLatin1String("birthday"))
        return TaskLabels::tr("Birthday");
    if (kind == QLatin1String("holiday"))
        return TaskLabels::tr("Holiday");
    return TaskLabels::tr("Other");
}

QString recurrenceLabel(const QString& stored) {
    auto rule = parseRecurrence(stored);
    if (!rule || rule->isOnce())
        return {};
    switch (rule->unit) {
    case Recurrence::Unit::Days:
        return every(rule->every, QT_TRANSLATE_NOOP("TaskLabels", "every day"),
                     QT_TRANSLATE_NOOP("TaskLabels", "every %1 days"));
    case Recurrence::Unit::Weeks:
        return every(rule->every, QT_TRANSLATE_NOOP("TaskLabels", "every week"),
                     QT_TRANSLATE_NOOP("TaskLabels", "every %1 weeks"));
    case Recurrence::Unit::Months:
        return every(rule->every, QT_TRANSLATE_NOOP("TaskLabels", "every month"),
                     QT_TRANSLATE_NOOP("TaskLabels", "every %1 months"));
    case Recurrence::Unit::Years:
        return every(rule->every, QT_TRANSLATE_NOOP("TaskLabels", "every year"),
                     QT_TRANSLATE_NOOP("TaskLabels", "every %1 years"));
    }
    return {};
}

} // namespace clientele
