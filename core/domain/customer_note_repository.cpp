#include "customer_note_repository.h"

#include "customer_profile_validation.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect =
    "SELECT id, customer_id, kind, text, created_at, updated_at FROM customer_note ";

CustomerNote readNote(const sql::Statement& q) {
    CustomerNote n;
    n.id = q.int64(0);
    n.customerId = q.int64(1);
    n.kind = q.text(2);
    n.text = q.text(3);
    n.createdAt = q.text(4);
    n.updatedAt = q.text(5);
    return n;
}

} // namespace

CustomerNoteRepository::CustomerNoteRepository(Database& db)
    : m_db(db) {}

Status CustomerNoteRepository::write(CustomerNote& n, bool insert) {
    const QString what = QStringLiteral("customer %1").arg(n.kind);
    if (const FieldErrors errors = validateCustomerNote(n); !errors.empty())
        return rs::refused(what, errors);
    rs::stamp(m_db, n.id, n.createdAt, n.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving a %1").arg(what), [&]() -> Status {
        if (!rs::rowExists(m_db, "customer", n.customerId))
            return rs::refused(what,
                               {{QStringLiteral("customer_ref"),
                                 QStringLiteral("no customer with id %1").arg(n.customerId)}});
        // Notes are written one at a time from the customer page: no cached statements.
        sql::Statement q = m_db.prepare(
            insert ? "INSERT INTO customer_note (id, customer_id, kind, text, created_at, "
                     "updated_at) VALUES (:id, :customer_id, :kind, :text, :created_at, "
                     ":updated_at)"
                   : "UPDATE customer_note SET customer_id = :customer_id, kind = :kind, text = "
                     ":text, updated_at = :updated_at WHERE id = :id");
        q.bind(":id", n.id);
        q.bind(":customer_id", n.customerId);
        q.bind(":kind", n.kind);
        q.bind(":text", n.text);
        if (insert)
            q.bind(":created_at", n.createdAt);
        q.bind(":updated_at", n.updatedAt);
        return rs::execOne(q, {}, QStringLiteral("the %1 no longer exists").arg(n.kind));
    });
}

Result<Id> CustomerNoteRepository::create(CustomerNote note) {
    if (Status s = write(note, true); !s)
        return s.error();
    return note.id;
}

Status CustomerNoteRepository::update(CustomerNote note) {
    return write(note, false);
}

Status CustomerNoteRepository::remove(Id id) {
    return rs::removeRow(m_db, "customer_note", id, QStringLiteral("note"));
}

Result<CustomerNote> CustomerNoteRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no note with id %1").arg(id));
        return readNote(q);
    } catch (...) {
        return describeException(QStringLiteral("reading note %1").arg(id));
    }
}

Result<std::vector<CustomerNote>> CustomerNoteRepository::listForCustomer(Id customerId) const {
    std::vector<CustomerNote> rows;
    try {
        sql::Statement q =
            m_db.prepare(QLatin1String(kSelect) +
                         QStringLiteral("WHERE customer_id = ? ORDER BY kind, created_at, id"));
        q.bind(1, customerId);
        while (q.step())
            rows.push_back(readNote(q));
    } catch (...) {
        return describeException(QStringLiteral("listing the customer's notes"));
    }
    return rows;
}

} // namespace clientele
