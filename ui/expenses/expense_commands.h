#pragma once

#include "domain/expense.h"
#include "shell/database_command.h"

namespace clientele {

// Recording an expense against a customer; undo deletes it, redo records it again under the
// same id.
class AddExpenseCommand : public DatabaseCommand {
public:
    AddExpenseCommand(AppContext& app, Expense expense);
    Id expenseId() const { return m_expense.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    Expense m_expense;
};

} // namespace clientele
