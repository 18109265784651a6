#include "field_error.h"

#include <QStringList>

namespace clientele {

QString joinFieldErrors(const FieldErrors& errors) {
    QStringList parts;
    for (const FieldError& e : errors)
        parts << QStringLiteral("%1: %2").arg(e.field, e.message);
    return parts.join(QStringLiteral("; "));
}

} // namespace clientele
