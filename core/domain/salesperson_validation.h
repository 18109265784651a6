#pragma once

#include "field_error.h"
#include "salesperson.h"

namespace clientele {

FieldErrors validateSalesperson(const Salesperson& s);

} // namespace clientele
