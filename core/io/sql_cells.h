#pragma once

#include "row_cells.h"
#include "storage/sqlite.h"

namespace clientele {

inline void bindCell(sql::Statement& q, int index, const CellValue& value) {
    switch (value.kind) {
    case CellValue::Kind::Null:
        q.bindNull(index);
        break;
    case CellValue::Kind::Integer:
        q.bind(index, value.integer);
        break;
    case CellValue::Kind::Real:
        q.bind(index, value.real);
        break;
    case CellValue::Kind::Text:
        q.bind(index, value.text);
        break;
    }
}

} // namespace clientele
