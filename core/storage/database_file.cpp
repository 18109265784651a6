#include "database_file.h"

#include <QFile>
#include <QFileInfo>

namespace clientele {

namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset) {
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | static_cast<unsigned char>(bytes[offset + i]);
    return v;
}

} // namespace

Result<DatabaseFileHeader> readDatabaseHeader(const QString& path) {
    DatabaseFileHeader header;
    const QFileInfo info(path);
    if (!info.exists())
        return header;
    header.exists = true;
    if (info.isDir())
        return Error::database(QStringLiteral("%1: is a folder, not a database file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::database(
            QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(100);
    if (bytes.isEmpty()) {
        header.empty = true;
        return header;
    }
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error::database(
            QStringLiteral("%1: not a Clientele database (not an SQLite file)").arg(path));
    header.userVersion = static_cast<int>(bigEndian32(bytes, 60));
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

Status checkDatabaseHeader(const QString& path, const DatabaseFileHeader& header,
                           int knownVersion) {
    if (!header.exists || header.empty)
        return {};
    if (header.applicationId != kApplicationId)
        return Error::database(
            QStringLiteral("%1: not a Clientele database (an SQLite file of another application)")
                .arg(path));
    if (header.userVersion > knownVersion)
        return Error::database(
            QStringLiteral("%1: written by a newer Clientele (schema version %2; this "
                           "program knows up to %3); update Clientele to open it")
                .arg(path)
                .arg(header.userVersion)
                .arg(knownVersion));
    return {};
}

} // namespace clientele
