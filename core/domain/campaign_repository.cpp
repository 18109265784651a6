#include "campaign_repository.h"

#include "campaign_validation.h"
#include "field_checks.h"
#include "repository_support.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect =
    "SELECT id, code, name, channel, starts_on, ends_on, cost, response_window_days, notes, "
    "created_at, updated_at, (SELECT count(*) FROM campaign_member m WHERE m.campaign_id = "
    "campaign.id) FROM campaign ";

CampaignRow readRow(const sql::Statement& q) {
    CampaignRow r;
    Campaign& c = r.campaign;
    c.id = q.int64(0);
    c.code = q.text(1);
    c.name = q.text(2);
    c.channel = q.text(3);
    c.startsOn = q.text(4);
    c.endsOn = q.text(5);
    c.cost = q.int64(6);
    c.responseWindowDays = q.integer(7);
    c.notes = q.text(8);
    c.createdAt = q.text(9);
    c.updatedAt = q.text(10);
    r.members = q.integer(11);
    return r;
}

} // namespace

CampaignRepository::CampaignRepository(Database& db)
    : m_db(db) {}

CampaignRepository::~CampaignRepository() = default;

Status CampaignRepository::write(Campaign& c, bool insert) {
    const QString what = QStringLiteral("campaign %1").arg(c.code);
    if (const FieldErrors errors = validateCampaign(c); !errors.empty())
        return rs::refused(what, errors);
    rs::stamp(m_db, c.id, c.createdAt, c.updatedAt, insert);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(what), [&]() -> Status {
        sql::Statement& q =
            insert ? rs::cached(m_db, m_insert,
                                "INSERT INTO campaign (id, code, name, channel, starts_on, "
                                "ends_on, cost, response_window_days, notes, created_at, "
                                "updated_at) VALUES (:id, :code, :name, :channel, :starts_on, "
                                ":ends_on, :cost, :window, :notes, :created_at, :updated_at)")
                   : rs::cached(m_db, m_update,
                                "UPDATE campaign SET code = :code, name = :name, channel = "
                                ":channel, starts_on = :starts_on, ends_on = :ends_on, cost = "
                                ":cost, response_window_days = :window, notes = :notes, "
                                "updated_at = :updated_at WHERE id = :id");
        q.bind(":id", c.id);
        q.bind(":code", c.code);
        q.bind(":name", c.name);
        q.bind(":channel", c.channel);
        q.bindTextOrNull(":starts_on", c.startsOn);
        q.bindTextOrNull(":ends_on", c.endsOn);
        q.bind(":cost", qint64{c.cost});
        q.bind(":window", c.responseWindowDays);
        q.bind(":notes", c.notes);
        if (insert)
            q.bind(":created_at", c.createdAt);
        q.bind(":updated_at", c.updatedAt);
        return rs::execOne(
            q, QStringLiteral("code: \"%1\" is already used by another campaign").arg(c.code),
            QStringLiteral("%1 no longer exists").arg(what));
    });
}

Result<Id> CampaignRepository::create(Campaign campaign) {
    if (Status s = write(campaign, true); !s)
        return s.error();
    return campaign.id;
}

Status CampaignRepository::update(Campaign campaign) {
    return write(campaign, false);
}

Status CampaignRepository::remove(Id id) {
    return rs::removeRow(m_db, "campaign", id, QStringLiteral("campaign"));
}

Result<Campaign> CampaignRepository::get(Id id) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) + QStringLiteral("WHERE id = ?"));
        if (!q.bind(1, id).step())
            return Error::notFound(QStringLiteral("no campaign with id %1").arg(id));
        return readRow(q).campaign;
    } catch (...) {
        return describeException(QStringLiteral("reading campaign %1").arg(id));
    }
}

std::optional<Id> CampaignRepository::idForCode(const QString& code) const {
    try {
        sql::Statement q = m_db.prepare("SELECT id FROM campaign WHERE code = ?");
        if (q.bind(1, code).step())
            return q.int64(0);
    } catch (const sql::Exception&) {
        // Reads as "not found"; a broken database is reported by the next write.
    }
    return std::nullopt;
}

