#include "expense_commands.h"

#include "domain/expense_repository.h"
#include "shell/app_context.h"

#include <QCoreApplication>

namespace clientele {

AddExpenseCommand::AddExpenseCommand(AppContext& app, Expense expense)
    : DatabaseCommand(app, QCoreApplication::translate("ExpenseCommands", "Record expense"),
                      QStringLiteral("expense"))
    , m_expense(std::move(expense)) {
    if (m_expense.id == 0)
        m_expense.id = newId();
}

Status AddExpenseCommand::apply() {
    auto id = ExpenseRepository(app().database()).create(m_expense);
    return id ? Status{} : Status{id.error()};
}

Status AddExpenseCommand::revert() {
    return ExpenseRepository(app().database()).remove(m_expense.id);
}

} // namespace clientele
