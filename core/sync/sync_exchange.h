#pragma once

#include "common/result.h"

#include <QString>

#include <vector>

namespace clientele {
class Database;
}

namespace clientele::sync {

struct DeviceInfo {
    qint64 id = 0;
    QString name;
};

// A consistent copy of the database at outPath that is a new device of the same family. The
// copy's outbox starts empty; what this copy has applied counts as known to both.
Result<DeviceInfo> cloneDatabase(Database& db, const QString& outPath, const QString& name);

struct ExportOutcome {
    qint64 changesets = 0;
    qint64 bytes = 0;
    bool unchanged = false; // the file already held this very packet and was left alone
};

// Writes a packet with every changeset known here that the target device (by name or id) has
// not acknowledged; with an empty target, every changeset known here. The file is replaced at
// once (written aside, then renamed), and not touched when it already holds the same packet.
Result<ExportOutcome> exportPacket(Database& db, const QString& target, const QString& outPath);

struct ImportOutcome {
    QString source;
    qint64 applied = 0; // changesets
    qint64 skipped = 0; // already applied here
    qint64 rows = 0;
    qint64 conflicts = 0;
};

// Verifies the packet (format, checksum, family) and applies, in one transaction, the
// changesets not applied yet. A refused packet changes nothing.
Result<ImportOutcome> importPacket(Database& db, const QString& path);

// After personal data was erased: drops the outbox entries no other device needs any more,
// which may hold the erased values (the rest go once the devices acknowledge them).
Status forgetAcknowledged(Database& db);

struct OriginStatus {
    DeviceInfo device;
    bool self = false;
    qint64 appliedSeq = 0;   // last changeset of it applied here
    qint64 appliedClock = 0; // its clock (HLC)
    qint64 acknowledged = 0; // of this copy's own changesets, the last it said it has
    qint64 waiting = 0;      // changesets known here that it has not acknowledged
    QString lastSeen;        // when a packet of it was last imported here (empty: never)
};

struct SyncStatus {
    qint64 family = 0;
    DeviceInfo self;
    std::vector<OriginStatus> devices;
    qint64 outboxChangesets = 0;
    qint64 outboxBytes = 0;
    qint64 openConflicts = 0;
};

Result<SyncStatus> syncStatus(Database& db);

// Renames this device; the other copies learn the name from its next packet.
Status renameDevice(Database& db, const QString& name);

} // namespace clientele::sync
