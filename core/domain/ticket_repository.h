#pragma once

#include "common/result.h"
#include "ticket.h"

#include <QString>

#include <memory>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;

struct TicketRow {
    Ticket ticket;
    QString customerRef;
    QString customerName;
    QString orderNumber;
};

// The SELECT ... FROM of a TicketRow (ticket t, customer c, orders o) and the reading of one, for
// listings that add their own WHERE and ORDER BY.
const char* ticketRowSelect();
TicketRow readTicketRow(const sql::Statement& q);

class TicketRepository {
public:
    explicit TicketRepository(Database& db);
    ~TicketRepository();

    // A new ticket may start in any status (imports bring old, closed ones).
    Result<Id> create(Ticket ticket);
    // A change of status follows the workflow, as with setStatus.
    Status update(Ticket ticket);
    // Moves along the workflow: resolving stamps resolved_at, reopening clears the resolution
    // date and the satisfaction rating.
    Status setStatus(Id id, const QString& status);
    Status remove(Id id);
    // Puts back a version read earlier exactly as it was, status included: undoing a step of the
    // workflow goes where the workflow itself does not (in progress back to open).
    Status restore(const Ticket& ticket);

    Result<Ticket> get(Id id) const;
    Result<std::vector<TicketRow>> listForCustomer(Id customerId) const; // newest first
    // Open and in-progress tickets of everyone, most severe first, then oldest first.
    Result<std::vector<TicketRow>> listOpen() const;

private:
    Status write(Ticket& ticket, bool insert, bool followWorkflow = true);
    Status checkReferences(const Ticket& ticket) const;

    Database& m_db;
    // Cached: imports write tickets row by row.
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_update;
};

} // namespace clientele
