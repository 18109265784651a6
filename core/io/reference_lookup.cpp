#include "reference_lookup.h"

#include "storage/database.h"
#include "storage/sqlite.h"

namespace clientele {

ReferenceLookup::ReferenceLookup(Database& db, RefTable table)
    : m_db(db)
    , m_table(table) {}

ReferenceLookup::~ReferenceLookup() = default;

std::optional<qint64> ReferenceLookup::find(const QString& key) {
    if (auto known = m_known.constFind(key); known != m_known.constEnd())
        return *known;
    if (!m_query)
        m_query = std::make_unique<sql::Statement>(
            m_db.handle(),
            QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                .arg(QLatin1String(refTableName(m_table)), QLatin1String(refKeyColumn(m_table))));
    m_query->bind(1, key);
    std::optional<qint64> id;
    if (m_query->step())
        id = m_query->int64(0);
    m_query->reset();
    m_known.insert(key, id);
    return id;
}

} // namespace clientele
