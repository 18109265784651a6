#include "table_tab.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

QStandardItem* textItem(const QString& text, Id id) {
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    item->setToolTip(text);
    if (id != 0)
        item->setData(id, Qt::UserRole);
    return item;
}

QStandardItem* numberItem(const QString& text) {
    QStandardItem* item = textItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

TableTab::TableTab(AppContext& app, Filler filler, QWidget* parent)
    : QWidget(parent)
    , m_app(app)
    , m_filler(std::move(filler)) {
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);
    m_model = new QStandardItemModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const Id id = m_model->index(index.row(), 0).data(Qt::UserRole).value<Id>();
        if (id != 0)
            emit activated(id);
    });
}

void TableTab::load(Id customerId) {
    m_model->clear();
    m_note->clear();
    m_filler(m_app, customerId, *m_model, *m_note);
    m_note->setVisible(!m_note->text().isEmpty());
    m_view->resizeColumnsToContents();
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        header->resizeSection(c, qMin(header->sectionSize(c) + 16, 360));
}

} // namespace clientele
