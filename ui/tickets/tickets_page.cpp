#include "tickets_page.h"

#include "domain/ticket_listing.h"
#include "shell/app_context.h"
#include "shell/record_table.h"
#include "storage/database.h"
#include "ticket_labels.h"
#include "ticket_list_model.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace clientele {

TicketsPage::TicketsPage(AppContext& app, QWidget* parent)
    : Page(app, parent) {
    setObjectName(QStringLiteral("tickets"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildFilters());
    m_model = new TicketListModel(app, this);
    m_view = newRecordTable(m_model, this);
    QHeaderView* header = m_view->horizontalHeader();
    const int widths[] = {100, 180, 300, 130, 90, 100, 130, 120, 70};
    for (int c = 0; c < TicketListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    header->setSectionResizeMode(TicketListModel::Subject, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, &TicketsPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TicketsPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(
            tr("%1 tickets").arg(this->app().locale().toString(m_model->totalCount())));
        updateActions();
    });
    connect(&app, &AppContext::dataChanged, this, &TicketsPage::onDataChanged);
    addAction(m_delete); // the Delete key works while the list has the focus
    updateActions();
}

QIcon TicketsPage::icon() const {
    return QIcon(QStringLiteral(":/icons/tickets.svg"));
}

QWidget* TicketsPage::buildToolbar() {
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    m_new = bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Ticket"), this,
                           &TicketsPage::newTicket);
    m_new->setEnabled(!app().database().isReadOnly());
    m_new->setObjectName(QStringLiteral("newTicket")); // --action newTicket opens the dialog
    m_edit = bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Open"), this,
                            &TicketsPage::editCurrent);
    bar->addSeparator();
    const std::pair<const char*, QString> steps[] = {
        {QT_TR_NOOP("Start"), QStringLiteral("in_progress")},
        {QT_TR_NOOP("Resolve…"), QStringLiteral("resolved")},
        {QT_TR_NOOP("Close"), QStringLiteral("closed")},
        {QT_TR_NOOP("Reopen"), QStringLiteral("open")},
    };
    for (const auto& [text, status] : steps)
        m_steps.emplace_back(
            status, bar->addAction(tr(text), this, [this, s = status] { moveCurrent(s); }));
    bar->addSeparator();
    m_delete = bar->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this,
                              &TicketsPage::deleteCurrent);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_openCustomer =
        bar->addAction(QIcon(QStringLiteral(":/icons/customers.svg")), tr("Open Customer"), this,
                       [this] { emit this->app().openCustomerRequested(currentCustomer()); });
    m_openCustomer->setObjectName(QStringLiteral("openTicketCustomer"));
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_count = new QLabel(bar);
    bar->addWidget(m_count);
    return bar;
}

QWidget* TicketsPage::buildFilters() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    m_status = new QComboBox(row);
    m_status->addItem(tr("Open and in progress"),
                      QStringList{QStringLiteral("open"), QStringLiteral("in_progress")});
    for (const QString& s : ticket_values::statuses)
        m_status->addItem(ticketStatusLabel(s), QStringList{s});
    m_status->addItem(tr("All"), QStringList{});
    m_severity = new QComboBox(row);
    m_severity->addItem(tr("All severities"), QString());
    for (const QString& s : ticket_values::severities)
        m_severity->addItem(ticketSeverityLabel(s), s);
    m_category = new QComboBox(row);
    m_category->setMinimumContentsLength(14);
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->addItem(tr("All categories"), QString());
    m_text = new QLineEdit(row);
    m_text->setPlaceholderText(tr("Subject, customer or order number"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_status);
    layout->addWidget(m_severity);
    layout->addWidget(m_category);
    layout->addSpacing(12);
    layout->addWidget(m_text, 1);
    for (QComboBox* combo : {m_status, m_severity, m_category})
        connect(combo, &QComboBox::currentIndexChanged, this, &TicketsPage::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &TicketsPage::applyFilter);
    return row;
}

// Categories are free text: the choices are those in use, kept when still there.
void TicketsPage::refillCategories() {
    const QString current = m_category->currentData().toString();
    const QSignalBlocker block(m_category);
    while (m_category->count() > 1)
        m_category->removeItem(1);
    for (const QString& c : ticketCategories(app().database()))
        m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
}

TicketFilter TicketsPage::currentFilter() const {
    TicketFilter f;
    f.statuses = m_status->currentData().toStringList();
    f.severity = m_severity->currentData().toString();
    f.category = m_category->currentData().toString();
    f.text = m_text->text().trimmed();
    return f;
}

void TicketsPage::applyFilter() {
    m_model->setFilter(currentFilter());
}

void TicketsPage::onDataChanged(const QString& what) {
    if (!what.isEmpty() && what != QLatin1String("ticket") && what != QLatin1String("customer") &&
        what != QLatin1String("order"))
        return;
    if (isVisible()) {
        refillCategories();
        applyFilter();
    } else {
        m_stale = true;
    }
}

void TicketsPage::activate() {
    if (m_stale) {
        m_stale = false;
        refillCategories();
        applyFilter();
    }
}

QWidget* TicketsPage::focusTarget() {
    return m_view;
}

int TicketsPage::currentRow() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? index.row() : -1;
}

Id TicketsPage::currentCustomer() const {
    const int row = currentRow();
    return row < 0 ? 0 : m_model->rowAt(row).ticket.customerId;
}

QAction* TicketsPage::stepAction(const QString& status) const {
    for (const auto& [to, action] : m_steps)
        if (to == status)
            return action;
    return nullptr;
}

void TicketsPage::updateActions() {
    const bool writable = !app().database().isReadOnly();
    const int row = currentRow();
    m_edit->setEnabled(row >= 0);
    m_delete->setEnabled(writable && row >= 0);
    const QString status = row < 0 ? QString() : m_model->rowAt(row).ticket.status;
    for (const auto& [to, action] : m_steps)
        action->setEnabled(writable && row >= 0 && to != status &&
                           ticket_values::canMove(status, to));
    m_openCustomer->setEnabled(currentCustomer() != 0);
}

} // namespace clientele
