#pragma once

#include <QString>
#include <QVariant>

namespace clientele {

// The UI state kept between runs (never customer data), each key with its default in one place.
template <typename T>
class UiSetting {
public:
    UiSetting(QString key, T fallback)
        : m_key(std::move(key))
        , m_default(std::move(fallback)) {}
    T get() const;
    void set(const T& value) const;
    const QString& key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

namespace ui_settings {
// The page shown when the app opens (its index in the navigation bar).
extern const UiSetting<int> startPage;
// Back up in the background when the app opens and the last backup is a day old.
extern const UiSetting<bool> autoBackup;
extern const UiSetting<QByteArray> windowGeometry;
// The language of the app ("" follows the system; see AppLanguage).
extern const UiSetting<QString> language;
} // namespace ui_settings

} // namespace clientele
