#pragma once

#include "campaign.h"
#include "field_error.h"

namespace clientele {

FieldErrors validateCampaign(const Campaign& c);

} // namespace clientele
