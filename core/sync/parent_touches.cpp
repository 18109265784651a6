#include "parent_touches.h"

#include "changeset_rows.h"
#include "table_rows.h"

namespace clientele::sync {

std::vector<std::pair<QString, QString>>
touchParents(sqlite3* db, TableRows& rows, const RowChange& change, const WriteClock& write) {
    std::vector<std::pair<QString, QString>> touched;
    for (const Reference& r : rows.references(change.table)) {
        const auto index = static_cast<std::size_t>(r.column);
        if (r.column < 0 || index >= change.newValues.size() || !change.newValues[index] ||
            change.newValues[index]->type == 5 /* NULL */)
            continue;
        const QString key = change.newValues[index]->display();
        if (!(fieldClock(db, r.parent, key, QString()) < write))
            continue;
        setFieldClock(db, r.parent, key, QString(), write);
        touched.emplace_back(r.parent, key);
    }
    return touched;
}

} // namespace clientele::sync
