#pragma once

#include <QStyledItemDelegate>

namespace clientele {

// Hands each keystroke to the model at once (not only when the editor closes), so figures that
// depend on the cell, such as an order's totals, follow the typing.
class LiveEditDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace clientele
