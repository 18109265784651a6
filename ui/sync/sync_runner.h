#pragma once

#include "csv/csv_job.h"
#include "sync/sync_folder.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace clientele {

class Database;

// Runs sync work (the sync folder, a packet file in or out) on a pool thread with a writable
// connection of its own, one job at a time, so the window never waits for it; finished() brings
// the outcome back to the GUI thread. It remembers what it read from the sync folder, so that
// packets that have not changed since are not imported again.
class SyncRunner : public QObject {
    Q_OBJECT
public:
    enum class Job { Folder, ImportFile, ExportFile };
    struct Report {
        Job job = Job::Folder;
        QString path;  // the folder or the file
        QString error; // empty when the job went through (a folder's bad packets are listed apart)
        sync::FolderSyncOutcome folder;
        sync::ImportOutcome imported;
        sync::ExportOutcome exported;

        bool ok() const { return error.isEmpty(); }
        qint64 applied() const; // changesets of other devices applied here
        qint64 conflicts() const;
    };

    SyncRunner(const Database& db, QObject* parent = nullptr);

    bool isRunning() const { return m_job.isRunning(); }
    // False when a job is under way (or no connection could be had: finished() says why).
    bool syncFolder(const QString& folder);
    bool importFile(const QString& path);
    bool exportFile(const QString& path);

signals:
    void started(clientele::SyncRunner::Job job);
    void finished(const clientele::SyncRunner::Report& report);

private:
    bool start(Job job, const QString& path, std::function<void(Database&, Report&)> work);

    const Database& m_db;
    CsvJob m_job;
    std::shared_ptr<Report> m_report;
    sync::FolderMemory m_memory;
};

} // namespace clientele
