#pragma once

#include <QString>

namespace clientele {

// The words shown for a visit's stored kind (visit, call, email, message, meeting, other).
QString visitKindLabel(const QString& kind);

} // namespace clientele
