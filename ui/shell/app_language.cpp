#include "app_language.h"

#include "ui_settings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace clientele {

QStringList AppLanguage::available() {
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString AppLanguage::nativeName(const QString& language) {
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QLocale(language).nativeLanguageName();
}

QString AppLanguage::chosen() {
    return ui_settings::language.get();
}

void AppLanguage::choose(const QString& language) {
    ui_settings::language.set(language);
}

QLocale AppLanguage::localeFor(const QString& language) {
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool AppLanguage::install(QCoreApplication& app, const QLocale& locale) {
    QLocale::setDefault(locale);
    // Parented to the application, the translators live as long as it does.
    auto* own = new QTranslator(&app);
    if (!own->load(locale, QStringLiteral("clientele"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    // Qt's own words (OK, Cancel, the file dialog) from the system's Qt translations, when the
    // system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace clientele
