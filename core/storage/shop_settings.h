#pragma once

#include <QString>

namespace clientele {

// Settings that belong to the shop's data and travel with the file (not UI state).
struct ShopSettings {
    QString currency = QStringLiteral("CNY");
    int minorDigits = 2;
    QString locale; // BCP 47 name used for collation and formatting, e.g. "zh_CN"
};

namespace setting_keys {
inline const QString currency = QStringLiteral("currency");
inline const QString minorDigits = QStringLiteral("minor_digits");
inline const QString locale = QStringLiteral("locale");
inline const QString createdAt = QStringLiteral("created_at");
} // namespace setting_keys

} // namespace clientele
