#include "task_labels.h"

#include "domain/recurrence.h"

#include <QCoreApplication>

namespace clientele {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("TaskLabels", text);
}

// Singular and plural spelled out: no English translation file fills in "%n day(s)".
QString every(int n, const char* one, const char* many) {
    return n == 1 ? tr(one) : tr(many).arg(n);
}

} // namespace

QString taskKindLabel(const QString& kind) {
    if (kind == QLatin1String("follow_up"))
        return tr("Follow-up");
    if (kind == QLatin1String("revisit"))
        return tr("Revisit");
    if (kind == QLatin1String("payment"))
        return tr("Payment");
    if (kind == QLatin1String("birthday"))
        return tr("Birthday");
    if (kind == QLatin1String("holiday"))
        return tr("Holiday");
    return tr("Other");
}

QString recurrenceLabel(const QString& stored) {
    auto rule = parseRecurrence(stored);
    if (!rule || rule->isOnce())
        return {};
    switch (rule->unit) {
    case Recurrence::Unit::Days:
        return every(rule->every, "every day", "every %1 days");
    case Recurrence::Unit::Weeks:
        return every(rule->every, "every week", "every %1 weeks");
    case Recurrence::Unit::Months:
        return every(rule->every, "every month", "every %1 months");
    case Recurrence::Unit::Years:
        return every(rule->every, "every year", "every %1 years");
    }
    return {};
}

} // namespace clientele
