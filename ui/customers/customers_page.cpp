#include "customers_page.h"

#include "bulk_edit_dialog.h"
#include "customer_dialog.h"
#include "customer_filter_bar.h"
#include "customer_list_model.h"
#include "domain/customer_repository.h"
#include "merge_dialog.h"
#include "shell/app_context.h"
#include "shell/message_box.h"
#include "storage/database.h"
#include "storage/write_transaction.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <iterator>

namespace clientele {

namespace {
const QString kHeaderKey = QStringLiteral("customers/header");
} // namespace

CustomersPage::CustomersPage(AppContext& app, QWidget* parent)
    : Page(app, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(buildToolbar());
    m_filters = new CustomerFilterBar(app, this);
    layout->addWidget(m_filters);
    layout->addWidget(buildOnlyBanner());
    // The model reads its first page when the page is first shown, not at start-up.
    m_model = new CustomerListModel(app.database(), this, CustomerListModel::Load::Later);
    m_model->setBackground(true);
    m_view = new QTableView(this);
    setUpView();
    layout->addWidget(m_view, 1);

    connect(m_filters, &CustomerFilterBar::filterChanged, this,
            [this] { m_model->setFilter(currentFilter()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateCount);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit this->app().openCustomerRequested(m_model->idAt(index.row()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomersPage::updateActions);
    connect(&app, &AppContext::dataChanged, this, [this](const QString& what) {
        if (!what.isEmpty() && what != QLatin1String("customer"))
            return;
        if (isVisible())
            m_model->reload();
        else
            m_stale = true;
    });
    connect(&app, &AppContext::newCustomerRequested, this, &CustomersPage::newCustomer);
    updateActions();
}

CustomersPage::~CustomersPage() {
    saveColumns();
}

QIcon CustomersPage::icon() const {
    return QIcon(QStringLiteral(":/icons/customers.svg"));
}

QWidget* CustomersPage::buildToolbar() {
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Customer"), this,
                   [this] { newCustomer(); });
    m_edit = bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit"), this,
                            &CustomersPage::editCurrent);
    m_logVisit = bar->addAction(QIcon(QStringLiteral(":/icons/visit.svg")), tr("Log Visit"), this,
                                [this] { emit app().logVisitRequested(currentCustomer()); });
    bar->addSeparator();
    m_bulkEdit = bar->addAction(QIcon(QStringLiteral(":/icons/tag.svg")), tr("Bulk Edit"), this,
                                &CustomersPage::bulkEdit);
    m_merge = bar->addAction(QIcon(QStringLiteral(":/icons/merge.svg")), tr("Merge"), this,
                             &CustomersPage::mergeSelected);
    m_merge->setToolTip(tr("Merge two duplicate customers"));
    m_delete = bar->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this,
                              &CustomersPage::deleteSelected);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_count = new QLabel(bar);
    bar->addWidget(m_count);
    return bar;
}

void CustomersPage::setUpView() {
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CustomersPage::showColumnMenu);
    const int widths[] = {90, 170, 80, 190, 150, 200, 90, 90, 80, 50, 110, 160, 95, 95};
    static_assert(std::size(widths) == CustomerListModel::ColumnCount);
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    for (int c : {CustomerListModel::Kind, CustomerListModel::Emails, CustomerListModel::Region,
                  CustomerListModel::Created, CustomerListModel::Updated})
        header->hideSection(c);
    restoreColumns();
}

void CustomersPage::showColumnMenu(const QPoint& at) {
    QMenu menu(this);
    QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < CustomerListModel::ColumnCount; ++c) {
        QAction* action = menu.addAction(CustomerListModel::columnTitle(c));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != CustomerListModel::Name); // the list always names the customer
        connect(action, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            saveColumns();
        });
    }
    menu.exec(header->mapToGlobal(at));
}

