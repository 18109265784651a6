#include "sync_state.h"

#include "common/ids.h"
#include "storage/sqlite.h"

#include <QDataStream>
#include <QDateTime>
#include <QIODevice>
#include <QSysInfo>

#include <algorithm>
#include <limits>

namespace clientele::sync {

std::optional<SyncIdentity> loadIdentity(sqlite3* db) {
    sql::Statement q(db, "SELECT family_id, device_id, device_name FROM sync_self");
    if (!q.step())
        return std::nullopt;
    return SyncIdentity{q.int64(0), q.int64(1), q.text(2)};
}

SyncIdentity ensureIdentity(sqlite3* db) {
    if (auto identity = loadIdentity(db))
        return *identity;
    QString name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = QStringLiteral("first");
    SyncIdentity identity{newId(), newId(), name};
    sql::Statement q(db, "INSERT INTO sync_self (only, family_id, device_id, device_name) "
                         "VALUES (1, ?, ?, ?)");
    q.bind(1, identity.family).bind(2, identity.device).bind(3, identity.name).exec();
    return identity;
}

qint64 nextClock(sqlite3* db) {
    const qint64 last = sql::queryInt(db, "SELECT hlc FROM sync_self");
    const qint64 physical = QDateTime::currentMSecsSinceEpoch() << kClockCounterBits;
    const qint64 next = std::max(physical, last + 1);
    sql::Statement q(db, "UPDATE sync_self SET hlc = ?");
    q.bind(1, next).exec();
    return next;
}

void observeClock(sqlite3* db, qint64 seen) {
    sql::Statement q(db, "UPDATE sync_self SET hlc = max(hlc, ?)");
    q.bind(1, seen).exec();
}

qint64 clockMillis(qint64 clock) {
    return clock >> kClockCounterBits;
}

AppliedVector loadApplied(sqlite3* db) {
    AppliedVector applied;
    sql::Statement q(db, "SELECT origin, seq, hlc FROM sync_applied");
    while (q.step())
        applied[q.int64(0)] = {q.int64(1), q.int64(2)};
    return applied;
}

void saveApplied(sqlite3* db, qint64 origin, const Applied& applied) {
    sql::Statement q(db,
                     "INSERT INTO sync_applied (origin, seq, hlc) VALUES (?, ?, ?) "
                     "ON CONFLICT (origin) DO UPDATE SET seq = excluded.seq, hlc = excluded.hlc");
    q.bind(1, origin).bind(2, applied.seq).bind(3, applied.clock).exec();
}

SeenVector seenOf(const AppliedVector& applied) {
    SeenVector seen;
    for (const auto& [origin, a] : applied)
        seen[origin] = a.clock;
    return seen;
}

QByteArray encodeSeen(const SeenVector& seen) {
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    for (const auto& [device, clock] : seen)
        out << device << clock;
    return bytes;
}

SeenVector decodeSeen(const QByteArray& bytes) {
    SeenVector seen;
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    while (!in.atEnd()) {
        qint64 device = 0, clock = 0;
        in >> device >> clock;
        if (in.status() != QDataStream::Ok)
            break;
        seen[device] = clock;
    }
    return seen;
}

qint64 seenClock(const SeenVector& seen, qint64 device) {
    if (isErasure(seen))
        return std::numeric_limits<qint64>::max();
    const auto it = seen.find(device);
    return it == seen.end() ? 0 : it->second;
}

} // namespace clientele::sync
