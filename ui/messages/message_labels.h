#pragma once

#include <QString>

namespace clientele {

// Occasions, languages and placeholders of message templates as users read them (the stored
// values are English keys).
QString occasionLabel(const QString& occasion);
QString languageLabel(const QString& language);
// What a placeholder stands for, for the list of those a template may use.
QString placeholderLabel(const QString& placeholder);

} // namespace clientele
