#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    // Before the QApplication exists: catch_discover_tests does not pass an environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // Settings of this run only: ctest runs test processes side by side.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QApplication::setApplicationName(QStringLiteral("ClienteleTests"));
    // Figures are checked as an English (US) user sees them, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QSettings settings;
    settings.clear();
    // The tests start backups themselves; none in the background while a test database exists.
    settings.setValue(QStringLiteral("backup/auto"), false);
    return Catch::Session().run(argc, argv);
}
