#include "live_edit_delegate.h"

#include <QLineEdit>

namespace clientele {

namespace {
const char* const kTyped = "clienteleTyped";
} // namespace

QWidget* LiveEditDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const {
    auto* edit = new QLineEdit(parent);
    edit->setFrame(false);
    edit->setAlignment(Qt::Alignment(index.data(Qt::TextAlignmentRole).toInt()));
    connect(edit, &QLineEdit::textEdited, this, [this, edit] {
        edit->setProperty(kTyped, true);
        emit const_cast<LiveEditDelegate*>(this)->commitData(edit);
    });
    return edit;
}

void LiveEditDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* edit = qobject_cast<QLineEdit*>(editor);
    const QString text = index.data(Qt::EditRole).toString();
    // Once the user typed, the text is theirs: the model's tidy form of it ("1" shown back as
    // "1.00") would land in the middle of their typing.
    if (edit && !edit->property(kTyped).toBool() && edit->text() != text)
        edit->setText(text);
}

void LiveEditDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const {
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace clientele
