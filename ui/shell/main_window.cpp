#include "main_window.h"

#include "analysis/analysis_page.h"
#include "app_context.h"
#include "backup_runner.h"
#include "campaigns/campaigns_page.h"
#include "customer_page/customer_page.h"
#include "customers/customers_page.h"
#include "insights/insights_runner.h"
#include "message_box.h"
#include "orders/order_editor.h"
#include "orders/orders_page.h"
#include "page.h"
#include "products/products_page.h"
#include "quick_find.h"
#include "status_info.h"
#include "storage/database.h"
#include "sync/sync_page.h"
#include "tasks/tasks_page.h"
#include "tickets/tickets_page.h"
#include "today/due_notifier.h"
#include "today/today_page.h"
#include "ui_settings.h"
#include "visits/log_visit_dialog.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

static void initUiResources() {
    Q_INIT_RESOURCE(icons); // the icons live in the static ui library
}

namespace clientele {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_app(new AppContext(*m_db, this)) {
    initUiResources();
    setWindowTitle(tr("Clientele"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/customers.svg")));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildNavigation();
    auto* pages = new QWidget(central);
    auto* pagesLayout = new QVBoxLayout(pages);
    pagesLayout->setContentsMargins(0, 0, 0, 0);
    pagesLayout->setSpacing(0);
    buildReadOnlyBanner(pages);
    m_stack = new QStackedWidget(pages);
    pagesLayout->addWidget(m_readOnlyBanner);
    pagesLayout->addWidget(m_stack, 1);
    layout->addWidget(m_navigation);
    layout->addWidget(pages, 1);
    setCentralWidget(central);

    // Pages in navigation order: Today, Customers, Orders, Products, Tasks, Tickets,
    // Campaigns, Analysis, Sync. Constructors are cheap; pages query when first activated.
    addPage(new TodayPage(*m_app, m_stack));
    addPage(new CustomersPage(*m_app, m_stack));
    addPage(new OrdersPage(*m_app, m_stack));
    addPage(new ProductsPage(*m_app, m_stack));
    addPage(new TasksPage(*m_app, m_stack));
    addPage(new TicketsPage(*m_app, m_stack));
    addPage(new CampaignsPage(*m_app, m_stack));
    addPage(new AnalysisPage(*m_app, m_stack));
    addPage(new SyncPage(*m_app, m_stack));

    m_customerPage = new CustomerPage(*m_app, m_stack);
    m_stack->addWidget(m_customerPage);

    buildToolbar();
    m_status = new StatusInfo(*m_app, statusBar());
    m_backup = new BackupRunner(*m_db, this);
    createMenus();
    connectRequests();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_pages.size()))
            showPage(m_pages[static_cast<std::size_t>(row)]);
    });
    const int start = ui_settings::startPage.get();
    m_navigation->setCurrentRow(start >= 0 && start < m_navigation->count() ? start : 0);
    if (!restoreGeometry(ui_settings::windowGeometry.get()))
        resize(1440, 900);
    startAutomaticBackup();
    startDueNotifier();
    QTimer::singleShot(5000, this, &MainWindow::checkIntegrity); // once the app is up
    m_insights = new InsightsRunner(*m_app, this);
    m_insights->schedule(4000);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation() {
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setFixedWidth(184);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget#navigation { background: #eef2f4; border-right: 1px solid #d5dde2;"
        " padding-top: 10px; font-size: 14px; }"
        "QListWidget#navigation::item { padding: 9px 12px; margin: 1px 8px; border-radius: 6px;"
        " color: #263238; }"
        "QListWidget#navigation::item:hover { background: #e0e8ec; }"
        "QListWidget#navigation::item:selected { background: #cfe3ec; color: #0d3c4f; }"));
}

