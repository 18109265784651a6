#pragma once

#include "common/progress.h"
#include "common/result.h"
#include "facts.h"

#include <QString>

#include <memory>
#include <mutex>

namespace clientele {
class Database;
}

namespace clientele::analysis {

// Keeps the facts last loaded and loads them again only when the database changed since
// (Database::changeStamp moved). Safe to call from any thread, typically a worker with its own
// connection (Database::openSibling); calls are serialised. Change stamps only compare within
// one connection, so a call through another connection (or another file) loads afresh: a caller
// that closes its connection and opens a new one calls clear() in between.
class FactsCache {
public:
    Result<std::shared_ptr<const Facts>> facts(const Database& db, const Progress& progress = {});
    void clear();
    // How many times facts() had to read the database (for tests and diagnostics).
    int loads() const;

private:
    mutable std::mutex m_mutex;
    std::shared_ptr<const Facts> m_facts;
    const Database* m_connection = nullptr;
    QString m_path;
    qint64 m_stamp = 0;
    int m_loads = 0;
};

} // namespace clientele::analysis
