#include "facts_loading.h"

#include "storage/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <climits>

namespace clientele::analysis::loading {

DayNumber storedDay(std::string_view text) {
    if (text.size() < 10)
        return kNoDay;
    auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    return dayNumber({number(0, 4), number(5, 2), number(8, 2)});
}

int CodeCache::code(std::string_view utf8) {
    if (utf8.empty())
        return 0;
    auto it = m_codes.find(utf8);
    if (it != m_codes.end())
        return it->second;
    const int code = m_dictionary.code(toQString(utf8));
    m_codes.emplace(std::string(utf8), code);
    return code;
}

void IdIndex::seal() {
    std::sort(m_entries.begin(), m_entries.end());
}

int IdIndex::find(qint64 id) const {
    const auto it =
        std::lower_bound(m_entries.begin(), m_entries.end(), std::pair<qint64, int>(id, INT_MIN));
    return it != m_entries.end() && it->first == id ? it->second : kNone;
}

ReadSnapshot::ReadSnapshot(const Database& db)
    : m_db(db.handle()) {
    if (sqlite3_get_autocommit(m_db) != 0) {
        sql::exec(m_db, "BEGIN");
        m_began = true;
    }
}

ReadSnapshot::~ReadSnapshot() {
    if (m_began)
        sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace clientele::analysis::loading
