#pragma once

#include "field_error.h"
#include "product.h"

namespace clientele {

FieldErrors validateProduct(const Product& p);

} // namespace clientele
