#pragma once

#include <QString>

namespace clientele {

// Task kinds and repeat rules as users read them (the stored values are English keys).
QString taskKindLabel(const QString& kind);
QString recurrenceLabel(const QString& stored);

} // namespace clientele
