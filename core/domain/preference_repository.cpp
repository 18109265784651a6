#include "preference_repository.h"

#include "customer_profile_validation.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect = "SELECT id, customer_id, category, value, sentiment, notes, "
                            "created_at, updated_at FROM preference ";

Preference readPreference(const sql::Statement& q) {
    Preference p;
    p.id = q.int64(0);
    p.customerId = q.int64(1);
    p.category = q.text(2);
    p.value = q.text(3);
    p.sentiment = q.text(4);
    p.notes = q.text(5);
    p.createdAt = q.text(6);
    p.updatedAt = q.text(7);
    return p;
}

} // namespace

PreferenceRepository::PreferenceRepository(Database& db)
    : m_db(db) {}

PreferenceRepository::~PreferenceRepository() = default;

Status PreferenceRepository::write(Preference& p, bool insert) {
    const QString what = QStringLiteral("preference %1 %2").arg(p.category, p.value);
    if (const FieldErrors errors = validatePreference(p); !errors.empty())
        return rs::refused(what, errors);
    p.category = p.category.trimmed();
    p.value = p.value.trimmed();
    rs::stamp(m_db, p.id, p.createdAt, p.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        if (!rs::rowExists(m_db, "customer", p.customerId))
            return rs::refused(what,
                               {{QStringLiteral("customer_ref"),
                                 QStringLiteral("no customer with id %1").arg(p.customerId)}});
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO preference (id, customer_id, category, value, "
                                "sentiment, notes, created_at, updated_at) VALUES (:id, "
                                ":customer_id, :category, :value, :sentiment, :notes, "
                                ":created_at, :updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE preference SET customer_id = :customer_id, category = "
                                ":category, value = :value, sentiment = :sentiment, notes = "
                                ":notes, updated_at = :updated_at WHERE id = :id");
        q.bind(":id", p.id);
        q.bind(":customer_id", p.customerId);
        q.bind(":category", p.category);
        q.bind(":value", p.value);
        q.bind(":sentiment", p.sentiment);
        q.bind(":notes", p.notes);
        if (insert)
            q.bind(":created_at", p.createdAt);
        q.bind(":updated_at", p.updatedAt);
        return rs::execOne(q,
                           QStringLiteral("value: the customer already has a preference for "
                                          "\"%1\" in category \"%2\"")
                               .arg(p.value, p.category),
                           QStringLiteral("%1 no longer exists").arg(what));
    });
}

Result<Id> PreferenceRepository::create(Preference preference) {
    if (Status s = write(preference, true); !s)
        return s.error();
    return preference.id;
}

Status PreferenceRepository::update(Preference preference) {
    return write(preference, false);
}

Status PreferenceRepository::remove(Id id) {
    return rs::removeRow(m_db, "preference", id, QStringLiteral("preference"));
}

Result<Preference> PreferenceRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no preference with id %1").arg(id));
        return readPreference(q);
    } catch (...) {
        return describeException(QStringLiteral("reading preference %1").arg(id));
    }
}

Result<std::vector<Preference>> PreferenceRepository::listForCustomer(Id customerId) const {
    std::vector<Preference> rows;
    try {
        sql::Statement q =
            m_db.prepare(QLatin1String(kSelect) +
                         QStringLiteral("WHERE customer_id = ? ORDER BY category, value, id"));
        q.bind(1, customerId);
        while (q.step())
            rows.push_back(readPreference(q));
    } catch (...) {
        return describeException(QStringLiteral("listing the customer's preferences"));
    }
    return rows;
}

} // namespace clientele
