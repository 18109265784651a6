#pragma once

#include "facts.h"

#include <optional>

namespace clientele::analysis {

// The dates an analysis looks at: counted orders with a day in [from, to], both inclusive, seen
// from asOf ("today" for recency, ages and statuses).
struct Window {
    DayNumber from = 0;
    DayNumber to = 0;
    DayNumber asOf = 0;

    bool contains(DayNumber day) const { return day >= from && day <= to; }
};

// What the user asked for; unset dates take the spec's defaults.
struct WindowRequest {
    std::optional<DayNumber> from;
    std::optional<DayNumber> to;
    std::optional<DayNumber> asOf; // the caller's today when unset
};

// from defaults to the first counted order (asOf when there is none), to to asOf.
Window resolveWindow(const Facts& facts, const WindowRequest& request, DayNumber today);

} // namespace clientele::analysis
