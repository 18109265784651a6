#pragma once

#include "common/result.h"
#include "outbox.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace clientele::sync {

// A sync packet file: magic, format version, body length, body, SHA-256 of all before it.
// The body holds the family, the source device, the clock range of the changesets, the devices
// the source knows by name, the source's acknowledgement vector (per origin the last sequence
// and clock it applied) and the changesets.
constexpr quint32 kPacketFormat = 1;

struct PacketDevice {
    qint64 id = 0;
    QString name;
};

struct PacketAck {
    qint64 origin = 0;
    qint64 seq = 0;
    qint64 clock = 0;
};

struct Packet {
    qint64 family = 0;
    qint64 source = 0;
    qint64 firstClock = 0;
    qint64 lastClock = 0;
    std::vector<PacketDevice> devices; // the source first
    std::vector<PacketAck> acks;
    std::vector<OutboxEntry> entries;
};

QByteArray encodePacket(const Packet& packet);
// Refuses (Invalid, naming the file) anything but an intact packet of a known format.
Result<Packet> decodePacket(const QByteArray& bytes, const QString& path);

} // namespace clientele::sync
