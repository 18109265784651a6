#pragma once

#include "competitor_presence.h"
#include "customer_note.h"
#include "expense.h"
#include "field_error.h"
#include "preference.h"

namespace clientele {

// The small records that hang off one customer.
FieldErrors validatePreference(const Preference& p);
FieldErrors validateCompetitorPresence(const CompetitorPresence& c);
FieldErrors validateCustomerNote(const CustomerNote& n);
FieldErrors validateExpense(const Expense& e);

} // namespace clientele
