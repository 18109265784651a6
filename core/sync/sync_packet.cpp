#include "sync_packet.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace clientele::sync {

namespace {

const QByteArray kMagic = QByteArrayLiteral("CLTLSYNC");
constexpr int kHeaderSize = 8 + 4 + 8; // magic, format, body length
constexpr int kDigestSize = 32;

QByteArray encodeBody(const Packet& p) {
    QByteArray body;
    QDataStream out(&body, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << p.family << p.source << p.firstClock << p.lastClock;
    out << static_cast<quint32>(p.devices.size());
    for (const PacketDevice& d : p.devices)
        out << d.id << d.name;
    out << static_cast<quint32>(p.acks.size());
    for (const PacketAck& a : p.acks)
        out << a.origin << a.seq << a.clock;
    out << static_cast<quint32>(p.entries.size());
    for (const OutboxEntry& e : p.entries)
        out << e.origin << e.seq << e.clock << e.seen << e.changeset;
    return body;
}

bool decodeBody(const QByteArray& body, Packet& p) {
    QDataStream in(body);
    in.setVersion(QDataStream::Qt_6_0);
    in >> p.family >> p.source >> p.firstClock >> p.lastClock;
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        PacketDevice d;
        in >> d.id >> d.name;
        p.devices.push_back(d);
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        PacketAck a;
        in >> a.origin >> a.seq >> a.clock;
        p.acks.push_back(a);
    }
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        OutboxEntry e;
        in >> e.origin >> e.seq >> e.clock >> e.seen >> e.changeset;
        p.entries.push_back(std::move(e));
    }
    return in.status() == QDataStream::Ok && in.atEnd();
}

QByteArray digest(QByteArrayView bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

} // namespace

QByteArray encodePacket(const Packet& packet) {
    const QByteArray body = encodeBody(packet);
    QByteArray file;
    QDataStream out(&file, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out.writeRawData(kMagic.constData(), static_cast<int>(kMagic.size()));
    out << kPacketFormat << static_cast<quint64>(body.size());
    out.writeRawData(body.constData(), static_cast<int>(body.size()));
    file += digest(file);
    return file;
}

Result<Packet> decodePacket(const QByteArray& bytes, const QString& path) {
    if (bytes.size() < kHeaderSize || !bytes.startsWith(kMagic))
        return Error::invalid(QStringLiteral("%1: not a Clientele sync packet").arg(path));
    QDataStream header(bytes.mid(kMagic.size(), kHeaderSize - kMagic.size()));
    header.setVersion(QDataStream::Qt_6_0);
    quint32 format = 0;
    quint64 bodySize = 0;
    header >> format >> bodySize;
    if (format > kPacketFormat)
        return Error::invalid(QStringLiteral("%1: the packet was written by a newer version of "
                                             "Clientele (format %2; this version reads up to %3); "
                                             "nothing was applied")
                                  .arg(path)
                                  .arg(format)
                                  .arg(kPacketFormat));
    const quint64 expected = kHeaderSize + bodySize + kDigestSize;
    if (static_cast<quint64>(bytes.size()) < expected)
        return Error::invalid(
            QStringLiteral("%1: the packet is truncated (%2 of %3 bytes); nothing was applied")
                .arg(path)
                .arg(bytes.size())
                .arg(expected));
    const qsizetype signedSize = kHeaderSize + static_cast<qsizetype>(bodySize);
    if (static_cast<quint64>(bytes.size()) > expected ||
        digest(QByteArrayView(bytes).first(signedSize)) != bytes.mid(signedSize, kDigestSize))
        return Error::invalid(QStringLiteral("%1: the packet is damaged (its checksum does not "
                                             "match); nothing was applied")
                                  .arg(path));
    Packet packet;
    if (!decodeBody(bytes.mid(kHeaderSize, signedSize - kHeaderSize), packet))
        return Error::invalid(
            QStringLiteral("%1: the packet cannot be read; nothing was applied").arg(path));
    return packet;
}

} // namespace clientele::sync
