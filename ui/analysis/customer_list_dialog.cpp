#include "customer_list_dialog.h"

#include "campaigns/campaign_commands.h"
#include "campaigns/campaign_dialog.h"
#include "chart_helpers.h"
#include "shell/app_context.h"
#include "shell/message_box.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace clientele {

CustomerListDialog::CustomerListDialog(AppContext& app,
                                       std::shared_ptr<const analysis::Facts> facts,
                                       std::vector<int> customers, const QString& title,
                                       QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_facts(std::move(facts))
    , m_customers(std::move(customers)) {
    setWindowTitle(title);
    setObjectName(QStringLiteral("customerListDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n customer(s). Double-click one to open its page.", nullptr,
                                    static_cast<int>(m_customers.size())),
                                 this));
    m_table = charts::makeTable({tr("Ref"), tr("Name")}, this);
    m_table->setRowCount(static_cast<int>(m_customers.size()));
    const auto& known = m_facts->customers;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto c = static_cast<std::size_t>(m_customers[static_cast<std::size_t>(row)]);
        m_table->setItem(row, 0, charts::textItem(known.ref[c]));
        m_table->setItem(row, 1, charts::textItem(known.name[c]));
    }
    m_table->resizeColumnToContents(0);
    layout->addWidget(m_table);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* inList = buttons->addButton(tr("Show in Customers List"), QDialogButtonBox::ActionRole);
    inList->setObjectName(QStringLiteral("showInList"));
    connect(inList, &QPushButton::clicked, this, &CustomerListDialog::showInList);
    auto* campaign =
        buttons->addButton(tr("New Campaign with Them…"), QDialogButtonBox::ActionRole);
    campaign->setObjectName(QStringLiteral("newCampaign"));
    campaign->setEnabled(!m_app.database().isReadOnly() && !m_customers.empty());
    connect(campaign, &QPushButton::clicked, this, &CustomerListDialog::startCampaign);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openRow(row); });
    resize(520, 480);
}

CustomerListDialog* CustomerListDialog::start(AppContext& app,
                                              std::shared_ptr<const analysis::Facts> facts,
                                              std::vector<int> customers, const QString& title,
                                              QWidget* parent) {
    auto* dialog =
        new CustomerListDialog(app, std::move(facts), std::move(customers), title, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
    return dialog;
}

void CustomerListDialog::showInList() {
    const std::vector<Id> ids = customerIds();
    const QString what = windowTitle();
    accept();
    emit m_app.customerListRequested(what, ids);
}

std::vector<Id> CustomerListDialog::customerIds() const {
    std::vector<Id> ids;
    ids.reserve(m_customers.size());
    for (int c : m_customers)
        ids.push_back(m_facts->customers.id[static_cast<std::size_t>(c)]);
    return ids;
}

CampaignDialog* CustomerListDialog::startCampaign() {
    auto* dialog = new CampaignDialog(m_app, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->nameEdit()->setText(windowTitle());
    connect(dialog, &CampaignDialog::accepted, this, [this, dialog] {
        // Two steps on the undo stack, as when a campaign is made and filled on its page.
        auto* members = new AddMembersCommand(m_app, dialog->savedCampaignId(), customerIds());
        if (const Status s = m_app.execute(members); !s) {
            MessageBox::warning(this, tr("New Campaign"), s.error().message);
            return;
        }
        emit m_app.statusMessage(tr("Campaign “%1” made with %Ln customers.", nullptr,
                                    static_cast<int>(m_customers.size()))
                                     .arg(dialog->nameEdit()->text()));
        accept();
    });
    dialog->open();
    return dialog;
}

void CustomerListDialog::openRow(int row) {
    if (row < 0 || row >= static_cast<int>(m_customers.size()))
        return;
    const Id id =
        m_facts->customers.id[static_cast<std::size_t>(m_customers[static_cast<std::size_t>(row)])];
    accept();
    emit m_app.openCustomerRequested(id);
}

} // namespace clientele
