#include "window.h"

namespace clientele::analysis {

Window resolveWindow(const Facts& facts, const WindowRequest& request, DayNumber today) {
    Window w;
    w.asOf = request.asOf.value_or(today);
    w.to = request.to.value_or(w.asOf);
    // Orders are sorted by day, so the first counted order is the first one.
    const DayNumber first = facts.orders.day.empty() ? w.asOf : facts.orders.day.front();
    w.from = request.from.value_or(first);
    return w;
}

} // namespace clientele::analysis
