#pragma once

#include "domain/customer.h"
#include "shell/database_command.h"

#include <vector>

namespace clientele {

// Adding a customer; undo deletes it again, redo recreates it under the same id.
class CreateCustomerCommand : public DatabaseCommand {
public:
    CreateCustomerCommand(AppContext& app, Customer customer);
    Id customerId() const { return m_customer.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Customer m_customer;
};

// Changing customers' records (one from the edit dialog, many from bulk edit): undo restores
// every previous record in one transaction.
class EditCustomersCommand : public DatabaseCommand {
public:
    EditCustomersCommand(AppContext& app, const QString& text, std::vector<Customer> before,
                         std::vector<Customer> after);

protected:
    Status apply() override;
    Status revert() override;

private:
    Status write(const std::vector<Customer>& records);

    std::vector<Customer> m_before;
    std::vector<Customer> m_after;
};

} // namespace clientele
