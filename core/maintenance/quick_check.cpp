#include "quick_check.h"

#include "storage/sqlite.h"
#include "storage/sqlite_error.h"

#include <QStringList>

#include <sqlite3.h>

namespace clientele {

namespace {

struct ProgressState {
    const Progress* progress;
    qint64 steps = 0;
};

int onProgress(void* state) {
    auto* s = static_cast<ProgressState*>(state);
    ++s->steps;
    // The total is unknown; report steps so a caller can show activity and cancel.
    return reportProgress(*s->progress, s->steps, 0) ? 0 : 1;
}

} // namespace

Result<QStringList> quickCheckFile(const QString& path, const Progress& progress) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return Error::database(QStringLiteral("%1: cannot be opened: %2").arg(path, why));
    }
    ProgressState state{&progress};
    if (progress)
        sqlite3_progress_handler(db, 100000, onProgress, &state);
    QStringList problems;
    try {
        sql::Statement q(db, "PRAGMA quick_check(20)");
        while (q.step())
            if (q.text(0) != QLatin1String("ok"))
                problems << q.text(0);
    } catch (const sql::Exception& e) {
        if (e.primaryCode() == SQLITE_INTERRUPT) {
            sqlite3_close(db);
            return Error::cancelled();
        }
        problems << QString::fromUtf8(e.what());
    }
    sqlite3_close(db);
    return problems;
}

} // namespace clientele
