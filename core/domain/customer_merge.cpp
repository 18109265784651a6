#include "customer_merge.h"

#include "common/text_lists.h"
#include "customer_repository.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

#include <array>

namespace clientele {

namespace {

// Free-text fields that the survivor takes from the merged customer when its own are empty.
const std::array<QString Customer::*, 16> kFillable = {
    &Customer::role,   &Customer::decisionRole, &Customer::address,     &Customer::city,
    &Customer::region, &Customer::nativePlace,  &Customer::education,   &Customer::occupation,
    &Customer::family, &Customer::personality,  &Customer::hobbies,     &Customer::title,
    &Customer::source, &Customer::tier,         &Customer::salesperson, &Customer::notes,
};

QString unionOf(const QString& a, const QString& b) {
    return joinList(splitList(a) + splitList(b));
}

struct Move {
    int CustomerMergeReport::*count;
    const char* sql; // :a survivor, :b merged, :now
};

// OR IGNORE where the table has a unique key including the customer: a row the survivor already
// has stays behind and goes with the merged customer.
const Move kMoves[] = {
    {&CustomerMergeReport::orders,
     "UPDATE orders SET customer_id = :a, updated_at = :now WHERE customer_id = :b"},
    {&CustomerMergeReport::visits,
     "UPDATE visit SET customer_id = :a, updated_at = :now WHERE customer_id = :b"},
    {&CustomerMergeReport::visitsAsContact,
     "UPDATE visit SET contact_id = :a, updated_at = :now WHERE contact_id = :b"},
    {&CustomerMergeReport::preferences,
     "UPDATE OR IGNORE preference SET customer_id = :a, updated_at = :now WHERE customer_id = :b"},
    {&CustomerMergeReport::competitors,
     "UPDATE OR IGNORE competitor_presence SET customer_id = :a, updated_at = :now "
     "WHERE customer_id = :b"},
    {&CustomerMergeReport::notes,
     "UPDATE customer_note SET customer_id = :a, updated_at = :now WHERE customer_id = :b"},
    {&CustomerMergeReport::tickets,
     "UPDATE ticket SET customer_id = :a, updated_at = :now WHERE customer_id = :b"},
    {&CustomerMergeReport::tasks,
     "UPDATE task SET customer_id = :a, updated_at = :now WHERE customer_id = :b"},
    {&CustomerMergeReport::expenses,
     "UPDATE expense SET customer_id = :a, updated_at = :now WHERE customer_id = :b"},
    {&CustomerMergeReport::campaigns,
     "UPDATE OR IGNORE campaign_member SET customer_id = :a WHERE customer_id = :b"},
    {&CustomerMergeReport::people,
     "UPDATE customer SET company_id = :a, updated_at = :now WHERE company_id = :b"},
};

void bindIds(sql::Statement& q, Id a, Id b, const QString& now) {
    q.bind(":a", a).bind(":b", b);
    if (q.hasParameter(":now"))
        q.bind(":now", now);
}

} // namespace

Customer mergedCustomer(const Customer& survivor, const Customer& merged) {
    Customer c = survivor;
    for (QString Customer::*field : kFillable)
        if ((c.*field).isEmpty())
            c.*field = merged.*field;
    if (c.birthday.isEmpty()) {
        c.birthday = merged.birthday;
        c.birthdayLunar = merged.birthdayLunar;
    }
    if (!c.companyId && c.kind == QLatin1String("person") && merged.companyId != survivor.id)
        c.companyId = merged.companyId;
    c.phones = unionOf(survivor.phones, merged.phones);
    c.emails = unionOf(survivor.emails, merged.emails);
    c.tags = unionOf(survivor.tags, merged.tags);
    return c;
}

Result<CustomerMergeReport> mergeCustomers(Database& db, Id survivorId, Id mergedId) {
    if (survivorId == mergedId)
        return Error::invalid(QStringLiteral("a customer cannot be merged with itself"));
    CustomerMergeReport report;
    const Status done =
        writeInTransaction(db, QStringLiteral("merging customers"), [&]() -> Status {
            CustomerRepository customers(db);
            auto survivor = customers.get(survivorId);
            if (!survivor)
                return survivor.error();
            auto merged = customers.get(mergedId);
            if (!merged)
                return merged.error();
            if (merged->kind == QLatin1String("company") &&
                survivor->kind == QLatin1String("person"))
                return Error::invalid(
                    QStringLiteral("%1 is a company and %2 a person: a company cannot be merged "
                                   "into a person")
                        .arg(merged->ref, survivor->ref));
            const QString now = db.clock().nowText();
            for (const Move& move : kMoves) {
                sql::Statement q = db.prepare(move.sql);
                bindIds(q, survivorId, mergedId, now);
                report.*move.count = q.exec();
            }
            // A visit to the survivor may now name the survivor as its own contact.
            sql::Statement selfContact = db.prepare(
                "UPDATE visit SET contact_id = NULL WHERE customer_id = ? AND contact_id = ?");
            selfContact.bind(1, survivorId).bind(2, survivorId).exec();

            if (Status s = customers.update(mergedCustomer(*survivor, *merged)); !s)
                return s;
            // The survivor has been a customer since the earlier of the two.
            sql::Statement since =
                db.prepare("UPDATE customer SET created_at = min(created_at, ?) WHERE id = ?");
            since.bind(1, merged->createdAt).bind(2, survivorId).exec();
            return customers.remove(mergedId);
        });
    if (!done)
        return done.error();
    return report;
}

} // namespace clientele
