#include "customers_page.h"

#include "customer_list_model.h"
#include "shell/app_context.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele {

CustomersPage::CustomersPage(AppContext& app, QWidget* parent)
    : Page(app, parent) {
    auto* layout = new QVBoxLayout(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find a customer by name, phone, email, company or ref"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_model = new CustomerListModel(app.database(), this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view);

    // Searching waits for a pause in typing so each keystroke does not hit the database.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &CustomersPage::applySearch);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit this->app().openCustomerRequested(m_model->idAt(index.row()));
    });
    connect(&app, &AppContext::dataChanged, m_model, [this](const QString& what) {
        if (what.isEmpty() || what == QLatin1String("customer"))
            m_model->reload();
    });
}

void CustomersPage::activate() {}

QWidget* CustomersPage::focusTarget() {
    return m_search;
}

void CustomersPage::applySearch() {
    CustomerFilter filter = m_model->filter();
    filter.text = m_search->text();
    m_model->setFilter(filter);
}

} // namespace clientele
