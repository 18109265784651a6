#include "orders_page.h"

#include "order_filter_bar.h"
#include "order_list_model.h"
#include "shell/app_context.h"
#include "storage/database.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace clientele {

namespace {
const QString kHeaderKey = QStringLiteral("orders/header");
} // namespace

OrdersPage::OrdersPage(AppContext& app, QWidget* parent)
    : Page(app, parent) {
    setObjectName(QStringLiteral("orders"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(buildToolbar());
    m_filters = new OrderFilterBar(app, this);
    layout->addWidget(m_filters);
    // The model reads its first page when the page is first shown, not at start-up.
    m_model = new OrderListModel(app, this, OrderListModel::Load::Later);
    m_model->setBackground(true);
    m_view = new QTableView(this);
    setUpView();
    layout->addWidget(m_view, 1);

    connect(m_filters, &OrderFilterBar::filterChanged, this,
            [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::updateCount);
    connect(m_model, &OrderListModel::loadFailed, this,
            [this](const QString& message) { emit this->app().statusMessage(message); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const Id id = m_model->idAt(index.row()))
            emit this->app().openOrderRequested(id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::updateActions);
    connect(&app, &AppContext::dataChanged, this, [this](const QString& what) {
        if (!what.isEmpty() && what != QLatin1String("order") && what != QLatin1String("customer"))
            return;
        if (isVisible())
            m_model->reload();
        else
            m_stale = true;
    });
    updateActions();
}

OrdersPage::~OrdersPage() {
    saveColumns();
}

QIcon OrdersPage::icon() const {
    return QIcon(QStringLiteral(":/icons/orders.svg"));
}

QWidget* OrdersPage::buildToolbar() {
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    m_new = bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Order"), this,
                           &OrdersPage::newOrder);
    m_new->setToolTip(tr("New order (Ctrl+N)"));
    m_open = bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Open"), this,
                            &OrdersPage::openCurrent);
    m_open->setToolTip(tr("Open the order in the editor (Enter)"));
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_count = new QLabel(bar);
    bar->addWidget(m_count);
    return bar;
}

void OrdersPage::setUpView() {
    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrderListModel::Date, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    QHeaderView* header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const int widths[] = {130, 95, 200, 90, 55, 110, 110, 110, 95, 100, 110};
    static_assert(std::size(widths) == OrderListModel::ColumnCount);
    for (int c = 0; c < OrderListModel::ColumnCount; ++c)
        header->resizeSection(c, widths[c]);
    restoreColumns();
}

void OrdersPage::saveColumns() const {
    QSettings().setValue(kHeaderKey, m_view->horizontalHeader()->saveState());
}

void OrdersPage::restoreColumns() {
    const QByteArray state = QSettings().value(kHeaderKey).toByteArray();
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

void OrdersPage::activate() {
    if (!m_model->isLoaded() || m_stale)
        m_model->reload();
    m_stale = false;
}

QWidget* OrdersPage::focusTarget() {
    return m_filters->searchBox();
}

Id OrdersPage::currentOrder() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

Id OrdersPage::currentCustomer() const {
    const QModelIndex current = m_view->currentIndex();
    const OrderListRow* row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    return row && row->customerId ? *row->customerId : 0;
}

bool OrdersPage::createNew() {
    if (!m_new->isEnabled())
        return false;
    newOrder();
    return true;
}

void OrdersPage::newOrder() {
    emit app().newOrderRequested(0);
}

void OrdersPage::openCurrent() {
    if (const Id id = currentOrder())
        emit app().openOrderRequested(id);
}

void OrdersPage::updateActions() {
    const bool readOnly = app().database().isReadOnly();
    m_new->setEnabled(!readOnly);
    m_open->setEnabled(currentOrder() != 0);
}

void OrdersPage::updateCount() {
    m_count->setText(tr("Orders: %1").arg(app().locale().toString(m_model->totalCount())));
}

} // namespace clientele
