// libFuzzer target: arbitrary bytes opened as a Clientele database. Opening must refuse what it
// cannot use with an error, and whatever it opens must survive the full check without crashing.
#include "maintenance/database_check.h"
#include "storage/database.h"

#include <QFile>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const QString path = QStringLiteral("/tmp/clientele-fuzz-%1.sqlite").arg(getpid());
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    }
    clientele::OpenOptions options;
    options.mode = clientele::OpenMode::ReadOnly;
    auto db = clientele::Database::open(path, options);
    if (db) {
        auto report = clientele::checkDatabase(**db);
        (void)report;
    }
    return 0;
}
