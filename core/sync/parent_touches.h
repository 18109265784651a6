#pragma once

#include "field_clocks.h"

#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace clientele::sync {

struct RowChange;
class TableRows;

// A new reference to a row (an order line naming a product, a visit naming a customer) counts
// as an edit of that row against a delete: a delete that had not seen it must not win, whether
// the reference arrives before or after the delete, and whether or not the referring row is
// still there later. The latest such write is kept as the row's field clock of column "".
// One object per changeset: a row it inserts needs no touch (whoever saw the insert saw the
// reference), and a row referred to many times is touched once.
class ParentTouches {
public:
    ParentTouches(TableRows& rows, const std::vector<RowChange>& changes);

    // The (table, key) of the rows for which this write is now the latest reference.
    std::vector<std::pair<QString, QString>> touch(const RowChange& change,
                                                   const WriteClock& write);

private:
    TableRows& m_rows;
    QSet<QString> m_done; // "table/key"
};

} // namespace clientele::sync
