#include "sync_exchange.h"

#include "change_applier.h"
#include "change_recorder.h"
#include "common/ids.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/foreign_keys_off.h"
#include "storage/sqlite.h"
#include "storage/sqlite_error.h"
#include "storage/write_transaction.h"
#include "sync_packet.h"
#include "sync_state.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

namespace clientele::sync {

namespace {

// The identity, made on the spot for a database nothing was written to yet.
Result<SyncIdentity> identityOf(Database& db) {
    try {
        if (auto identity = loadIdentity(db.handle()))
            return *identity;
    } catch (...) {
        return describeException(db.path());
    }
    if (db.isReadOnly())
        return Error::database(QStringLiteral("%1: no copy was made of this database yet, and it "
                                              "is open read-only")
                                   .arg(db.path()));
    SyncIdentity identity;
    Status made = writeInTransaction(db, db.path(), [&]() -> Status {
        identity = ensureIdentity(db.handle());
        return {};
    });
    if (!made)
        return made.error();
    return identity;
}

std::vector<DeviceInfo> knownDevices(sqlite3* db) {
    std::vector<DeviceInfo> devices;
    sql::Statement q(db, "SELECT id, name FROM sync_device ORDER BY name, id");
    while (q.step())
        devices.push_back({q.int64(0), q.text(1)});
    return devices;
}

std::optional<DeviceInfo> findDevice(sqlite3* db, const QString& nameOrId) {
    for (const DeviceInfo& d : knownDevices(db))
        if (d.name == nameOrId || QString::number(d.id) == nameOrId)
            return d;
    return std::nullopt;
}

std::map<qint64, qint64> acknowledgedBy(sqlite3* db, qint64 peer) {
    std::map<qint64, qint64> acks;
    sql::Statement q(db, "SELECT origin, seq FROM sync_ack WHERE peer = ?");
    q.bind(1, peer);
    while (q.step())
        acks[q.int64(0)] = q.int64(1);
    return acks;
}

void saveAck(sqlite3* db, qint64 peer, qint64 origin, qint64 seq) {
    sql::Statement q(db, "INSERT INTO sync_ack (peer, origin, seq) VALUES (?,?,?) "
                         "ON CONFLICT (peer, origin) DO UPDATE SET seq = max(seq, excluded.seq)");
    q.bind(1, peer).bind(2, origin).bind(3, seq).exec();
}

void saveDevice(sqlite3* db, const DeviceInfo& device) {
    sql::Statement q(db, "INSERT INTO sync_device (id, name) VALUES (?, ?) "
                         "ON CONFLICT (id) DO UPDATE SET name = excluded.name");
    q.bind(1, device.id).bind(2, device.name).exec();
}

bool nameTaken(sqlite3* db, const SyncIdentity& self, const QString& name) {
    return self.name == name || findDevice(db, name).has_value();
}

// Turns the fresh copy at path into the device `device`, which knows the original as a peer
// that has everything the copy has.
Status becomeDevice(const QString& path, const DeviceInfo& device, const SyncIdentity& original) {
    auto copy = Database::open(path);
    if (!copy)
        return copy.error();
    Database& db = **copy;
    return writeInTransaction(db, path, [&]() -> Status {
        sqlite3* h = db.handle();
        sql::Statement self(h, "UPDATE sync_self SET device_id = ?, device_name = ?");
        self.bind(1, device.id).bind(2, device.name).exec();
        db.exec("DELETE FROM sync_outbox; DELETE FROM sync_conflict");
        sql::Statement drop(h, "DELETE FROM sync_device WHERE id = ?");
        drop.bind(1, device.id).exec();
        saveDevice(h, {original.device, original.name});
        for (const auto& [origin, applied] : loadApplied(h))
            saveAck(h, original.device, origin, applied.seq);
        return {};
    });
}

// What an export for the device would hold (see exportPacket).
qint64 waitingFor(sqlite3* db, qint64 device) {
    sql::Statement q(db, "SELECT count(*) FROM sync_outbox o WHERE o.origin <> ?1 AND o.seq > "
                         "coalesce((SELECT a.seq FROM sync_ack a WHERE a.peer = ?1 AND "
                         "a.origin = o.origin), 0)");
    q.bind(1, device);
    return q.step() ? q.int64(0) : 0;
}

QString lastSeen(sqlite3* db, qint64 device) {
    sql::Statement q(db, "SELECT last_seen FROM sync_device WHERE id = ?");
    q.bind(1, device);
    return q.step() && !q.isNull(0) ? q.text(0) : QString();
}

} // namespace

Result<DeviceInfo> cloneDatabase(Database& db, const QString& outPath, const QString& name) {
    if (QFileInfo::exists(outPath))
        return Error::invalid(
            QStringLiteral("%1: a file is already there; a copy is never written over one")
                .arg(outPath));
    auto self = identityOf(db);
    if (!self)
        return self.error();
    DeviceInfo device{newId(), name};
    Status registered = writeInTransaction(db, db.path(), [&]() -> Status {
        sqlite3* h = db.handle();
        if (device.name.isEmpty())
            device.name = QStringLiteral("copy %1").arg(knownDevices(h).size() + 2);
        if (nameTaken(h, *self, device.name))
            return Error::invalid(
                QStringLiteral("%1: a device of this family is already named \"%2\"; choose "
                               "another --name")
                    .arg(db.path(), device.name));
        saveDevice(h, device);
        for (const auto& [origin, applied] : loadApplied(h))
            saveAck(h, device.id, origin, applied.seq);
        return {};
    });
    if (!registered)
        return registered.error();
    if (Status copied = backupDatabase(db, outPath); !copied)
        return copied.error();
    if (Status made = becomeDevice(outPath, device, *self); !made)
        return made.error();
    return device;
}

Result<ExportOutcome> exportPacket(Database& db, const QString& target, const QString& outPath) {
    auto self = identityOf(db);
    if (!self)
        return self.error();
    Packet packet;
    try {
        sqlite3* h = db.handle();
        std::optional<DeviceInfo> to;
        if (!target.isEmpty() && !(to = findDevice(h, target)))
            return Error::notFound(
                QStringLiteral("%1: no device named \"%2\" is known to this copy (sync status "
                               "lists them; --all writes a packet for any device)")
                    .arg(db.path(), target));
        const std::map<qint64, qint64> acks =
            to ? acknowledgedBy(h, to->id) : std::map<qint64, qint64>{};
        packet.entries = loadEntries(h, [&](qint64 origin, qint64 seq) {
            if (to && origin == to->id)
                return false;
            const auto ack = acks.find(origin);
            return ack == acks.end() || seq > ack->second;
        });
        packet.family = self->family;
        packet.source = self->device;
        packet.devices.push_back({self->device, self->name});
        for (const DeviceInfo& d : knownDevices(h))
            packet.devices.push_back({d.id, d.name});
        for (const auto& [origin, applied] : loadApplied(h))
            packet.acks.push_back({origin, applied.seq, applied.clock});
    } catch (...) {
        return describeException(db.path());
    }
    for (const OutboxEntry& e : packet.entries) {
        packet.firstClock = packet.firstClock ? std::min(packet.firstClock, e.clock) : e.clock;
        packet.lastClock = std::max(packet.lastClock, e.clock);
    }
    const QByteArray bytes = encodePacket(packet);
    ExportOutcome outcome{static_cast<qint64>(packet.entries.size()), bytes.size()};
    // Rewriting the same bytes would still look like news to a folder-syncing tool.
    if (QFile existing(outPath); existing.size() == bytes.size() &&
                                 existing.open(QIODevice::ReadOnly) &&
                                 existing.readAll() == bytes) {
        outcome.unchanged = true;
        return outcome;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(
            QStringLiteral("%1: cannot write the packet: %2").arg(outPath, file.errorString()));
    return outcome;
}

namespace {

Result<Packet> readPacket(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return decodePacket(file.readAll(), path);
}

QString deviceName(const Packet& packet, qint64 id) {
    for (const PacketDevice& d : packet.devices)
        if (d.id == id)
            return d.name;
    return QString::number(id);
}

// The changesets not applied here yet, in clock order; refused when an origin's sequence has a
// hole (the packet was made for a copy that had more than this one).
Result<std::vector<OutboxEntry>> newEntries(const Packet& packet, const AppliedVector& applied,
                                            const QString& path, qint64* skipped) {
    std::vector<OutboxEntry> fresh;
    std::map<qint64, qint64> next;
    std::vector<const OutboxEntry*> sorted;
    for (const OutboxEntry& e : packet.entries)
        sorted.push_back(&e);
    std::sort(sorted.begin(), sorted.end(), [](const OutboxEntry* a, const OutboxEntry* b) {
        return std::tie(a->origin, a->seq) < std::tie(b->origin, b->seq);
    });
    for (const OutboxEntry* e : sorted) {
        const auto have = applied.find(e->origin);
        const qint64 last = have == applied.end() ? 0 : have->second.seq;
        if (e->seq <= last) {
            ++*skipped;
            continue;
        }
        const qint64 expected = next.count(e->origin) ? next[e->origin] : last + 1;
        if (e->seq != expected)
            return Error::conflict(
                QStringLiteral("%1: the packet lacks changes of device \"%2\" (this copy has them "
                               "up to #%3, the packet goes on from #%4); import that device's "
                               "earlier packets first, or ask it for a packet made for this "
                               "copy; nothing was applied")
                    .arg(path, deviceName(packet, e->origin))
                    .arg(expected - 1)
                    .arg(e->seq));
        next[e->origin] = e->seq + 1;
        if (e->seq > last)
            fresh.push_back(*e);
    }
    std::sort(fresh.begin(), fresh.end(), [](const OutboxEntry& a, const OutboxEntry& b) {
        return std::tie(a.clock, a.origin) < std::tie(b.clock, b.origin);
    });
    return fresh;
}

void rememberPeers(sqlite3* db, const Packet& packet, qint64 self, const QString& now) {
    for (const PacketDevice& d : packet.devices)
        if (d.id != self)
            saveDevice(db, {d.id, d.name});
    for (const PacketAck& a : packet.acks)
        saveAck(db, packet.source, a.origin, a.seq);
    sql::Statement seen(db, "UPDATE sync_device SET last_seen = ? WHERE id = ?");
    seen.bind(1, now).bind(2, packet.source).exec();
}

} // namespace

Result<ImportOutcome> importPacket(Database& db, const QString& path) {
    auto packet = readPacket(path);
    if (!packet)
        return packet.error();
    auto self = identityOf(db);
    if (!self)
        return self.error();
    if (packet->family != self->family)
        return Error::invalid(QStringLiteral("%1: the packet comes from a database that is not a "
                                             "copy of this one (another family); nothing was "
                                             "applied")
                                  .arg(path));
    ImportOutcome outcome;
    outcome.source = deviceName(*packet, packet->source);
    std::optional<ForeignKeysOff> keysOff;
    try {
        keysOff.emplace(db);
    } catch (...) {
        return describeException(path);
    }
    PausedRecording paused(db);
    Status applied = writeInTransaction(db, path, [&]() -> Status {
        sqlite3* h = db.handle();
        AppliedVector vector = loadApplied(h);
        auto fresh = newEntries(*packet, vector, path, &outcome.skipped);
        if (!fresh)
            return fresh.error();
        ChangeApplier applier(h, db.clock().nowText());
        for (const OutboxEntry& entry : *fresh) {
            applier.apply(entry);
            storeEntry(h, entry);
            saveApplied(h, entry.origin, {entry.seq, entry.clock});
            observeClock(h, entry.clock);
        }
        applier.restoreMissingParents();
        rememberPeers(h, *packet, self->device, db.clock().nowText());
        pruneAcknowledged(h);
        outcome.applied = applier.counts().changesets;
        outcome.rows = applier.counts().rows;
        outcome.conflicts = applier.counts().conflicts;
        return {};
    });
    if (!applied)
        return Error{
            applied.error().kind,
            applied.error().message.startsWith(path)
                ? applied.error().message
                : QStringLiteral("%1: %2; nothing was applied").arg(path, applied.error().message)};
    return outcome;
}

Status forgetAcknowledged(Database& db) {
    return writeInTransaction(db, db.path(), [&]() -> Status {
        pruneAcknowledged(db.handle());
        return {};
    });
}

Result<SyncStatus> syncStatus(Database& db) {
    auto self = identityOf(db);
    if (!self)
        return self.error();
    SyncStatus status;
    status.family = self->family;
    status.self = {self->device, self->name};
    try {
        sqlite3* h = db.handle();
        const AppliedVector applied = loadApplied(h);
        auto add = [&](const DeviceInfo& d, bool isSelf) {
            const auto a = applied.find(d.id);
            const std::map<qint64, qint64> acks = acknowledgedBy(h, d.id);
            const auto ack = acks.find(self->device);
            status.devices.push_back({d, isSelf, a == applied.end() ? 0 : a->second.seq,
                                      a == applied.end() ? 0 : a->second.clock,
                                      ack == acks.end() ? 0 : ack->second,
                                      isSelf ? 0 : waitingFor(h, d.id), lastSeen(h, d.id)});
        };
        add(status.self, true);
        for (const DeviceInfo& d : knownDevices(h))
            add(d, false);
        status.outboxChangesets = sql::queryInt(h, "SELECT count(*) FROM sync_outbox");
        status.outboxBytes =
            sql::queryInt(h, "SELECT coalesce(sum(length(changeset)), 0) FROM sync_outbox");
        status.openConflicts =
            sql::queryInt(h, "SELECT count(*) FROM sync_conflict WHERE resolved_at IS NULL");
    } catch (...) {
        return describeException(db.path());
    }
    return status;
}

Status renameDevice(Database& db, const QString& name) {
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return Error::invalid(QStringLiteral("device name: a name is required"));
    auto self = identityOf(db);
    if (!self)
        return self.error();
    return writeInTransaction(db, db.path(), [&]() -> Status {
        sqlite3* h = db.handle();
        if (const auto other = findDevice(h, wanted); other && other->id != self->device)
            return Error::invalid(
                QStringLiteral("device name: another device of this family is named \"%1\"")
                    .arg(wanted));
        sql::Statement q(h, "UPDATE sync_self SET device_name = ?");
        q.bind(1, wanted).exec();
        return {};
    });
}

} // namespace clientele::sync
