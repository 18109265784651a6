#pragma once

#include "common/result.h"
#include "sync_exchange.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <vector>

namespace clientele {
class Database;
}

namespace clientele::sync {

// A folder the copies of a family share: a USB stick, a network share, or a folder that
// Syncthing or Nextcloud keeps in step. Each copy writes one packet there, for every other
// device, under a name only it writes (packetFileName), and reads everyone else's. No file ever
// has two writers, so a file-syncing tool never sees two versions of one file to reconcile.

// The setting (stored in the database) that names this copy's sync folder; empty: none.
QString syncFolderSettingKey();

// "<family>-<device>.clpacket"
QString packetFileName(qint64 family, qint64 device);

// What the last successful import read of each packet file (its size and checksum), to skip a
// file that has not changed since (importing it again would change nothing, but would still
// write a transaction).
using FolderMemory = std::map<QString, QByteArray>;

struct FolderImport {
    QString file;
    ImportOutcome outcome;
};

struct FolderProblem {
    QString file;
    QString message; // names the file
};

struct FolderSyncOutcome {
    QString packet; // this copy's file in the folder
    ExportOutcome exported;
    std::vector<FolderImport> imported; // the files that brought something new
    qint64 unchangedFiles = 0;          // skipped: as they were when last imported
    std::vector<FolderProblem> problems;
    FolderMemory memory; // to pass to the next run

    qint64 applied() const;
    qint64 conflicts() const;
};

// Imports every other device's packet in the folder, then writes this copy's (which so also
// acknowledges what it just read, letting the others prune). A packet that is damaged, of
// another family or of a newer format is listed in problems, and nothing of it is applied; the
// other files are imported all the same. A packet that lacks changes another one in the folder
// brings is tried again after it. Fails only when the folder cannot be used or this copy's packet
// cannot be written.
Result<FolderSyncOutcome> syncWithFolder(Database& db, const QString& folder,
                                         const FolderMemory& memory = {});

} // namespace clientele::sync
