#pragma once

#include "domain/visit.h"
#include "shell/database_command.h"

#include <vector>

namespace clientele {

// Messages sent or copied, each logged as a visit of kind message on its customer's timeline,
// all in one transaction. Sent to a campaign's members, it also marks those not yet contacted
// as contacted then. Undo deletes the visits and takes the contact marks back.
class LogMessagesCommand : public DatabaseCommand {
public:
    // campaignId: 0 when the messages are not a campaign's.
    LogMessagesCommand(AppContext& app, std::vector<Visit> visits, Id campaignId);

protected:
    Status apply() override;
    Status revert() override;

private:
    std::vector<Visit> m_visits;
    Id m_campaign;
    std::vector<Id> m_marked; // members this command marked contacted
};

} // namespace clientele
