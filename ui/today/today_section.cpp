#include "today_section.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

TodaySection::TodaySection(const QString& title, const QString& emptyText, QStringList headers,
                           QList<int> numeric, int stretch, QWidget* parent)
    : QFrame(parent)
    , m_title(title)
    , m_emptyText(emptyText)
    , m_stretch(stretch) {
    setObjectName(QStringLiteral("todaySection"));
    setStyleSheet(QStringLiteral("QFrame#todaySection { background: white; border: 1px solid "
                                 "#dde3e7; border-radius: 8px; }"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 12);
    auto* top = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setMinimumHeight(28); // as tall as a section button, so titles line up
    m_heading->setStyleSheet(QStringLiteral("font-size: 15px; font-weight: 600; color: #263238;"));
    top->addWidget(m_heading, 1);
    m_buttons = new QHBoxLayout;
    top->addLayout(m_buttons);
    layout->addLayout(top);
    m_empty = new QLabel(emptyText, this);
    m_empty->setStyleSheet(QStringLiteral("color: #78909c; padding: 6px 0;"));
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty);
    m_model = new SectionModel(std::move(headers), std::move(numeric), this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    // Column widths from the first rows only: sampling a thousand rows of each of thousands of
    // overdue items holds up the window.
    m_view->verticalHeader()->setResizeContentsPrecision(40);
    m_view->horizontalHeader()->setResizeContentsPrecision(40);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);
    layout->addStretch(); // holds the title and the empty line at the top when the table hides
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const Id customer = m_model->row(index.row()).customerId;
        if (customer != 0)
            emit customerActivated(customer);
    });
    setRows(0, {});
}

void TodaySection::setRows(int count, SectionModel::RowMaker make) {
    m_model->setRows(count, std::move(make));
    m_empty->setText(m_emptyText);
    m_heading->setText(QStringLiteral("%1 (%2)").arg(m_title).arg(count));
    m_empty->setVisible(count == 0);
    m_view->setVisible(count > 0);
    if (count == 0)
        return;
    m_view->resizeColumnsToContents();
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        header->resizeSection(c, qMin(header->sectionSize(c) + 12, 200));
    header->setSectionResizeMode(m_stretch, QHeaderView::Stretch);
}

void TodaySection::setLoading() {
    m_heading->setText(m_title);
    m_empty->setText(tr("Reading…"));
    m_empty->show();
    m_view->hide();
}

void TodaySection::addButton(QWidget* button) {
    m_buttons->addWidget(button);
}

std::vector<int> TodaySection::selectedRows() const {
    std::vector<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.push_back(index.row());
    if (rows.empty() && currentRow() >= 0)
        rows.push_back(currentRow());
    std::sort(rows.begin(), rows.end());
    return rows;
}

int TodaySection::currentRow() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.row() : -1;
}

} // namespace clientele
