#pragma once

#include "domain/campaign.h"
#include "shell/database_command.h"

#include <optional>
#include <vector>

namespace clientele {

// A new campaign (before empty) or a changed one; undo deletes it or restores the earlier one.
class SaveCampaignCommand : public DatabaseCommand {
public:
    SaveCampaignCommand(AppContext& app, std::optional<Campaign> before, Campaign after);
    Id campaignId() const { return m_after.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    std::optional<Campaign> m_before;
    Campaign m_after;
};

// Deleting a campaign takes its members with it and unlinks its orders; undo brings back all
// three.
class DeleteCampaignCommand : public DatabaseCommand {
public:
    DeleteCampaignCommand(AppContext& app, Campaign campaign);

protected:
    Status apply() override;
    Status revert() override;

private:
    Campaign m_campaign;
    std::vector<CampaignMember> m_members; // read by the first apply
    std::vector<Id> m_orders;
};

// Adding customers to a campaign. Those already members are left out, so undo removes exactly
// the ones this added.
class AddMembersCommand : public DatabaseCommand {
public:
    AddMembersCommand(AppContext& app, Id campaignId, std::vector<Id> customerIds);
    int added() const { return static_cast<int>(m_added.size()); }

protected:
    Status apply() override;
    Status revert() override;

private:
    Id m_campaign;
    std::vector<Id> m_candidates;
    std::optional<std::vector<Id>> m_addedOnce;
    std::vector<Id> m_added;
};

// Removing members; undo puts them back with the date they were contacted.
class RemoveMembersCommand : public DatabaseCommand {
public:
    RemoveMembersCommand(AppContext& app, Id campaignId, std::vector<CampaignMember> members);

protected:
    Status apply() override;
    Status revert() override;

private:
    Id m_campaign;
    std::vector<CampaignMember> m_members;
};

} // namespace clientele
