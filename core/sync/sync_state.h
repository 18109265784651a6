#pragma once

#include <QByteArray>
#include <QString>

#include <map>
#include <optional>

struct sqlite3;

namespace clientele::sync {

// These run inside the caller's transaction and throw sql::Exception on failure.

struct SyncIdentity {
    qint64 family = 0;
    qint64 device = 0;
    QString name;
};

std::optional<SyncIdentity> loadIdentity(sqlite3* db);
// The first change of a database makes it the first device of a new family.
SyncIdentity ensureIdentity(sqlite3* db);

// Hybrid logical clock: physical milliseconds << 16 plus a counter, never going back, and
// pushed past every clock imported (so a change made after seeing another sorts after it).
constexpr int kClockCounterBits = 16;
qint64 nextClock(sqlite3* db);
void observeClock(sqlite3* db, qint64 seen);
qint64 clockMillis(qint64 clock);

// Per origin device, the last changeset applied (or, for this device, recorded).
struct Applied {
    qint64 seq = 0;
    qint64 clock = 0;
};
using AppliedVector = std::map<qint64, Applied>;
AppliedVector loadApplied(sqlite3* db);
void saveApplied(sqlite3* db, qint64 origin, const Applied& applied);

// What a device had applied of each origin when it committed a changeset: origin -> clock.
using SeenVector = std::map<qint64, qint64>;
SeenVector seenOf(const AppliedVector& applied);
QByteArray encodeSeen(const SeenVector& seen);
SeenVector decodeSeen(const QByteArray& bytes);
qint64 seenClock(const SeenVector& seen, qint64 device); // 0 when the device is not in it
// An erasure (a customer's personal data erased) counts as having seen every write: it wins
// over any edit, and what it deleted is kept without its values. Its seen vector says so with
// an entry for device 0.
constexpr qint64 kErasureMark = 0;
inline bool isErasure(const SeenVector& seen) {
    return seen.count(kErasureMark) > 0;
}

} // namespace clientele::sync
