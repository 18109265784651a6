#pragma once

#include <QAbstractItemView>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace clientele {

// The read-only list of records every page shows: whole rows selected, no editing in place,
// alternating rows of one text line, no row numbers.
QTableView*
newRecordTable(QAbstractItemModel* model, QWidget* parent,
               QAbstractItemView::SelectionMode selection = QAbstractItemView::SingleSelection);

} // namespace clientele
