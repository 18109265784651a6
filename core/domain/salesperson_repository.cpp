#include "salesperson_repository.h"

#include "repository_support.h"
#include "salesperson_validation.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect =
    "SELECT id, name, email, phone, active, created_at, updated_at FROM salesperson ";

Salesperson readSalesperson(const sql::Statement& q) {
    Salesperson s;
    s.id = q.int64(0);
    s.name = q.text(1);
    s.email = q.text(2);
    s.phone = q.text(3);
    s.active = q.integer(4) != 0;
    s.createdAt = q.text(5);
    s.updatedAt = q.text(6);
    return s;
}

// Customers and orders hold the salesperson's name as text: a rename follows it there.
void carryRename(const Database& db, const QString& from, const QString& to, const QString& now) {
    for (const char* table : {"customer", "orders"}) {
        sql::Statement q = db.prepare(
            QStringLiteral("UPDATE %1 SET salesperson = ?, updated_at = ? WHERE salesperson = ?")
                .arg(QLatin1String(table)));
        q.bind(1, to).bind(2, now).bind(3, from).exec();
    }
}

} // namespace

SalespersonRepository::SalespersonRepository(Database& db)
    : m_db(db) {}

SalespersonRepository::~SalespersonRepository() = default;

Status SalespersonRepository::write(Salesperson& s, bool insert) {
    const QString what = QStringLiteral("salesperson %1").arg(s.name);
    if (const FieldErrors errors = validateSalesperson(s); !errors.empty())
        return rs::refused(what, errors);
    rs::stamp(m_db, s.id, s.createdAt, s.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        QString oldName;
        if (!insert) {
            auto stored = get(s.id);
            if (!stored)
                return stored.error();
            oldName = stored->name;
        }
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO salesperson (id, name, email, phone, active, "
                                "created_at, updated_at) VALUES (:id, :name, :email, :phone, "
                                ":active, :created_at, :updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE salesperson SET name = :name, email = :email, phone = "
                                ":phone, active = :active, updated_at = :updated_at WHERE id = "
                                ":id");
        q.bind(":id", s.id);
        q.bind(":name", s.name);
        q.bind(":email", s.email);
        q.bind(":phone", s.phone);
        q.bind(":active", s.active);
        if (insert)
            q.bind(":created_at", s.createdAt);
        q.bind(":updated_at", s.updatedAt);
        if (Status done = rs::execOne(
                q, QStringLiteral("name: there is already a salesperson called %1").arg(s.name),
                QStringLiteral("%1 no longer exists").arg(what));
            !done)
            return done;
        if (!insert && oldName != s.name)
            carryRename(m_db, oldName, s.name, s.updatedAt);
        return {};
    });
}

Result<Id> SalespersonRepository::create(Salesperson salesperson) {
    if (Status s = write(salesperson, true); !s)
        return s.error();
    return salesperson.id;
}

Status SalespersonRepository::update(Salesperson salesperson) {
    return write(salesperson, false);
}

Status SalespersonRepository::remove(Id id) {
    return writeInTransaction(m_db, QStringLiteral("deleting a salesperson"), [&]() -> Status {
        auto stored = get(id);
        if (!stored)
            return stored.error();
        sql::Statement uses =
            m_db.prepare("SELECT (SELECT count(*) FROM customer WHERE salesperson = ?1), "
                         "(SELECT count(*) FROM orders WHERE salesperson = ?1)");
        uses.bind(1, stored->name).step();
        if (uses.int64(0) > 0 || uses.int64(1) > 0)
            return Error::invalid(QStringLiteral("%1 is named on %2 customers and %3 orders; "
                                                 "deactivate the salesperson instead")
                                      .arg(stored->name)
                                      .arg(uses.int64(0))
                                      .arg(uses.int64(1)));
        return rs::removeRow(m_db, "salesperson", id, QStringLiteral("salesperson"));
    });
}

Result<Salesperson> SalespersonRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no salesperson with id %1").arg(id));
        return readSalesperson(q);
    } catch (...) {
        return describeException(QStringLiteral("reading salesperson %1").arg(id));
    }
}

std::optional<Id> SalespersonRepository::idForName(const QString& name) const {
    try {
        sql::Statement q = m_db.prepare("SELECT id FROM salesperson WHERE name = ?");
        if (q.bind(1, name).step())
            return q.int64(0);
    } catch (const sql::Exception&) {
        // Reads as "not found"; a broken database is reported by the next write.
    }
    return std::nullopt;
}

Result<std::vector<Salesperson>> SalespersonRepository::list(bool activeOnly) const {
    std::vector<Salesperson> rows;
    try {
        sql::Statement q = m_db.prepare(
            QLatin1String(kSelect) + (activeOnly ? QStringLiteral("WHERE active = 1 ORDER BY name")
                                                 : QStringLiteral("ORDER BY name")));
        while (q.step())
            rows.push_back(readSalesperson(q));
    } catch (...) {
        return describeException(QStringLiteral("listing salespeople"));
    }
    return rows;
}

Result<Id> SalespersonRepository::ensure(const QString& name) {
    const QString trimmed = name.trimmed();
    try {
        sql::Statement& q = rs::cached(m_db, m_byName, "SELECT id FROM salesperson WHERE name = ?");
        if (const std::optional<qint64> id = rs::firstInt(q.bind(1, trimmed)))
            return *id;
    } catch (...) {
        return describeException(QStringLiteral("looking up salesperson %1").arg(trimmed));
    }
    Salesperson s;
    s.name = trimmed;
    return create(s);
}

} // namespace clientele
