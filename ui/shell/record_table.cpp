#include "record_table.h"

#include <QHeaderView>
#include <QTableView>

namespace clientele {

QTableView* newRecordTable(QAbstractItemModel* model, QWidget* parent,
                           QAbstractItemView::SelectionMode selection) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(selection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(26);
    return view;
}

} // namespace clientele
