#include "backup_runner.h"

#include "background.h"

namespace clientele {

namespace {

struct Outcome {
    bool ok = false;
    bool skipped = false;
    QString message;
    QString takenAt;
};

Outcome runBackup(Database& db, bool onlyIfDue) {
    BackupFolder folder(db);
    if (onlyIfDue && !folder.isDue())
        return {true, true, {}, {}};
    auto entry = folder.backupNow();
    if (!entry)
        return {false, false, entry.error().message, {}};
    return {true, false, entry->path, entry->takenAt};
}

} // namespace

BackupRunner::BackupRunner(const Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db) {}

void BackupRunner::start() {
    if (m_running)
        return;
    m_running = true;
    emit started();
    runInBackground<Outcome>(
        m_db, this, [](Database& db) { return runBackup(db, false); },
        [this](std::optional<Outcome> outcome) {
            m_running = false;
            if (!outcome)
                emit finished(false, tr("The database could not be opened for the backup."), {});
            else
                emit finished(outcome->ok, outcome->message, outcome->takenAt);
        });
}

void BackupRunner::startIfDue() {
    if (m_running)
        return;
    m_running = true;
    runInBackground<Outcome>(
        m_db, this, [](Database& db) { return runBackup(db, true); },
        [this](std::optional<Outcome> outcome) {
            m_running = false;
            if (outcome && !outcome->skipped)
                emit finished(outcome->ok, outcome->message, outcome->takenAt);
        });
}

} // namespace clientele
