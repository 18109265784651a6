#pragma once

#include "common/progress.h"
#include "storage/database.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace clientele {

// Runs one import, export or undo on a pool thread with its own connection, reporting progress
// to the GUI thread and stopping when cancel() is called (the work then returns cancelled and
// leaves nothing written).
//
// A writing job uses a ReadWrite sibling of the app's database (Database::openSibling), which
// shares the process's writer lock instead of taking it again. Running on the app's own
// connection from the worker would do without a second connection, but only if the GUI thread
// never touched that connection meanwhile: lists fetch rows lazily as they paint, even behind a
// modal dialog, and a connection opened without SQLite's mutex must not be used by two threads
// at once. With a sibling the GUI keeps reading (WAL: it sees the data as it was until COMMIT);
// a write from the GUI meanwhile waits for the import's transaction, then fails as busy.
class CsvJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(Database& db, const Progress& progress)>;

    explicit CsvJob(QObject* parent = nullptr);
    ~CsvJob() override;

    // False (with why) when the connection cannot be opened; finished() follows otherwise.
    bool start(const Database& db, OpenMode mode, Work work, QString* why);
    bool isRunning() const { return m_running; }
    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }

signals:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    std::shared_ptr<std::atomic<bool>> m_alive;
    std::atomic<bool> m_cancelled{false};
    bool m_running = false;
    QFutureWatcher<void> m_watcher;
};

} // namespace clientele
