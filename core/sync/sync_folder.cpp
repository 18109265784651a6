#include "sync_folder.h"

#include "outbox.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace clientele::sync {

namespace {

constexpr qint64 kChecksumSize = 32; // a packet ends with its SHA-256 (sync_packet.cpp)

// A packet's size and closing checksum: cheap to read, and different whenever the content is.
QByteArray fingerprint(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < kChecksumSize ||
        !file.seek(file.size() - kChecksumSize))
        return {};
    return QByteArray::number(file.size()) + ':' + file.read(kChecksumSize);
}

// Every other device's packet in the folder, oldest names first (any order would do).
QStringList otherPackets(const QDir& dir, const QString& own) {
    QStringList paths;
    for (const QString& name :
         dir.entryList({QStringLiteral("*.clpacket")}, QDir::Files | QDir::Readable, QDir::Name))
        if (name != own)
            paths << dir.filePath(name);
    return paths;
}

void importAll(Database& db, const QStringList& paths, const FolderMemory& memory,
               FolderSyncOutcome& outcome) {
    QStringList pending;
    QHash<QString, QByteArray> prints;
    for (const QString& path : paths) {
        const QByteArray print = fingerprint(path);
        const auto known = memory.find(path);
        if (!print.isEmpty() && known != memory.end() && known->second == print) {
            outcome.memory[path] = print;
            ++outcome.unchangedFiles;
            continue;
        }
        prints.insert(path, print);
        pending << path;
    }
    // A packet that lacks changes of a device (made for a copy that had more) can follow once
    // another packet in the folder brought them: tried again while any import goes through.
    QHash<QString, QString> lacking;
    for (bool progress = true; progress && !pending.isEmpty();) {
        progress = false;
        QStringList again;
        for (const QString& path : pending) {
            auto imported = importPacket(db, path);
            if (imported) {
                progress = true;
                outcome.memory[path] = prints.value(path);
                if (imported->applied > 0)
                    outcome.imported.push_back({path, *imported});
                else
                    ++outcome.unchangedFiles;
            } else if (imported.error().kind == Error::Kind::Conflict) {
                lacking.insert(path, imported.error().message);
                again << path;
            } else {
                outcome.problems.push_back({path, imported.error().message});
            }
        }
        pending = again;
    }
    for (const QString& path : pending)
        outcome.problems.push_back({path, lacking.value(path)});
}

} // namespace

QString syncFolderSettingKey() {
    return QStringLiteral("sync_folder");
}

QString packetFileName(qint64 family, qint64 device) {
    return QStringLiteral("%1-%2.clpacket").arg(family).arg(device);
}

qint64 FolderSyncOutcome::applied() const {
    qint64 sum = 0;
    for (const FolderImport& i : imported)
        sum += i.outcome.applied;
    return sum;
}

qint64 FolderSyncOutcome::conflicts() const {
    qint64 sum = 0;
    for (const FolderImport& i : imported)
        sum += i.outcome.conflicts;
    return sum;
}

Result<FolderSyncOutcome> syncWithFolder(Database& db, const QString& folder,
                                         const FolderMemory& memory) {
    if (folder.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("sync folder: no folder is set"));
    const QDir dir(folder);
    if (!dir.exists())
        return Error::notFound(
            QStringLiteral("%1: the sync folder is not there (is the drive or share connected?)")
                .arg(QDir::toNativeSeparators(folder)));
    auto status = syncStatus(db);
    if (!status)
        return status.error();
    FolderSyncOutcome outcome;
    const QString own = packetFileName(status->family, status->self.id);
    outcome.packet = dir.filePath(own);
    importAll(db, otherPackets(dir, own), memory, outcome);
    // An import prunes what every device has; without one (a copy just cloned, say) it would go
    // out again in this copy's packet.
    try {
        if (hasAcknowledged(db.handle()))
            if (Status pruned = forgetAcknowledged(db); !pruned)
                return pruned.error();
    } catch (...) {
        return describeException(db.path());
    }
    auto exported = exportPacket(db, QString(), outcome.packet);
    if (!exported)
        return exported.error();
    outcome.exported = *exported;
    return outcome;
}

} // namespace clientele::sync
