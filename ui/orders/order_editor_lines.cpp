// The lines part of the order editor: the product search, the lines table and their messages.
#include "live_edit_delegate.h"
#include "order_editor.h"
#include "order_lines_model.h"
#include "product_search.h"
#include "shell/app_context.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

QWidget* OrderEditor::buildLines() {
    auto* box = new QWidget(this);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* top = new QHBoxLayout;
    m_search = new ProductSearch(m_app.database(), box);
    top->addWidget(m_search, 1);
    auto* remove = new QToolButton(box);
    remove->setObjectName(QStringLiteral("removeLine"));
    remove->setIcon(QIcon(QStringLiteral(":/icons/delete.svg")));
    remove->setText(tr("Remove Line"));
    remove->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    remove->setToolTip(tr("Remove the selected line (Delete)"));
    connect(remove, &QToolButton::clicked, this, &OrderEditor::removeCurrentLine);
    top->addWidget(remove);
    layout->addLayout(top);

    m_lines = new OrderLinesModel(m_app, this);
    m_view = new QTableView(box);
    m_view->setObjectName(QStringLiteral("orderLines"));
    m_view->setModel(m_lines);
    m_view->setItemDelegate(new LiveEditDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->setAlternatingRowColors(true);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(OrderLinesModel::Product, QHeaderView::Stretch);
    for (int c = OrderLinesModel::OnHand; c < OrderLinesModel::ColumnCount; ++c)
        header->resizeSection(c, c <= OrderLinesModel::Quantity ? 80 : 110);
    layout->addWidget(m_view, 1);
    m_linesError = new QLabel(box);
    m_linesError->setObjectName(QStringLiteral("linesError"));
    m_linesError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_linesError->setWordWrap(true);
    m_linesError->hide();
    layout->addWidget(m_linesError);
    m_stockWarning = new QLabel(box);
    m_stockWarning->setObjectName(QStringLiteral("stockWarning"));
    m_stockWarning->setStyleSheet(QStringLiteral(
        "background: #fff8e1; color: #8d5300; border-radius: 4px; padding: 6px 8px;"));
    m_stockWarning->setWordWrap(true);
    m_stockWarning->hide();
    layout->addWidget(m_stockWarning);

    connect(m_search, &ProductSearch::chosen, this,
            [this](const Product& p) { addProductLine(m_lines->addProduct(p)); });
    auto* del = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(del, &QShortcut::activated, this, &OrderEditor::removeCurrentLine);
    return box;
}

// After a product was added, the quantity is what the user types next. Later, once the
// search's completer has closed and handed the focus back to the search box.
void OrderEditor::addProductLine(int row) {
    QTimer::singleShot(0, this, [this, row] {
        const QModelIndex quantity = m_lines->index(row, OrderLinesModel::Quantity);
        if (!quantity.isValid())
            return;
        m_view->setCurrentIndex(quantity);
        m_view->setFocus();
        m_view->edit(quantity);
        if (auto* editor = QApplication::focusWidget(); editor && m_view->isAncestorOf(editor))
            if (auto* line = qobject_cast<QLineEdit*>(editor))
                line->selectAll();
    });
}

void OrderEditor::removeCurrentLine() {
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_lines->removeLine(current.row());
}

// Line problems come as "line 2: ..." (core validation) or from cells that are not numbers;
// each is listed under the table and its cell is marked.
void OrderEditor::showLineErrors(const FieldErrors& errors) {
    static const QRegularExpression lineNumber(QStringLiteral("^line (\\d+): "));
    QStringList messages;
    for (const FieldError& e : errors) {
        messages << e.message;
        const auto match = lineNumber.match(e.message);
        if (match.hasMatch())
            m_lines->markErrors(match.captured(1).toInt() - 1, e.field, e.message);
    }
    m_linesError->setText(messages.join(u'\n'));
    m_linesError->setVisible(!messages.isEmpty());
}

} // namespace clientele
