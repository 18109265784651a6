#include "customer_page.h"

#include "customer_header.h"
#include "customer_sheet.h"
#include "customers/customer_dialog.h"
#include "domain/customer_repository.h"
#include "domain/customer_summary.h"
#include "expenses/expense_dialog.h"
#include "profile_tab.h"
#include "shell/app_context.h"
#include "shell/file_dialog.h"
#include "shell/message_box.h"
#include "storage/database.h"
#include "tab_fillers.h"
#include "tickets/ticket_dialog.h"
#include "timeline_tab.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

CustomerPage::CustomerPage(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 8);
    layout->addWidget(buildActions());
    m_header = new CustomerHeader(app, this);
    layout->addWidget(m_header);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_profile = new ProfileTab(app, m_tabs);
    m_tabs->addTab(m_profile, tr("Profile"));
    addTableTab(QStringLiteral("organisation"), tr("Organisation"), fillOrganisation);
    m_timeline = new TimelineTab(app, m_tabs);
    m_tabs->addTab(m_timeline, tr("Timeline"));
    addTableTab(QStringLiteral("orders"), tr("Orders"), fillOrders);
    addTableTab(QStringLiteral("products"), tr("Products Bought"), fillProductsBought);
    addTableTab(QStringLiteral("preferences"), tr("Preferences"), fillPreferences);
    addTableTab(QStringLiteral("goals"), tr("Goals and Needs"), fillGoalsAndNeeds);
    addTableTab(QStringLiteral("competitors"), tr("Competitors"), fillCompetitors);
    addTableTab(QStringLiteral("tasks"), tr("Tasks"), fillTasks);
    addTableTab(QStringLiteral("cost_to_serve"), tr("Cost to Serve"), fillCostToServe);
    m_tabs->setCurrentWidget(m_timeline);
    layout->addWidget(m_tabs, 1);
    m_loaded.assign(static_cast<std::size_t>(m_tabs->count()), false);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CustomerPage::loadTab);
    connect(&app, &AppContext::dataChanged, this, [this] {
        if (m_customer == 0)
            return;
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    connect(&app, &AppContext::insightsChanged, this, [this] {
        if (m_customer != 0)
            loadHeader();
    });
}

QWidget* CustomerPage::buildActions() {
    auto* bar = new QWidget(this);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto* back = new QToolButton(bar);
    back->setIcon(QIcon(QStringLiteral(":/icons/back.svg")));
    back->setText(tr("Customers"));
    back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    back->setAutoRaise(true);
    connect(back, &QToolButton::clicked, this, &CustomerPage::backRequested);
    row->addWidget(back);
    row->addStretch(1);
    const auto button = [&](const char* icon, const QString& text, auto slot) {
        auto* b = new QPushButton(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))),
                                  text, bar);
        connect(b, &QPushButton::clicked, this, slot);
        row->addWidget(b);
        return b;
    };
    const bool writable = !m_app.database().isReadOnly();
    button("edit", tr("Edit"), [this] {
        auto c = CustomerRepository(m_app.database()).get(m_customer);
        if (!c)
            return;
        auto* dialog = new CustomerDialog(m_app, *c, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    })->setEnabled(writable);
    button("visit", tr("Log Visit"), [this] {
        emit m_app.logVisitRequested(m_customer);
    })->setEnabled(writable);
    button("orders", tr("New Order"), [this] {
        emit m_app.newOrderRequested(m_customer);
    })->setEnabled(writable);
    QPushButton* newTicket = button("tickets", tr("New Ticket"), [this] {
        auto* dialog = new TicketDialog(m_app, std::nullopt, m_customer, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    newTicket->setObjectName(QStringLiteral("newTicket"));
    newTicket->setEnabled(writable);
    QPushButton* expense = button("add", tr("Record Expense"),
                                  [this] { ExpenseDialog::start(m_app, m_customer, this); });
    expense->setObjectName(QStringLiteral("recordExpense"));
    expense->setToolTip(tr("Money spent on this customer: a dinner, a gift, samples, travel"));
    expense->setEnabled(writable);
    button("print", tr("Customer Sheet (PDF)"), [this] { printSheet(); });
    return bar;
}

void CustomerPage::addTableTab(const QString& name, const QString& title,
                               void (*filler)(AppContext&, Id, QStandardItemModel&, QLabel&)) {
    auto* tab = new TableTab(m_app, filler, m_tabs);
    tab->setObjectName(name);
    connect(tab, &TableTab::activated, this, [this, name](Id id) {
        if (name == QLatin1String("organisation"))
            emit m_app.openCustomerRequested(id);
        else if (name == QLatin1String("orders"))
            emit m_app.openOrderRequested(id);
    });
    m_tabs->addTab(tab, title);
}

TableTab* CustomerPage::tableTab(const QString& name) const {
    return m_tabs->findChild<TableTab*>(name);
}

void CustomerPage::showCustomer(Id customerId) {
    m_customer = customerId;
    reload();
}

void CustomerPage::reload() {
    m_stale = false;
    std::fill(m_loaded.begin(), m_loaded.end(), false);
    loadHeader();
    loadTab(m_tabs->currentIndex());
}

void CustomerPage::loadHeader() {
    Database& db = m_app.database();
    auto c = CustomerRepository(db).get(m_customer);
    if (!c) {
        MessageBox::warning(this, tr("Customer"), c.error().message);
        return;
    }
    QString company;
    if (c->companyId)
        if (auto co = CustomerRepository(db).get(*c->companyId))
            company = co->name;
    const auto summary = readCustomerSummary(db, m_customer, m_app.today());
    std::optional<CustomerInsight> insight;
    if (m_app.insights())
        insight = m_app.insights()->insightFor(m_customer);
    m_header->display(*c, company, summary ? *summary : CustomerSummary{}, insight);
    m_profile->display(*c);
    m_loaded[0] = true; // the profile comes with the record
}

void CustomerPage::loadTab(int index) {
    if (index < 0 || m_customer == 0 || m_loaded[static_cast<std::size_t>(index)])
        return;
    m_loaded[static_cast<std::size_t>(index)] = true;
    QWidget* tab = m_tabs->widget(index);
    if (tab == m_timeline)
        m_timeline->load(m_customer);
    else if (auto* table = qobject_cast<TableTab*>(tab))
        table->load(m_customer);
}

void CustomerPage::printSheet() {
    if (m_customer == 0)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Save Customer Sheet"), QString(),
                                                     tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = writeCustomerSheetPdf(m_app, m_customer, path); !s) {
        MessageBox::warning(this, tr("Customer Sheet"), s.error().message);
        return;
    }
    emit m_app.statusMessage(tr("Saved the customer sheet to %1").arg(path));
}

} // namespace clientele
