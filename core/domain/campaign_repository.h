#pragma once

#include "campaign.h"
#include "common/result.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

struct CampaignRow {
    Campaign campaign;
    int members = 0;
};

class CampaignRepository {
public:
    explicit CampaignRepository(Database& db);
    ~CampaignRepository();

    Result<Id> create(Campaign campaign);
    Status update(Campaign campaign);
    Status remove(Id id); // members go with it; orders keep existing without the campaign

    Result<Campaign> get(Id id) const;
    std::optional<Id> idForCode(const QString& code) const;
    Result<std::vector<CampaignRow>> list() const; // newest start first

    // Adds customers in one transaction; those already members are skipped. Returns how many
    // were added. An unknown customer id refuses the whole batch.
    Result<int> addMembers(Id campaignId, const std::vector<Id>& customerIds);
    Result<int> removeMembers(Id campaignId, const std::vector<Id>& customerIds);
    // When the member was reached (empty clears it).
    Status setContacted(Id campaignId, Id customerId, const QString& contactedAt);
    Result<std::vector<CampaignMember>> members(Id campaignId) const; // by customer name
    Result<int> memberCount(Id campaignId) const;

private:
    Status write(Campaign& campaign, bool insert);

    Database& m_db;
    // Cached: imports write campaigns and members row by row.
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_update;
    std::unique_ptr<sql::Statement> m_addMember;
    std::unique_ptr<sql::Statement> m_customerExists;
};

} // namespace clientele
