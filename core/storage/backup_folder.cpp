#include "backup_folder.h"

#include "backup.h"
#include "common/dates.h"
#include "database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace clientele {

namespace {

const QString kManifest = QStringLiteral("manifest.json");

QJsonObject readManifest(const QString& folder) {
    QFile f(QDir(folder).filePath(kManifest));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

bool writeManifest(const QString& folder, const QJsonObject& manifest) {
    QSaveFile f(QDir(folder).filePath(kManifest));
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(manifest).toJson()) > 0 &&
           f.commit();
}

QString baseName(const Database& db) {
    return QFileInfo(db.path()).completeBaseName();
}

// "NAME-YYYYMMDD-HHMMSS.sqlite" -> "YYYY-MM-DD HH:MM:SS"
QString takenAtFromName(const QString& file, const QString& base) {
    const QString stamp = file.mid(base.size() + 1, 15);
    if (stamp.size() != 15 || stamp[8] != u'-')
        return {};
    return QStringLiteral("%1-%2-%3 %4:%5:%6")
        .arg(stamp.mid(0, 4), stamp.mid(4, 2), stamp.mid(6, 2), stamp.mid(9, 2), stamp.mid(11, 2),
             stamp.mid(13, 2));
}

} // namespace

QString BackupFolder::folderSettingKey() {
    return QStringLiteral("backup.folder");
}

BackupFolder::BackupFolder(Database& db)
    : m_db(db) {
    m_folder = db.setting(folderSettingKey());
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        m_folder = db.path() + QStringLiteral(".backups");
}

BackupPolicy BackupFolder::policy() const {
    BackupPolicy p;
    p.keepDaily = m_db.setting(QStringLiteral("backup.keep_daily"), QStringLiteral("7")).toInt();
    p.keepWeekly = m_db.setting(QStringLiteral("backup.keep_weekly"), QStringLiteral("4")).toInt();
    return p;
}

std::vector<BackupEntry> BackupFolder::list() const {
    std::vector<BackupEntry> out;
    const QString base = baseName(m_db);
    const QJsonObject manifest = readManifest(m_folder);
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({base + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QFileInfo& info : files) {
        BackupEntry e;
        e.path = info.absoluteFilePath();
        e.takenAt = takenAtFromName(info.fileName(), base);
        if (e.takenAt.isEmpty())
            continue;
        e.bytes = info.size();
        const QJsonObject recorded = manifest.value(info.fileName()).toObject();
        if (!recorded.isEmpty())
            e.state = recorded.value(QStringLiteral("bytes")).toInteger() == e.bytes
                          ? BackupEntry::State::Verified
                          : BackupEntry::State::ChangedSinceVerified;
        out.push_back(e);
    }
    std::sort(out.begin(), out.end(),
              [](const BackupEntry& a, const BackupEntry& b) { return a.takenAt > b.takenAt; });
    return out;
}

bool BackupFolder::isDue() const {
    const std::vector<BackupEntry> backups = list();
    if (backups.empty())
        return true;
    const QString now = m_db.clock().nowText();
    const DayNumber today = dayOfStoredDate(now);
    const DayNumber last = dayOfStoredDate(backups.front().takenAt);
    // Older than a day: on an earlier day and at an earlier time of day, or two days ago.
    return today - last >= 2 ||
           (today - last == 1 && backups.front().takenAt.mid(11) <= now.mid(11));
}

Result<BackupEntry> BackupFolder::backupNow(const Progress& progress) {
    if (!QDir().mkpath(m_folder))
        return Error::io(QStringLiteral("%1: the backup folder cannot be created").arg(m_folder));
    BackupEntry entry;
    entry.takenAt = m_db.clock().nowText();
    QString stamp = entry.takenAt;
    stamp.remove(u'-').remove(u':').replace(u' ', u'-');
    const QString name = QStringLiteral("%1-%2.sqlite").arg(baseName(m_db), stamp);
    entry.path = QDir(m_folder).filePath(name);
    if (Status done = backupDatabase(m_db, entry.path, progress); !done)
        return done.error();
    entry.bytes = QFileInfo(entry.path).size();
    entry.state =
        BackupEntry::State::Verified; // backupDatabase renames a copy into place only once verified
    QJsonObject manifest = readManifest(m_folder);
    manifest.insert(name, QJsonObject{{QStringLiteral("bytes"), entry.bytes},
                                      {QStringLiteral("verified_at"), entry.takenAt}});

    std::vector<DatedBackup> dated;
    for (const BackupEntry& e : list())
        dated.push_back({QFileInfo(e.path).fileName(), e.takenAt});
    for (const QString& old : backupsToRemove(dated, policy())) {
        QFile::remove(QDir(m_folder).filePath(old));
        manifest.remove(old);
    }
    if (!writeManifest(m_folder, manifest))
        return Error::io(QStringLiteral("%1: the backup manifest cannot be written").arg(m_folder));
    return entry;
}

} // namespace clientele
