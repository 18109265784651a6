#pragma once

#include "domain/ticket.h"
#include "shell/database_command.h"

#include <optional>

namespace clientele {

// A new ticket (before empty), a changed one or one moved along the workflow; undo deletes it or
// puts the earlier version back as it was, status included.
class SaveTicketCommand : public DatabaseCommand {
public:
    SaveTicketCommand(AppContext& app, std::optional<Ticket> before, Ticket after,
                      const QString& text = {});
    Id ticketId() const { return m_after.id; }

protected:
    Status apply() override;
    Status revert() override;

private:
    std::optional<Ticket> m_before;
    Ticket m_after;
};

// Deleting a ticket; undo puts it back under its id.
class DeleteTicketCommand : public DatabaseCommand {
public:
    DeleteTicketCommand(AppContext& app, Ticket ticket);

protected:
    Status apply() override;
    Status revert() override;

private:
    Ticket m_ticket;
};

// The command that moves a ticket one step along the workflow to `status`, named after the step
// ("Start ticket", "Resolve ticket", ...).
SaveTicketCommand* moveTicket(AppContext& app, const Ticket& ticket, const QString& status);

} // namespace clientele
