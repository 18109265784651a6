#include "main_window.h"

#include "app_context.h"
#include "customers/customers_page.h"
#include "page.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QStatusBar>

namespace clientele {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_app(new AppContext(*m_db, this)) {
    setWindowTitle(tr("Clientele"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    m_navigation = new QListWidget(central);
    m_navigation->setFixedWidth(170);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    addPage(new CustomersPage(*m_app, m_stack));

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < static_cast<int>(m_pages.size()))
            showPage(m_pages[static_cast<std::size_t>(row)]);
    });
    m_navigation->setCurrentRow(0);

    m_statusCounts = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCounts);
    statusBar()->showMessage(
        m_db->isReadOnly() ? tr("%1 (read-only: %2)").arg(m_db->path(), m_db->readOnlyReason())
                           : m_db->path());
    connect(m_app, &AppContext::statusMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(m_app, &AppContext::dataChanged, this, &MainWindow::updateStatus);
    updateStatus();
    resize(1440, 900);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page* page) {
    m_pages.push_back(page);
    m_stack->addWidget(page);
    m_navigation->addItem(new QListWidgetItem(page->icon(), page->title()));
}

void MainWindow::showPage(Page* page) {
    const auto it = std::find(m_pages.begin(), m_pages.end(), page);
    if (it == m_pages.end())
        return;
    const int row = static_cast<int>(it - m_pages.begin());
    if (m_navigation->currentRow() != row)
        m_navigation->setCurrentRow(row); // comes back here through currentRowChanged
    m_stack->setCurrentWidget(page);
    page->activate();
    if (QWidget* focus = page->focusTarget())
        focus->setFocus();
}

void MainWindow::updateStatus() {
    const qint64 customers = sql::queryInt(m_db->handle(), "SELECT count(*) FROM customer");
    m_statusCounts->setText(tr("%n customer(s)", nullptr, static_cast<int>(customers)));
}

} // namespace clientele
