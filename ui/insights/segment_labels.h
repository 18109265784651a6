#pragma once

#include "analysis/profiling.h"

#include <QString>

namespace clientele {

// The RFM segment as a shop owner reads it ("Can't lose", not "cant_lose").
QString segmentLabel(analysis::Segment segment);

} // namespace clientele
