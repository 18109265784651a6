#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace clientele {

// The language of the app's words, and the locale of its numbers, money and dates: the system's,
// unless Preferences names one. Chosen once at start-up, before any window exists, because Qt
// widgets do not re-translate themselves.
class AppLanguage {
public:
    // The languages Clientele is translated into, as locale names ("en" needs no file).
    static QStringList available();
    // The name shown for a language in its own words ("English", "简体中文").
    static QString nativeName(const QString& language);

    // The override chosen in Preferences ("" for the system's language).
    static QString chosen();
    static void choose(const QString& language);

    // The locale to use: `language` if not empty, else the system's.
    static QLocale localeFor(const QString& language);

    // Makes `locale` the default and loads Clientele's and Qt's own translations for it.
    // Returns false when Clientele has no translation for it (English words, the locale's
    // numbers and dates).
    static bool install(QCoreApplication& app, const QLocale& locale);
};

} // namespace clientele
