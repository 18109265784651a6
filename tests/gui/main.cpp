#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[]) {
    // Before the QApplication exists: catch_discover_tests does not pass an environment.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ClienteleTests"));
    QApplication::setApplicationName(QStringLiteral("ClienteleTests"));
    return Catch::Session().run(argc, argv);
}
