#pragma once

#include "field_error.h"
#include "visit.h"

namespace clientele {

FieldErrors validateVisit(const Visit& v);

} // namespace clientele
