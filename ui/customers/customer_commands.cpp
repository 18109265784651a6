#include "customer_commands.h"

#include "domain/customer_repository.h"
#include "shell/app_context.h"
#include "storage/write_transaction.h"

#include <QCoreApplication>

namespace clientele {

CreateCustomerCommand::CreateCustomerCommand(AppContext& app, Customer customer)
    : DatabaseCommand(
          app,
          QCoreApplication::translate("CustomerCommands", "Add customer %1").arg(customer.name),
          QStringLiteral("customer"))
    , m_customer(std::move(customer)) {
    if (m_customer.id == 0)
        m_customer.id = newId(); // fixed now so that redo recreates the same customer
}

Status CreateCustomerCommand::apply() {
    auto created = CustomerRepository(app().database()).create(m_customer);
    if (!created)
        return created.error();
    return {};
}

Status CreateCustomerCommand::revert() {
    return CustomerRepository(app().database()).remove(m_customer.id);
}

EditCustomersCommand::EditCustomersCommand(AppContext& app, const QString& text,
                                           std::vector<Customer> before,
                                           std::vector<Customer> after)
    : DatabaseCommand(app, text, QStringLiteral("customer"))
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Status EditCustomersCommand::apply() {
    return write(m_after);
}

Status EditCustomersCommand::revert() {
    return write(m_before);
}

Status EditCustomersCommand::write(const std::vector<Customer>& records) {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("saving customers"), [&]() -> Status {
        CustomerRepository repository(db);
        for (const Customer& c : records)
            if (Status s = repository.update(c); !s)
                return s;
        return {};
    });
}

} // namespace clientele
