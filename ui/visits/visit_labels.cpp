#include "visit_labels.h"

#include <QCoreApplication>

namespace clientele {

QString visitKindLabel(const QString& kind) {
    static const struct {
        const char* stored;
        const char* shown;
    } labels[] = {
        {"visit", QT_TRANSLATE_NOOP("VisitLabels", "Visit")},
        {"call", QT_TRANSLATE_NOOP("VisitLabels", "Call")},
        {"email", QT_TRANSLATE_NOOP("VisitLabels", "Email")},
        {"message", QT_TRANSLATE_NOOP("VisitLabels", "Message")},
        {"meeting", QT_TRANSLATE_NOOP("VisitLabels", "Meeting")},
        {"other", QT_TRANSLATE_NOOP("VisitLabels", "Other")},
    };
    for (const auto& l : labels)
        if (kind == QLatin1String(l.stored))
            return QCoreApplication::translate("VisitLabels", l.shown);
    return kind;
}

} // namespace clientele
