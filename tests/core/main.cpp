#define CATCH_CONFIG_RUNNER
#include "storage/database.h"

#include <QThread>

#include <catch2/catch.hpp>

#include <cstdio>

int main(int argc, char* argv[]) {
    // Child mode for tests that need a writer in another process (to kill it, for instance):
    // open the database for writing, say so on stdout, and wait.
    const QString holdPath = qEnvironmentVariable("CLIENTELE_TEST_HOLD_DATABASE");
    if (!holdPath.isEmpty()) {
        auto db = clientele::Database::open(holdPath);
        std::printf("%s\n", db ? "holding" : "failed");
        std::fflush(stdout);
        QThread::sleep(600);
        return 0;
    }
    return Catch::Session().run(argc, argv);
}