Result<std::vector<CampaignRow>> CampaignRepository::list() const {
    std::vector<CampaignRow> rows;
    try {
        sql::Statement q =
            m_db.prepare(QLatin1String(kSelect) +
                         QStringLiteral("ORDER BY starts_on IS NULL, starts_on DESC, code"));
        while (q.step())
            rows.push_back(readRow(q));
    } catch (...) {
        return describeException(QStringLiteral("listing campaigns"));
    }
    return rows;
}

Result<int> CampaignRepository::addMembers(Id campaignId, const std::vector<Id>& customerIds) {
    int added = 0;
    const Status done =
        writeInTransaction(m_db, QStringLiteral("adding campaign members"), [&]() -> Status {
            if (!rs::rowExists(m_db, "campaign", campaignId))
                return Error::notFound(QStringLiteral("no campaign with id %1").arg(campaignId));
            for (Id customerId : customerIds) {
                sql::Statement& exists =
                    rs::cached(m_db, m_customerExists, "SELECT 1 FROM customer WHERE id = ?");
                if (!rs::firstInt(exists.bind(1, customerId)))
                    return Error::invalid(
                        QStringLiteral("customer_ref: no customer with id %1").arg(customerId));
                sql::Statement& insert = rs::cached(m_db, m_addMember,
                                                    "INSERT OR IGNORE INTO campaign_member "
                                                    "(campaign_id, customer_id) VALUES (?, ?)");
                added += insert.bind(1, campaignId).bind(2, customerId).exec();
                insert.reset();
            }
            return {};
        });
    if (!done)
        return done.error();
    return added;
}

Result<int> CampaignRepository::removeMembers(Id campaignId, const std::vector<Id>& customerIds) {
    int removed = 0;
    const Status done =
        writeInTransaction(m_db, QStringLiteral("removing campaign members"), [&]() -> Status {
            sql::Statement del = m_db.prepare(
                "DELETE FROM campaign_member WHERE campaign_id = ? AND customer_id = ?");
            for (Id customerId : customerIds) {
                removed += del.bind(1, campaignId).bind(2, customerId).exec();
                del.reset();
            }
            return {};
        });
    if (!done)
        return done.error();
    return removed;
}

Status CampaignRepository::setContacted(Id campaignId, Id customerId, const QString& contactedAt) {
    FieldErrors errors;
    field_checks::dateTime(errors, "contacted_at", contactedAt, false);
    if (!errors.empty())
        return rs::refused(QStringLiteral("campaign member"), errors);
    return writeInTransaction(m_db, QStringLiteral("recording a contact"), [&]() -> Status {
        sql::Statement q = m_db.prepare("UPDATE campaign_member SET contacted_at = ? WHERE "
                                        "campaign_id = ? AND customer_id = ?");
        q.bindTextOrNull(1, field_checks::storedDateTime(contactedAt))
            .bind(2, campaignId)
            .bind(3, customerId);
        return rs::execOne(q, {}, QStringLiteral("the customer is not a member of the campaign"));
    });
}

Result<std::vector<CampaignMember>> CampaignRepository::members(Id campaignId) const {
    std::vector<CampaignMember> rows;
    try {
        sql::Statement q = m_db.prepare(
            "SELECT c.id, c.ref, c.name, m.contacted_at FROM campaign_member m JOIN customer c ON "
            "c.id = m.customer_id WHERE m.campaign_id = ? ORDER BY c.name_key, c.id");
        q.bind(1, campaignId);
        while (q.step())
            rows.push_back({q.int64(0), q.text(1), q.text(2), q.text(3)});
    } catch (...) {
        return describeException(QStringLiteral("listing campaign members"));
    }
    return rows;
}

Result<int> CampaignRepository::memberCount(Id campaignId) const {
    try {
        return static_cast<int>(rs::countWhere(
            m_db, "SELECT count(*) FROM campaign_member WHERE campaign_id = ?", campaignId));
    } catch (...) {
        return describeException(QStringLiteral("counting campaign members"));
    }
}

} // namespace clientele
