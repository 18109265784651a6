#include "expense_repository.h"

#include "customer_profile_validation.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect = "SELECT id, customer_id, spent_on, amount, category, notes, "
                            "created_at, updated_at FROM expense ";

Expense readExpense(const sql::Statement& q) {
    Expense e;
    e.id = q.int64(0);
    e.customerId = q.int64(1);
    e.spentOn = q.text(2);
    e.amount = q.int64(3);
    e.category = q.text(4);
    e.notes = q.text(5);
    e.createdAt = q.text(6);
    e.updatedAt = q.text(7);
    return e;
}

} // namespace

ExpenseRepository::ExpenseRepository(Database& db)
    : m_db(db) {}

ExpenseRepository::~ExpenseRepository() = default;

Status ExpenseRepository::write(Expense& e, bool insert) {
    const QString what = QStringLiteral("expense on %1").arg(e.spentOn);
    if (const FieldErrors errors = validateExpense(e); !errors.empty())
        return rs::refused(what, errors);
    rs::stamp(m_db, e.id, e.createdAt, e.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        if (!rs::rowExists(m_db, "customer", e.customerId))
            return rs::refused(what,
                               {{QStringLiteral("customer_ref"),
                                 QStringLiteral("no customer with id %1").arg(e.customerId)}});
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO expense (id, customer_id, spent_on, amount, "
                                "category, notes, created_at, updated_at) VALUES (:id, "
                                ":customer_id, :spent_on, :amount, :category, :notes, "
                                ":created_at, :updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE expense SET customer_id = :customer_id, spent_on = "
                                ":spent_on, amount = :amount, category = :category, notes = "
                                ":notes, updated_at = :updated_at WHERE id = :id");
        q.bind(":id", e.id);
        q.bind(":customer_id", e.customerId);
        q.bind(":spent_on", e.spentOn);
        q.bind(":amount", qint64{e.amount});
        q.bind(":category", e.category);
        q.bind(":notes", e.notes);
        if (insert)
            q.bind(":created_at", e.createdAt);
        q.bind(":updated_at", e.updatedAt);
        return rs::execOne(q, {}, QStringLiteral("%1 no longer exists").arg(what));
    });
}

Result<Id> ExpenseRepository::create(Expense expense) {
    if (Status s = write(expense, true); !s)
        return s.error();
    return expense.id;
}

Status ExpenseRepository::update(Expense expense) {
    return write(expense, false);
}

Status ExpenseRepository::remove(Id id) {
    return rs::removeRow(m_db, "expense", id, QStringLiteral("expense"));
}

Result<Expense> ExpenseRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no expense with id %1").arg(id));
        return readExpense(q);
    } catch (...) {
        return describeException(QStringLiteral("reading expense %1").arg(id));
    }
}

Result<std::vector<Expense>> ExpenseRepository::listForCustomer(Id customerId) const {
    std::vector<Expense> rows;
    try {
        sql::Statement q =
            m_db.prepare(QLatin1String(kSelect) +
                         QStringLiteral("WHERE customer_id = ? ORDER BY spent_on DESC, id DESC"));
        q.bind(1, customerId);
        while (q.step())
            rows.push_back(readExpense(q));
    } catch (...) {
        return describeException(QStringLiteral("listing the customer's expenses"));
    }
    return rows;
}

} // namespace clientele
