#include "customer_summary.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace clientele::models {

double daysPerUnit(TimeUnit unit) {
    return unit == TimeUnit::Week ? 7.0 : 1.0;
}

bool validSummary(const CustomerSummary& s) {
    return s.x >= 0 && std::isfinite(s.tx) && std::isfinite(s.T) && std::isfinite(s.meanValue) &&
           s.tx >= 0 && s.tx <= s.T && (s.x > 0 || s.tx == 0);
}

std::optional<CustomerSummary> summarisePurchases(std::span<const Purchase> purchases,
                                                  DayNumber calibrationEnd, TimeUnit unit) {
    std::vector<Purchase> inWindow;
    inWindow.reserve(purchases.size());
    for (const Purchase& p : purchases) {
        if (p.day <= calibrationEnd) {
            inWindow.push_back(p);
        }
    }
    if (inWindow.empty()) {
        return std::nullopt;
    }
    std::sort(inWindow.begin(), inWindow.end(),
              [](const Purchase& l, const Purchase& r) { return l.day < r.day; });

    const DayNumber first = inWindow.front().day;
    int repeatDays = 0;
    DayNumber lastDay = first;
    std::int64_t repeatAmount = 0;
    for (const Purchase& p : inWindow) {
        if (p.day == first) {
            continue; // the first day is the acquisition, not a repeat purchase
        }
        if (p.day != lastDay) {
            ++repeatDays;
            lastDay = p.day;
        }
        repeatAmount += p.amountMinor;
    }

    const double unitDays = daysPerUnit(unit);
    CustomerSummary s;
    s.x = repeatDays;
    s.tx = (lastDay - first) / unitDays;
    s.T = (calibrationEnd - first) / unitDays;
    s.meanValue = repeatDays > 0 ? static_cast<double>(repeatAmount) / repeatDays : 0.0;
    return s;
}

std::optional<CustomerSummary> summarisePurchaseDays(std::span<const DayNumber> days,
                                                     DayNumber calibrationEnd, TimeUnit unit) {
    std::vector<Purchase> purchases;
    purchases.reserve(days.size());
    for (DayNumber d : days) {
        purchases.push_back({d, 0});
    }
    return summarisePurchases(purchases, calibrationEnd, unit);
}

} // namespace clientele::models
