#include "domain/expense_repository.h"
#include "domain_fixture.h"

using namespace clientele;
using namespace clientele::test;

namespace {

Expense makeExpense(Id customer, const QString& on, Money amount) {
    Expense e;
    e.customerId = customer;
    e.spentOn = on;
    e.amount = amount;
    return e;
}

} // namespace

TEST_CASE("expenses are saved per customer and listed newest first", "[expense]") {
    TempDir dir;
    auto db = createDatabase(dir);
    const Id customer = addCustomer(*db, QStringLiteral("C1"));
    ExpenseRepository expenses(*db);
    Expense dinner = makeExpense(customer, QStringLiteral("2024-03-01"), 35000);
    dinner.category = QStringLiteral("dinner");
    const Id first = *expenses.create(dinner);
    const Id second = *expenses.create(makeExpense(customer, QStringLiteral("2024-05-01"), 0));
    CHECK(expenses.get(first)->amount == 35000);
    auto list = expenses.listForCustomer(customer);
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].id == second);
    Expense edited = *expenses.get(first);
    edited.amount = 36000;
    REQUIRE(expenses.update(edited).ok());
    CHECK(expenses.get(first)->amount == 36000);
    REQUIRE(expenses.remove(second).ok());
    CHECK(expenses.listForCustomer(customer)->size() == 1);
}

TEST_CASE("an expense needs a customer, a date and an amount not below 0", "[expense]") {
    TempDir dir;
    auto db = createDatabase(dir);
    ExpenseRepository expenses(*db);
    const QString m =
        expenses.create(makeExpense(0, QStringLiteral("2024-02-30"), -5)).error().message;
    CHECK(m.contains(QStringLiteral("customer_ref: a customer is required")));
    CHECK(m.contains(QStringLiteral("spent_on: \"2024-02-30\"")));
    CHECK(m.contains(QStringLiteral("amount: must not be negative")));
    CHECK(expenses.create(makeExpense(99, QStringLiteral("2024-02-01"), 5))
              .error()
              .message.contains(QStringLiteral("no customer with id 99")));
}
