#pragma once

#include <QString>

namespace clientele {

// The words shown for an order's stored status (the stored values stay English).
QString orderStatusLabel(const QString& status);

} // namespace clientele
