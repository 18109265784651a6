#include "ui_settings.h"

#include <QSettings>

namespace clientele {

template <typename T>
T UiSetting<T>::get() const {
    return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
}

template <typename T>
void UiSetting<T>::set(const T& value) const {
    QSettings().setValue(m_key, QVariant::fromValue(value));
}

template class UiSetting<int>;
template class UiSetting<bool>;
template class UiSetting<QByteArray>;
template class UiSetting<QString>;

namespace ui_settings {
const UiSetting<int> startPage(QStringLiteral("ui/startPage"), 0);
const UiSetting<bool> autoBackup(QStringLiteral("backup/auto"), true);
const UiSetting<QByteArray> windowGeometry(QStringLiteral("ui/windowGeometry"), QByteArray());
const UiSetting<QString> language(QStringLiteral("ui/language"), QString());
} // namespace ui_settings

} // namespace clientele
