#include "parent_touches.h"

#include "changeset_rows.h"
#include "table_rows.h"

#include <sqlite3.h>

namespace clientele::sync {

ParentTouches::ParentTouches(TableRows& rows, const std::vector<RowChange>& changes)
    : m_rows(rows) {
    for (const RowChange& change : changes)
        if (change.op == RowOp::Insert)
            m_done.insert(change.table + QLatin1Char('/') + change.rowKey());
}

std::vector<std::pair<QString, QString>> ParentTouches::touch(const RowChange& change,
                                                              const WriteClock& write) {
    std::vector<std::pair<QString, QString>> touched;
    for (const Reference& r : m_rows.references(change.table)) {
        const auto index = static_cast<std::size_t>(r.column);
        if (r.column < 0 || index >= change.newValues.size() || !change.newValues[index] ||
            change.newValues[index]->type == SQLITE_NULL)
            continue;
        const QString key = change.newValues[index]->display();
        const QString name = r.parent + QLatin1Char('/') + key;
        if (m_done.contains(name))
            continue;
        m_done.insert(name);
        if (!(fieldClock(m_rows, r.parent, key, QString()) < write))
            continue;
        setFieldClock(m_rows, r.parent, key, QString(), write);
        touched.emplace_back(r.parent, key);
    }
    return touched;
}

} // namespace clientele::sync
