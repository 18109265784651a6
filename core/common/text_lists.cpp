#include "text_lists.h"

namespace clientele {

QStringList splitList(const QString& stored) {
    QStringList out;
    for (const QString& part : stored.split(u';', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QString joinList(const QStringList& items) {
    QStringList out;
    for (const QString& item : items) {
        const QString t = item.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out.join(u';');
}

} // namespace clientele
