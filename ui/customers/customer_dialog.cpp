#include "customer_dialog.h"

#include "customer_commands.h"
#include "customer_form.h"
#include "domain/customer_repository.h"
#include "domain/customer_validation.h"
#include "shell/app_context.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace clientele {

CustomerDialog::CustomerDialog(AppContext& app, const Customer& customer, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_original(customer) {
    setWindowTitle(customer.id == 0 ? tr("New Customer") : tr("Edit %1").arg(customer.name));
    auto* layout = new QVBoxLayout(this);
    m_form = new CustomerForm(app.database(), this);
    m_form->setCustomer(customer);
    layout->addWidget(m_form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerDialog::reject);
    layout->addWidget(buttons);
    resize(560, 640);
}

Customer CustomerDialog::newCustomer(const Database& db) {
    Customer c;
    sql::Statement q = db.prepare("SELECT ref FROM customer WHERE ref GLOB 'C[0-9]*' "
                                  "ORDER BY length(ref) DESC, ref DESC LIMIT 1");
    const QString last = q.step() ? q.text(0) : QStringLiteral("C000000");
    static const QRegularExpression digits(QStringLiteral("^C(\\d+)$"));
    const auto match = digits.match(last);
    const qlonglong next = match.hasMatch() ? match.captured(1).toLongLong() + 1 : 1;
    c.ref = QStringLiteral("C%1").arg(next, 6, 10, QLatin1Char('0'));
    return c;
}

void CustomerDialog::accept() {
    Customer c = m_form->customer();
    CustomerRepository repository(m_app.database());
    c.companyId.reset();
    FieldErrors unknownCompany;
    if (const QString ref = m_form->companyRef(); !ref.isEmpty()) {
        if (auto company = repository.idForRef(ref))
            c.companyId = *company;
        else
            unknownCompany.push_back(
                {QStringLiteral("company_ref"), tr("No customer has this ref")});
    }
    FieldErrors errors = validateCustomer(c);
    errors.insert(errors.end(), unknownCompany.begin(), unknownCompany.end());
    if (const auto existing = repository.idForRef(c.ref); existing && *existing != c.id)
        errors.push_back({QStringLiteral("ref"), tr("Another customer already has this ref")});
    if (m_form->showErrors(errors))
        return;
    DatabaseCommand* command = nullptr;
    if (c.id == 0) {
        auto* create = new CreateCustomerCommand(m_app, c);
        m_savedId = create->customerId();
        command = create;
    } else {
        command =
            new EditCustomersCommand(m_app, tr("Edit customer %1").arg(c.name), {m_original}, {c});
        m_savedId = c.id;
    }
    if (Status saved = m_app.execute(command); !saved) {
        m_savedId = 0;
        m_form->showErrors({{QString(), saved.error().message}});
        return;
    }
    QDialog::accept();
}

} // namespace clientele
