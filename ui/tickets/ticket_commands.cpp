#include "ticket_commands.h"

#include "domain/ticket_repository.h"
#include "shell/app_context.h"

#include <QCoreApplication>

namespace clientele {

namespace {

struct TicketCommands {
    Q_DECLARE_TR_FUNCTIONS(TicketCommands)
};

// Customers' timelines list tickets, so both refresh.
const QString kChanged = QStringLiteral("ticket");

QString stepName(const QString& from, const QString& to) {
    if (to == QLatin1String("in_progress"))
        return TicketCommands::tr("Start ticket");
    if (to == QLatin1String("resolved"))
        return TicketCommands::tr("Resolve ticket");
    if (to == QLatin1String("closed"))
        return TicketCommands::tr("Close ticket");
    if (to == QLatin1String("open") && from != to)
        return TicketCommands::tr("Reopen ticket");
    return TicketCommands::tr("Edit ticket");
}

} // namespace

SaveTicketCommand::SaveTicketCommand(AppContext& app, std::optional<Ticket> before, Ticket after,
                                     const QString& text)
    : DatabaseCommand(app,
                      !text.isEmpty() ? text
                      : before        ? stepName(before->status, after.status)
                                      : TicketCommands::tr("New ticket"),
                      kChanged)
    , m_before(std::move(before))
    , m_after(std::move(after)) {
    if (m_after.id == 0)
        m_after.id = newId();
}

Status SaveTicketCommand::apply() {
    TicketRepository tickets(app().database());
    if (m_before)
        return tickets.update(m_after);
    auto id = tickets.create(m_after);
    return id ? Status{} : Status{id.error()};
}

Status SaveTicketCommand::revert() {
    TicketRepository tickets(app().database());
    return m_before ? tickets.restore(*m_before) : tickets.remove(m_after.id);
}

DeleteTicketCommand::DeleteTicketCommand(AppContext& app, Ticket ticket)
    : DatabaseCommand(app, TicketCommands::tr("Delete ticket"), kChanged)
    , m_ticket(std::move(ticket)) {}

Status DeleteTicketCommand::apply() {
    return TicketRepository(app().database()).remove(m_ticket.id);
}

Status DeleteTicketCommand::revert() {
    auto id = TicketRepository(app().database()).create(m_ticket);
    return id ? Status{} : Status{id.error()};
}

SaveTicketCommand* moveTicket(AppContext& app, const Ticket& ticket, const QString& status) {
    Ticket after = ticket;
    after.status = status;
    return new SaveTicketCommand(app, ticket, after);
}

} // namespace clientele
