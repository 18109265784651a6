#include "csv_job.h"

#include "shell/background_pool.h"

#include <QMetaObject>
#include <QtConcurrent>

namespace clientele {

CsvJob::CsvJob(QObject* parent)
    : QObject(parent)
    , m_alive(std::make_shared<std::atomic<bool>>(true)) {
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        m_running = false;
        emit finished();
    });
}

CsvJob::~CsvJob() {
    // The work may not outlive what it writes into: ask it to stop and wait for it.
    m_cancelled = true;
    *m_alive = false;
    m_watcher.waitForFinished();
}

bool CsvJob::start(const Database& db, OpenMode mode, Work work, QString* why) {
    auto connection = db.openSibling(mode);
    if (!connection) {
        if (why)
            *why = connection.error().message;
        return false;
    }
    try {
        // As for the app's other worker connections (shell/background.h): unmapping hundreds of
        // megabytes when the connection closes would stall the GUI thread's page faults.
        (*connection)->exec("PRAGMA mmap_size = 0");
    } catch (const sql::Exception& e) {
        if (why)
            *why = QString::fromUtf8(e.what());
        return false;
    }
    m_cancelled = false;
    m_running = true;
    std::shared_ptr<Database> sibling = std::move(*connection);
    const Progress progress = [this, alive = m_alive](qint64 done, qint64 total) {
        if (*alive)
            QMetaObject::invokeMethod(
                this, [this, done, total] { emit progressed(done, total); }, Qt::QueuedConnection);
        return !m_cancelled;
    };
    m_watcher.setFuture(
        QtConcurrent::run(backgroundPool(), [sibling, work = std::move(work), progress]() mutable {
            work(*sibling, progress);
            sibling.reset(); // closed on the thread that used it
        }));
    return true;
}

} // namespace clientele
