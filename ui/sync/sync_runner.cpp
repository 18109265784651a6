#include "sync_runner.h"

#include "storage/database.h"

namespace clientele {

qint64 SyncRunner::Report::applied() const {
    return job == Job::Folder ? folder.applied() : imported.applied;
}

qint64 SyncRunner::Report::conflicts() const {
    return job == Job::Folder ? folder.conflicts() : imported.conflicts;
}

SyncRunner::SyncRunner(const Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {
    connect(&m_job, &CsvJob::finished, this, [this] {
        const std::shared_ptr<Report> report = std::move(m_report);
        if (report->job == Job::Folder && report->ok())
            m_memory = report->folder.memory;
        emit finished(*report);
    });
}

bool SyncRunner::syncFolder(const QString& folder) {
    return start(Job::Folder, folder, [memory = m_memory](Database& db, Report& report) {
        auto outcome = sync::syncWithFolder(db, report.path, memory);
        if (outcome)
            report.folder = std::move(*outcome);
        else
            report.error = outcome.error().message;
    });
}

bool SyncRunner::importFile(const QString& path) {
    return start(Job::ImportFile, path, [](Database& db, Report& report) {
        auto outcome = sync::importPacket(db, report.path);
        if (outcome)
            report.imported = std::move(*outcome);
        else
            report.error = outcome.error().message;
    });
}

bool SyncRunner::exportFile(const QString& path) {
    return start(Job::ExportFile, path, [](Database& db, Report& report) {
        auto outcome = sync::exportPacket(db, QString(), report.path);
        if (outcome)
            report.exported = *outcome;
        else
            report.error = outcome.error().message;
    });
}

bool SyncRunner::start(Job job, const QString& path, std::function<void(Database&, Report&)> work) {
    if (m_job.isRunning())
        return false;
    auto report = std::make_shared<Report>();
    report->job = job;
    report->path = path;
    QString why;
    const bool started = m_job.start(
        m_db, OpenMode::ReadWrite,
        [report, work = std::move(work)](Database& db, const Progress&) { work(db, *report); },
        &why);
    if (!started) {
        report->error = why;
        emit finished(*report);
        return false;
    }
    m_report = std::move(report);
    emit this->started(job);
    return true;
}

} // namespace clientele
