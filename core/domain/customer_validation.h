#pragma once

#include "customer.h"
#include "field_error.h"

namespace clientele {

// Checks what the database constraints cannot express in words a user understands.
FieldErrors validateCustomer(const Customer& c);

bool isPlausibleEmail(const QString& email);

} // namespace clientele
