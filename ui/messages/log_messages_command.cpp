#include "log_messages_command.h"

#include "domain/campaign_repository.h"
#include "domain/visit_repository.h"
#include "shell/app_context.h"
#include "storage/write_transaction.h"

#include <QCoreApplication>

#include <algorithm>

namespace clientele {

LogMessagesCommand::LogMessagesCommand(AppContext& app, std::vector<Visit> visits, Id campaignId)
    : DatabaseCommand(app,
                      visits.size() == 1
                          ? QCoreApplication::translate("LogMessagesCommand", "Log message")
                          : QCoreApplication::translate("LogMessagesCommand", "Log %1 messages")
                                .arg(visits.size()),
                      campaignId != 0 ? QStringLiteral("campaign") : QStringLiteral("visit"))
    , m_visits(std::move(visits))
    , m_campaign(campaignId) {
    for (Visit& v : m_visits)
        if (v.id == 0)
            v.id = newId();
}

Status LogMessagesCommand::apply() {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("logging messages"), [&]() -> Status {
        VisitRepository visits(db);
        for (const Visit& v : m_visits)
            if (auto created = visits.create(v); !created)
                return created.error();
        if (m_campaign == 0)
            return {};
        CampaignRepository campaigns(db);
        auto members = campaigns.members(m_campaign);
        if (!members)
            return members.error();
        m_marked.clear();
        for (const CampaignMember& m : *members) {
            const bool messaged =
                std::any_of(m_visits.begin(), m_visits.end(),
                            [&](const Visit& v) { return v.customerId == m.customerId; });
            if (!messaged || !m.contactedAt.isEmpty())
                continue;
            const QString at = m_visits.front().occurredAt;
            if (Status s = campaigns.setContacted(m_campaign, m.customerId, at); !s)
                return s;
            m_marked.push_back(m.customerId);
        }
        return {};
    });
}

Status LogMessagesCommand::revert() {
    Database& db = app().database();
    return writeInTransaction(db, QStringLiteral("removing logged messages"), [&]() -> Status {
        CampaignRepository campaigns(db);
        for (Id customer : m_marked)
            if (Status s = campaigns.setContacted(m_campaign, customer, QString()); !s)
                return s;
        VisitRepository visits(db);
        for (const Visit& v : m_visits)
            if (Status s = visits.remove(v.id); !s)
                return s;
        return {};
    });
}

} // namespace clientele
