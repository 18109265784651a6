#pragma once

#include "field_error.h"
#include "ticket.h"

namespace clientele {

FieldErrors validateTicket(const Ticket& t);

} // namespace clientele
