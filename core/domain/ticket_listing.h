#pragma once

#include "common/result.h"
#include "ticket_repository.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace clientele {

class Database;

// What the Tickets page filters on; empty fields do not filter.
struct TicketFilter {
    QStringList statuses; // any of these; empty: every status
    QString severity;
    QString category;
    QString text; // part of the subject, the customer's name or ref, or the order number
};

// Newest opened first.
Result<std::vector<TicketRow>> listTickets(Database& db, const TicketFilter& filter, int offset,
                                           int limit);
Result<int> countTickets(Database& db, const TicketFilter& filter);
// The categories in use, for the filter and the dialog's choices.
QStringList ticketCategories(Database& db);

} // namespace clientele
