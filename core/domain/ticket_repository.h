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

    Result<Ticket> get(Id id) const;
    Result<std::vector<TicketRow>> listForCustomer(Id customerId) const; // newest first
    // Open and in-progress tickets of everyone, most severe first, then oldest first.
    Result<std::vector<TicketRow>> listOpen() const;

private:
    Status write(Ticket& ticket, bool insert);
    Status checkReferences(const Ticket& ticket) const;

    Database& m_db;
    // Cached: imports write tickets row by row.
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_update;
};

} // namespace clientele
