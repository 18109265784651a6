#pragma once

#include "common/ids.h"
#include "common/result.h"
#include "customer.h"

namespace clientele {

class Database;

// What a merge moved from the merged customer to the survivor.
struct CustomerMergeReport {
    int orders = 0;
    int visits = 0;
    int visitsAsContact = 0;
    int preferences = 0; // duplicates of the survivor's own were dropped
    int competitors = 0; // likewise
    int notes = 0;
    int tickets = 0;
    int tasks = 0;
    int expenses = 0;
    int campaigns = 0; // memberships; campaigns both were in are kept once
    int people = 0;    // people whose company was the merged customer
};

// The survivor's record after taking in the merged one: its empty fields filled from the
// merged customer's, phones, emails and tags unioned. Its ref, kind and status stay.
Customer mergedCustomer(const Customer& survivor, const Customer& merged);

// Merges customer `mergedId` into `survivorId` in one transaction: everything that refers to the
// merged customer moves to the survivor, the survivor's record takes in the merged one's
// (mergedCustomer) and the merged customer is deleted. Refuses merging a customer with itself
// and a company into a person.
Result<CustomerMergeReport> mergeCustomers(Database& db, Id survivorId, Id mergedId);

} // namespace clientele
