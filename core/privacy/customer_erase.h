#pragma once

#include "common/ids.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

namespace clientele {

class Database;

// What erasing one customer removes, counted before anything is touched, so the user can
// confirm knowing exactly that.
struct ErasePlan {
    Id customerId = 0;
    QString ref;
    QString name;
    int visits = 0, preferences = 0, competitors = 0, notes = 0, tickets = 0, tasks = 0,
        expenses = 0, campaigns = 0, people = 0;
    int ordersKept = 0;           // detached and anonymised, kept for the accounts
    QStringList describe() const; // one line per item, for a confirmation
};

Result<ErasePlan> planCustomerErase(Database& db, const QString& ref);

// Removes the customer's personal data everywhere in one transaction: the customer row (and
// with it the search index entry), visits, preferences, notes, competitor presence, tickets,
// tasks, expenses and campaign memberships; orders stay for the accounts but lose the customer
// and their free-text notes. Then the search index is merged and the write-ahead log truncated
// so the erased text does not linger in the file (with secure_delete, freed pages are zeroed).
// Backups made before keep their copy: the caller says so.
Status eraseCustomer(Database& db, const ErasePlan& plan);

} // namespace clientele
