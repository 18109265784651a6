#include "customer_erase.h"

#include "domain/customer_repository.h"
#include "storage/database.h"
#include "storage/write_transaction.h"
#include "sync/change_recorder.h"
#include "sync/sync_exchange.h"

namespace clientele {

QStringList ErasePlan::describe() const {
    QStringList lines;
    lines << QStringLiteral("customer %1 (%2): profile, contact details and notes").arg(ref, name);
    const auto add = [&](int n, const char* what) {
        if (n > 0)
            lines << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(what));
    };
    add(visits, "visits and calls");
    add(preferences, "preferences");
    add(competitors, "competitor notes");
    add(notes, "goals and needs");
    add(tickets, "tickets");
    add(tasks, "tasks");
    add(expenses, "expenses");
    add(campaigns, "campaign memberships");
    if (people > 0)
        lines << QStringLiteral("%1 people stay but no longer belong to this company").arg(people);
    if (ordersKept > 0)
        lines << QStringLiteral(
                     "%1 orders are kept for the accounts, without the customer and their notes")
                     .arg(ordersKept);
    return lines;
}

Result<ErasePlan> planCustomerErase(Database& db, const QString& ref) {
    ErasePlan plan;
    const std::optional<Id> id = CustomerRepository(db).idForRef(ref);
    if (!id)
        return Error::notFound(QStringLiteral("no customer with ref \"%1\"").arg(ref));
    plan.customerId = *id;
    plan.ref = ref;
    try {
        const auto count = [&](const char* sqlText) {
            sql::Statement q = db.prepare(sqlText);
            q.bind(1, *id);
            q.step();
            return q.integer(0);
        };
        sql::Statement name = db.prepare("SELECT name FROM customer WHERE id = ?");
        name.bind(1, *id).step();
        plan.name = name.text(0);
        plan.visits = count("SELECT count(*) FROM visit WHERE customer_id = ?1");
        plan.preferences = count("SELECT count(*) FROM preference WHERE customer_id = ?1");
        plan.competitors = count("SELECT count(*) FROM competitor_presence WHERE customer_id = ?1");
        plan.notes = count("SELECT count(*) FROM customer_note WHERE customer_id = ?1");
        plan.tickets = count("SELECT count(*) FROM ticket WHERE customer_id = ?1");
        plan.tasks = count("SELECT count(*) FROM task WHERE customer_id = ?1");
        plan.expenses = count("SELECT count(*) FROM expense WHERE customer_id = ?1");
        plan.campaigns = count("SELECT count(*) FROM campaign_member WHERE customer_id = ?1");
        plan.people = count("SELECT count(*) FROM customer WHERE company_id = ?1");
        plan.ordersKept = count("SELECT count(*) FROM orders WHERE customer_id = ?1");
    } catch (...) {
        return describeException(QStringLiteral("reading customer %1").arg(ref));
    }
    return plan;
}

Status eraseCustomer(Database& db, const ErasePlan& plan) {
    const Status erased = writeInTransaction(
        db, QStringLiteral("erasing customer %1").arg(plan.ref), [&]() -> Status {
            // The other copies erase it too, whatever they did meanwhile.
            if (auto* recorder = sync::ChangeRecorder::of(db))
                recorder->markErasure();
            const auto run = [&](const char* sqlText) {
                sql::Statement q = db.prepare(sqlText);
                q.bind(1, plan.customerId).exec();
            };
            run("UPDATE orders SET customer_id = NULL, notes = '' WHERE customer_id = ?1");
            // Visits where this person was only the contact keep the visit but lose its words about
            // them.
            run("UPDATE visit SET contact_id = NULL, notes = '' WHERE contact_id = ?1");
            for (const char* table : {"visit", "preference", "competitor_presence", "customer_note",
                                      "ticket", "task", "expense", "campaign_member"}) {
                sql::Statement q =
                    db.prepare(QStringLiteral("DELETE FROM %1 WHERE customer_id = ?1")
                                   .arg(QLatin1String(table)));
                q.bind(1, plan.customerId).exec();
            }
            run("DELETE FROM customer WHERE id = ?1");
            return {};
        });
    if (!erased)
        return erased;
    if (Status forgotten = sync::forgetAcknowledged(db); !forgotten)
        return forgotten;
    try {
        // FTS5 deletes by appending tombstones; merging the index rewrites it without the
        // erased name's trigrams. The checkpoint empties the write-ahead log of the old pages.
        db.exec("INSERT INTO customer_fts (customer_fts) VALUES ('optimize')");
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (...) {
        return describeException(QStringLiteral("clearing the erased data from the file"));
    }
    return {};
}

} // namespace clientele
