#include "main_window.h"

#include "customers/customer_list_model.h"
#include "storage/database.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele {

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(std::move(db)) {
    setWindowTitle(tr("Clientele"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Find a customer by name, phone, email, company or ref"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_customers = new CustomerListModel(*m_db, this);
    m_view = new QTableView(central);
    m_view->setModel(m_customers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);
    setCentralWidget(central);

    // Searching waits for a pause in typing so each keystroke does not hit the database.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &MainWindow::applySearch);

    m_countLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->showMessage(
        m_db->isReadOnly() ? tr("%1 (read-only: %2)").arg(m_db->path(), m_db->readOnlyReason())
                           : m_db->path());
    connect(m_customers, &CustomerListModel::modelReset, this, &MainWindow::updateStatus);
    updateStatus();
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::applySearch() {
    CustomerFilter filter = m_customers->filter();
    filter.text = m_search->text();
    m_customers->setFilter(filter);
}

void MainWindow::updateStatus() {
    m_countLabel->setText(tr("%n customer(s)", nullptr, m_customers->totalCount()));
}

} // namespace clientele
