#pragma once

#include "field_error.h"
#include "task.h"

namespace clientele {

FieldErrors validateTask(const Task& t);

} // namespace clientele
