#pragma once

// The small tools of the facts loader (facts_loader.cpp): reading stored text and dates from
// SQLite's UTF-8 without a detour through QVariant, coding repeated text, finding ids.
#include "facts.h"
#include "storage/sqlite.h"

#include <QString>

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

struct sqlite3;

namespace clientele {
class Database;
}

namespace clientele::analysis::loading {

inline QString toQString(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// The day of a stored "YYYY-MM-DD[ HH:MM...]" (trusted: written by core); kNoDay when empty.
DayNumber storedDay(std::string_view text);

template <typename... Columns>
void reserve(qint64 rows, Columns&... columns) {
    (columns.reserve(static_cast<std::size_t>(rows)), ...);
}

// Repeated text becomes a Dictionary code. The UTF-8 bytes are looked up first, so the hot loop
// builds a QString only for text it has not met yet.
class CodeCache {
public:
    explicit CodeCache(Dictionary& dictionary)
        : m_dictionary(dictionary) {}
    int code(std::string_view utf8);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    Dictionary& m_dictionary;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_codes;
};

// Database id -> Facts index: pairs sorted once and found by binary search (compact, and no
// allocation per entry as a node-based hash map would make).
class IdIndex {
public:
    void add(qint64 id, int index) { m_entries.emplace_back(id, index); }
    void seal();
    int find(qint64 id) const;
    int find(const sql::Statement& q, int column) const {
        return q.isNull(column) ? kNone : find(q.int64(column));
    }

private:
    std::vector<std::pair<qint64, int>> m_entries;
};

// All reads see one snapshot: a deferred read transaction unless the caller already has one.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database& db);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db;
    bool m_began = false;
};

} // namespace clientele::analysis::loading
