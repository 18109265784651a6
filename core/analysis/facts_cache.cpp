#include "facts_cache.h"

#include "facts_loader.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

namespace clientele::analysis {

Result<std::shared_ptr<const Facts>> FactsCache::facts(const Database& db,
                                                       const Progress& progress) {
    std::lock_guard lock(m_mutex);
    qint64 stamp = 0;
    try {
        stamp = db.changeStamp();
    } catch (...) {
        return describeException(QStringLiteral("checking the database for changes"));
    }
    if (m_facts && m_connection == &db && m_path == db.path() && m_stamp == stamp)
        return m_facts;
    auto loaded = loadFacts(db, progress);
    if (!loaded)
        return loaded;
    ++m_loads;
    m_facts = *loaded;
    m_connection = &db;
    m_path = db.path();
    // Taken before loading: a commit by another connection during the load moves the stamp,
    // so the next call reloads rather than keeping a possibly older snapshot.
    m_stamp = stamp;
    return m_facts;
}

void FactsCache::clear() {
    std::lock_guard lock(m_mutex);
    m_facts.reset();
    m_connection = nullptr;
    m_path.clear();
}

int FactsCache::loads() const {
    std::lock_guard lock(m_mutex);
    return m_loads;
}

} // namespace clientele::analysis
