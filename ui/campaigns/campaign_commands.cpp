#include "campaign_commands.h"

#include "domain/campaign_repository.h"
#include "shell/app_context.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

#include <QCoreApplication>

#include <unordered_set>

namespace clientele {

namespace {

struct CampaignCommands {
    Q_DECLARE_TR_FUNCTIONS(CampaignCommands)
};

const QString kChanged = QStringLiteral("campaign");

std::vector<Id> idsOf(const std::vector<CampaignMember>& members) {
    std::vector<Id> ids;
    ids.reserve(members.size());
    for (const CampaignMember& m : members)
        ids.push_back(m.customerId);
    return ids;
}

Status putBack(CampaignRepository& campaigns, Id campaign,
               const std::vector<CampaignMember>& members) {
    if (auto added = campaigns.addMembers(campaign, idsOf(members)); !added)
        return added.error();
    for (const CampaignMember& m : members)
        if (!m.contactedAt.isEmpty())
            if (Status s = campaigns.setContacted(campaign, m.customerId, m.contactedAt); !s)
                return s;
    return {};
}

} // namespace

SaveCampaignCommand::SaveCampaignCommand(AppContext& app, std::optional<Campaign> before,
                                         Campaign after)
    : DatabaseCommand(app,
                      before ? CampaignCommands::tr("Edit campaign")
                             : CampaignCommands::tr("New campaign"),
                      kChanged)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    if (m_after.id == 0)
        m_after.id = newId();
}

Status SaveCampaignCommand::apply() {
    CampaignRepository campaigns(app().database());
    if (m_before)
        return campaigns.update(m_after);
    auto id = campaigns.create(m_after);
    return id ? Status{} : Status{id.error()};
}

Status SaveCampaignCommand::revert() {
    CampaignRepository campaigns(app().database());
    return m_before ? campaigns.update(*m_before) : campaigns.remove(m_after.id);
}

DeleteCampaignCommand::DeleteCampaignCommand(AppContext& app, Campaign campaign)
    : DatabaseCommand(app, CampaignCommands::tr("Delete campaign"), kChanged)
    , m_campaign(std::move(campaign)) {}

Status DeleteCampaignCommand::apply() {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("deleting a campaign"), [&]() -> Status {
        CampaignRepository campaigns(db);
        auto members = campaigns.members(m_campaign.id);
        if (!members)
            return members.error();
        m_members = std::move(*members);
        m_orders.clear();
        sql::Statement q = db.prepare("SELECT id FROM orders WHERE campaign_id = ?");
        q.bind(1, m_campaign.id);
        while (q.step())
            m_orders.push_back(q.int64(0));
        return campaigns.remove(m_campaign.id);
    });
}

Status DeleteCampaignCommand::revert() {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("restoring a campaign"), [&]() -> Status {
        CampaignRepository campaigns(db);
        if (auto id = campaigns.create(m_campaign); !id)
            return id.error();
        if (Status s = putBack(campaigns, m_campaign.id, m_members); !s)
            return s;
        sql::Statement link = db.prepare("UPDATE orders SET campaign_id = ? WHERE id = ?");
        for (Id order : m_orders) {
            link.bind(1, m_campaign.id).bind(2, order).exec();
            link.reset();
        }
        return {};
    });
}

AddMembersCommand::AddMembersCommand(AppContext& app, Id campaignId, std::vector<Id> customerIds)
    : DatabaseCommand(app, CampaignCommands::tr("Add campaign members"), kChanged)
    , m_campaign(campaignId)
    , m_candidates(std::move(customerIds)) {}

Status AddMembersCommand::apply() {
    CampaignRepository campaigns(app().database());
    if (!m_addedOnce) {
        auto members = campaigns.members(m_campaign);
        if (!members)
            return members.error();
        std::unordered_set<Id> already;
        for (const CampaignMember& m : *members)
            already.insert(m.customerId);
        std::vector<Id> fresh;
        for (Id id : m_candidates)
            if (already.insert(id).second)
                fresh.push_back(id);
        m_addedOnce = std::move(fresh);
        m_added = *m_addedOnce;
    }
    auto added = campaigns.addMembers(m_campaign, m_added);
    return added ? Status{} : Status{added.error()};
}

Status AddMembersCommand::revert() {
    auto removed = CampaignRepository(app().database()).removeMembers(m_campaign, m_added);
    return removed ? Status{} : Status{removed.error()};
}

RemoveMembersCommand::RemoveMembersCommand(AppContext& app, Id campaignId,
                                           std::vector<CampaignMember> members)
    : DatabaseCommand(app, CampaignCommands::tr("Remove campaign members"), kChanged)
    , m_campaign(campaignId)
    , m_members(std::move(members)) {}

Status RemoveMembersCommand::apply() {
    auto removed = CampaignRepository(app().database()).removeMembers(m_campaign, idsOf(m_members));
    return removed ? Status{} : Status{removed.error()};
}

Status RemoveMembersCommand::revert() {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("restoring campaign members"), [&]() -> Status {
        CampaignRepository campaigns(db);
        return putBack(campaigns, m_campaign, m_members);
    });
}

} // namespace clientele