void MainWindow::buildToolbar() {
    auto* bar = addToolBar(tr("Quick Find"));
    bar->setObjectName(QStringLiteral("quickFindBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setStyleSheet(QStringLiteral("QToolBar { padding: 6px 10px; spacing: 8px; }"));
    m_quickFind = new QuickFind(*m_app, bar);
    m_quickFind->setMaximumWidth(640);
    // Centred over the page area, leaving room for the navigation on the left.
    auto* left = new QWidget(bar);
    left->setFixedWidth(174);
    auto* right = new QWidget(bar);
    right->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(left);
    bar->addWidget(m_quickFind);
    bar->addWidget(right);
}

void MainWindow::addPage(Page* page) {
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_navigation->addItem(new QListWidgetItem(page->icon(), page->title()));
}

Page* MainWindow::currentPage() const {
    return qobject_cast<Page*>(m_stack->currentWidget());
}

void MainWindow::showPage(Page* page) {
    const auto it = std::find(m_pages.begin(), m_pages.end(), page);
    if (it == m_pages.end())
        return;
    const int row = static_cast<int>(it - m_pages.begin());
    if (m_navigation->currentRow() != row) {
        m_navigation->setCurrentRow(row); // comes back here through currentRowChanged
        return;
    }
    m_stack->setCurrentWidget(page);
    page->activate();
    if (QWidget* focus = page->focusTarget())
        focus->setFocus();
}

bool MainWindow::showPageNamed(const QString& name) {
    for (Page* p : m_pages) {
        if (p->title().compare(name, Qt::CaseInsensitive) == 0 ||
            p->objectName().compare(name, Qt::CaseInsensitive) == 0 ||
            QString::fromLatin1(p->metaObject()->className())
                .endsWith(QStringLiteral("::%1Page").arg(name), Qt::CaseInsensitive)) {
            showPage(p);
            return true;
        }
    }
    return false;
}

void MainWindow::openCustomer(Id customerId) {
    if (customerId == 0)
        return;
    m_customerPage->showCustomer(customerId);
    m_stack->setCurrentWidget(m_customerPage);
    // The navigation keeps Customers marked: the customer page belongs to that section.
    if (auto* customers = page<CustomersPage>()) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(static_cast<int>(
            std::find(m_pages.begin(), m_pages.end(), customers) - m_pages.begin()));
    }
    m_customerPage->setFocus();
}

Id MainWindow::currentCustomer() const {
    if (m_stack->currentWidget() == m_customerPage)
        return m_customerPage->customerId();
    if (Page* p = currentPage())
        return p->currentCustomer();
    return 0;
}

void MainWindow::connectRequests() {
    connect(m_app, &AppContext::openCustomerRequested, this, &MainWindow::openCustomer);
    connect(m_app, &AppContext::customerListRequested, this,
            [this](const QString& what, const std::vector<Id>& ids) {
                if (auto* customers = page<CustomersPage>()) {
                    showPage(customers);
                    customers->showOnly(what, ids);
                }
            });
    connect(m_app, &AppContext::logVisitRequested, this, [this](Id customer) {
        if (customer == 0) {
            statusBar()->showMessage(tr("Select a customer first"), 4000);
            return;
        }
        LogVisitDialog::start(*m_app, customer, this);
    });
    connect(m_app, &AppContext::newOrderRequested, this,
            [this](Id customer) { OrderEditor::startNew(*m_app, customer, this); });
    connect(m_app, &AppContext::openOrderRequested, this,
            [this](Id order) { OrderEditor::startEdit(*m_app, order, this); });
    connect(m_app, &AppContext::newCustomerRequested, this, [this] {
        if (auto* customers = page<CustomersPage>(); customers && !customers->isVisible())
            showPage(customers);
    });
    connect(m_app, &AppContext::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(m_app, &AppContext::commandFailed, this,
            [this](const QString& command, const QString& message) {
                MessageBox::warning(
                    this, tr("Undo"),
                    tr("“%1” could not be undone or redone: %2").arg(command, message));
            });
    connect(m_customerPage, &CustomerPage::backRequested, this, [this] {
        if (auto* customers = page<CustomersPage>())
            showPage(customers);
    });
}

void MainWindow::startAutomaticBackup() {
    connect(m_backup, &BackupRunner::started, m_status, &StatusInfo::setBackupRunning);
    connect(m_backup, &BackupRunner::finished, this,
            [this](bool ok, const QString& message, const QString& takenAt) {
                if (ok) {
                    m_status->setLastBackup(takenAt);
                    statusBar()->showMessage(tr("Backed up to %1").arg(message), 6000);
                } else {
                    m_status->refresh();
                    MessageBox::warning(this, tr("Backup"),
                                        tr("The backup failed: %1").arg(message));
                }
            });
    if (ui_settings::autoBackup.get() && !m_db->isReadOnly())
        QTimer::singleShot(3000, m_backup, &BackupRunner::startIfDue); // once the app is up
}

void MainWindow::startDueNotifier() {
    m_dueNotifier = new DueNotifier(*m_app, this);
    connect(m_dueNotifier, &DueNotifier::showRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
        if (auto* today = page<TodayPage>())
            showPage(today);
    });
    // Once the window is up: the first check announces what is due today.
    QTimer::singleShot(2000, m_dueNotifier, &DueNotifier::checkNow);
}

void MainWindow::backUpNow() {
    m_backup->start();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    ui_settings::windowGeometry.set(saveGeometry());
    // The last sync with the sync folder runs with the window hidden, which then closes.
    if (auto* syncPage = page<SyncPage>();
        syncPage && syncPage->syncBeforeClose([this] { close(); })) {
        event->ignore();
        hide();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace clientele
