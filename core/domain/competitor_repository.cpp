#include "competitor_repository.h"

#include "customer_profile_validation.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect = "SELECT id, customer_id, competitor, product, estimated_share, "
                            "notes, created_at, updated_at FROM competitor_presence ";

CompetitorPresence readPresence(const sql::Statement& q) {
    CompetitorPresence c;
    c.id = q.int64(0);
    c.customerId = q.int64(1);
    c.competitor = q.text(2);
    c.product = q.text(3);
    c.estimatedShare = q.optionalReal(4);
    c.notes = q.text(5);
    c.createdAt = q.text(6);
    c.updatedAt = q.text(7);
    return c;
}

} // namespace

CompetitorRepository::CompetitorRepository(Database& db)
    : m_db(db) {}

CompetitorRepository::~CompetitorRepository() = default;

Status CompetitorRepository::write(CompetitorPresence& c, bool insert) {
    const QString what = QStringLiteral("competitor %1").arg(c.competitor);
    if (const FieldErrors errors = validateCompetitorPresence(c); !errors.empty())
        return rs::refused(what, errors);
    c.competitor = c.competitor.trimmed();
    c.product = c.product.trimmed();
    rs::stamp(m_db, c.id, c.createdAt, c.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        if (!rs::rowExists(m_db, "customer", c.customerId))
            return rs::refused(what,
                               {{QStringLiteral("customer_ref"),
                                 QStringLiteral("no customer with id %1").arg(c.customerId)}});
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO competitor_presence (id, customer_id, competitor, "
                                "product, estimated_share, notes, created_at, updated_at) VALUES "
                                "(:id, :customer_id, :competitor, :product, :estimated_share, "
                                ":notes, :created_at, :updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE competitor_presence SET customer_id = :customer_id, "
                                "competitor = :competitor, product = :product, estimated_share = "
                                ":estimated_share, notes = :notes, updated_at = :updated_at "
                                "WHERE id = :id");
        q.bind(":id", c.id);
        q.bind(":customer_id", c.customerId);
        q.bind(":competitor", c.competitor);
        q.bind(":product", c.product);
        if (c.estimatedShare)
            q.bind(":estimated_share", *c.estimatedShare);
        else
            q.bindNull(":estimated_share");
        q.bind(":notes", c.notes);
        if (insert)
            q.bind(":created_at", c.createdAt);
        q.bind(":updated_at", c.updatedAt);
        return rs::execOne(
            q,
            QStringLiteral("product: %1's \"%2\" is already recorded for the customer")
                .arg(c.competitor, c.product),
            QStringLiteral("%1 no longer exists").arg(what));
    });
}

Result<Id> CompetitorRepository::create(CompetitorPresence presence) {
    if (Status s = write(presence, true); !s)
        return s.error();
    return presence.id;
}

Status CompetitorRepository::update(CompetitorPresence presence) {
    return write(presence, false);
}

Status CompetitorRepository::remove(Id id) {
    return rs::removeRow(m_db, "competitor_presence", id, QStringLiteral("competitor record"));
}

Result<CompetitorPresence> CompetitorRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no competitor record with id %1").arg(id));
        return readPresence(q);
    } catch (...) {
        return describeException(QStringLiteral("reading competitor record %1").arg(id));
    }
}

Result<std::vector<CompetitorPresence>> CompetitorRepository::listForCustomer(Id customerId) const {
    std::vector<CompetitorPresence> rows;
    try {
        sql::Statement q =
            m_db.prepare(QLatin1String(kSelect) +
                         QStringLiteral("WHERE customer_id = ? ORDER BY competitor, product, id"));
        q.bind(1, customerId);
        while (q.step())
            rows.push_back(readPresence(q));
    } catch (...) {
        return describeException(QStringLiteral("listing the customer's competitors"));
    }
    return rows;
}

} // namespace clientele