void CustomersPage::saveColumns() const {
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void CustomersPage::restoreColumns() {
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void CustomersPage::activate() {
    if (!m_model->isLoaded() || m_stale)
        m_model->reload();
    m_stale = false;
}

QWidget* CustomersPage::focusTarget() {
    return m_filters->searchBox();
}

QLineEdit* CustomersPage::searchBox() const {
    return m_filters->searchBox();
}

Id CustomersPage::currentCustomer() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

std::vector<Id> CustomersPage::selectedIds() const {
    std::vector<Id> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids.push_back(m_model->idAt(index.row()));
    return ids;
}

void CustomersPage::updateActions() {
    const std::size_t selected = m_view->selectionModel()->selectedRows().size();
    const bool readOnly = app().database().isReadOnly();
    m_edit->setEnabled(selected == 1 && !readOnly);
    m_logVisit->setEnabled(selected == 1 && !readOnly);
    m_bulkEdit->setEnabled(selected >= 1 && !readOnly);
    m_merge->setEnabled(selected == 2 && !readOnly);
    m_delete->setEnabled(selected >= 1 && !readOnly);
}

QWidget* CustomersPage::buildOnlyBanner() {
    m_onlyBanner = new QWidget(this);
    auto* row = new QHBoxLayout(m_onlyBanner);
    row->setContentsMargins(0, 2, 0, 2);
    m_onlyText = new QLabel(m_onlyBanner);
    auto* all = new QPushButton(tr("Show All"), m_onlyBanner);
    row->addWidget(m_onlyText, 1);
    row->addWidget(all);
    connect(all, &QPushButton::clicked, this, &CustomersPage::showAll);
    m_onlyBanner->setVisible(false);
    return m_onlyBanner;
}

CustomerFilter CustomersPage::currentFilter() const {
    CustomerFilter filter = m_filters->filter();
    if (!m_only)
        return filter;
    if (!filter.ids) {
        filter.ids = m_only;
        return filter;
    }
    // Both a segment and an analysis list: the customers in both.
    std::vector<Id> both;
    std::vector<Id> a = *filter.ids, b = *m_only;
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
    filter.ids = std::move(both);
    return filter;
}

void CustomersPage::showOnly(const QString& what, std::vector<Id> ids) {
    m_onlyText->setText(
        tr("Only the %n customer(s) of “%1”.", nullptr, static_cast<int>(ids.size())).arg(what));
    m_only = std::move(ids);
    m_onlyBanner->setVisible(true);
    m_model->setFilter(currentFilter());
}

void CustomersPage::showAll() {
    m_only.reset();
    m_onlyBanner->setVisible(false);
    m_model->setFilter(currentFilter());
}

void CustomersPage::updateCount() {
    m_count->setText(tr("Customers: %1").arg(app().locale().toString(m_model->totalCount())));
}

void CustomersPage::newCustomer(const QString& phone) {
    Customer c = CustomerDialog::newCustomer(app().database());
    c.phones = phone;
    auto* dialog = new CustomerDialog(app(), c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { emit app().openCustomerRequested(dialog->savedId()); });
    dialog->open();
}

void CustomersPage::editCurrent() {
    auto c = CustomerRepository(app().database()).get(currentCustomer());
    if (!c)
        return;
    auto* dialog = new CustomerDialog(app(), *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CustomersPage::bulkEdit() {
    auto* dialog = new BulkEditDialog(app(), selectedIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CustomersPage::mergeSelected() {
    std::vector<Id> ids = selectedIds();
    if (ids.size() != 2)
        return;
    auto* dialog = new MergeDialog(app(), ids[0], ids[1], this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CustomersPage::deleteSelected() {
    const std::vector<Id> ids = selectedIds();
    if (ids.empty())
        return;
    const int n = static_cast<int>(ids.size());
    if (MessageBox::question(this, tr("Delete Customers"),
                             tr("Delete %n customer(s) with their visits, preferences, notes and "
                                "tasks? This cannot be undone.",
                                nullptr, n)) != QMessageBox::Yes)
        return;
    Database& db = app().database();
    const Status deleted =
        writeInTransaction(db, QStringLiteral("deleting customers"), [&]() -> Status {
            CustomerRepository repository(db);
            for (Id id : ids)
                if (Status s = repository.remove(id); !s)
                    return s;
            return {};
        });
    if (!deleted) {
        MessageBox::warning(this, tr("Delete Customers"),
                            tr("Nothing was deleted: %1").arg(deleted.error().message));
        return;
    }
    app().notifyChanged(QStringLiteral("customer"));
    emit app().statusMessage(tr("Deleted %n customer(s)", nullptr, n));
}

} // namespace clientele
