#include "bulk_edit_dialog.h"

#include "common/text_lists.h"
#include "customer_commands.h"
#include "customer_labels.h"
#include "distinct_values.h"
#include "domain/customer_repository.h"
#include "shell/app_context.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace clientele {

BulkEditDialog::BulkEditDialog(AppContext& app, std::vector<Id> customers, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_customers(std::move(customers)) {
    setWindowTitle(tr("Edit %n Customer(s)", nullptr, static_cast<int>(m_customers.size())));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_addTags = new QLineEdit(this);
    m_addTags->setPlaceholderText(tr("Tags to add, separated by ;"));
    form->addRow(tr("Add tags"), m_addTags);
    m_removeTags = new QLineEdit(this);
    m_removeTags->setPlaceholderText(tr("Tags to remove, separated by ;"));
    form->addRow(tr("Remove tags"), m_removeTags);
    m_setTier = new QCheckBox(tr("Set tier"), this);
    m_tier = checkedCombo(m_setTier);
    m_tier->addItems({QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    m_tier->setEditable(true);
    form->addRow(m_setTier, m_tier);
    m_setSalesperson = new QCheckBox(tr("Set salesperson"), this);
    m_salesperson = checkedCombo(m_setSalesperson);
    m_salesperson->addItems(QStringList{QString()}
                            << distinctCustomerValues(app.database(), "salesperson"));
    m_salesperson->setEditable(true);
    form->addRow(m_setSalesperson, m_salesperson);
    m_setStatus = new QCheckBox(tr("Set status"), this);
    m_status = checkedCombo(m_setStatus);
    for (const QString& s : customer_values::statuses)
        m_status->addItem(customerStatusLabel(s), s);
    form->addRow(m_setStatus, m_status);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &BulkEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &BulkEditDialog::reject);
    layout->addWidget(buttons);
}

QComboBox* BulkEditDialog::checkedCombo(QCheckBox* check) {
    auto* combo = new QComboBox(this);
    combo->setEnabled(false);
    connect(check, &QCheckBox::toggled, combo, &QComboBox::setEnabled);
    return combo;
}

BulkEdit BulkEditDialog::edit() const {
    BulkEdit e;
    e.addTags = splitList(m_addTags->text().replace(u',', u';'));
    e.removeTags = splitList(m_removeTags->text().replace(u',', u';'));
    if (m_setTier->isChecked())
        e.tier = m_tier->currentText().trimmed();
    if (m_setSalesperson->isChecked())
        e.salesperson = m_salesperson->currentText().trimmed();
    if (m_setStatus->isChecked())
        e.status = m_status->currentData().toString();
    return e;
}

void BulkEditDialog::accept() {
    const BulkEdit e = edit();
    if (e.isEmpty()) {
        QDialog::reject();
        return;
    }
    CustomerRepository repository(m_app.database());
    std::vector<Customer> before;
    std::vector<Customer> after;
    for (Id id : m_customers) {
        auto c = repository.get(id);
        if (!c) {
            m_error->setText(c.error().message);
            m_error->show();
            return;
        }
        after.push_back(applyBulkEdit(*c, e));
        before.push_back(std::move(*c));
    }
    const QString text = tr("Edit %n customer(s)", nullptr, static_cast<int>(before.size()));
    if (Status s = m_app.execute(new EditCustomersCommand(m_app, text, before, after)); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace clientele
