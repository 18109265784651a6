#pragma once

#include "common/result.h"

#include <QString>

namespace clientele {

// What the first 100 bytes of a file say, read without letting SQLite touch the file: a file that
// is not ours, or is newer than this program, must be refused without being modified.
struct DatabaseFileHeader {
    bool exists = false;
    bool empty = false; // zero bytes: a database nobody has written yet
    quint32 applicationId = 0;
    int userVersion = 0;
};

constexpr quint32 kApplicationId = 0x434C4E54; // "CLNT"

Result<DatabaseFileHeader> readDatabaseHeader(const QString& path);

// Refuses (Error::Kind::Database, message naming the file) what Clientele must not open.
Status checkDatabaseHeader(const QString& path, const DatabaseFileHeader& header, int knownVersion);

} // namespace clientele
