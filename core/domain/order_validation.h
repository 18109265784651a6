#pragma once

#include "field_error.h"
#include "order.h"

namespace clientele {

// The order and each of its lines; a line's problem names its position ("line 2: ...").
FieldErrors validateOrder(const Order& order);
FieldErrors validateOrderLine(const OrderLine& line, int position);

} // namespace clientele
