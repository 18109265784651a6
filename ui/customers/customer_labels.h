#pragma once

#include <QString>

namespace clientele {

// The words shown for the stored values of customer fields (stored values stay English).
QString customerStatusLabel(const QString& status);
QString customerKindLabel(const QString& kind);
QString decisionRoleLabel(const QString& role);

} // namespace clientele
