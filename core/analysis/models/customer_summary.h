#pragma once

#include "common/dates.h"

#include <cstdint>
#include <optional>
#include <span>

namespace clientele::models {

enum class TimeUnit { Day, Week };

// Days in one unit (a week is 7 days, so weeks are fractional: days / 7).
double daysPerUnit(TimeUnit unit);

// The per-customer input of the BG/NBD and Gamma-Gamma models, over a calibration window that
// starts at the customer's first purchase and ends at the calibration end (inclusive).
struct CustomerSummary {
    int x = 0;            // repeat purchase days: distinct purchase days after the first
    double tx = 0;        // last purchase - first purchase, in units
    double T = 0;         // calibration end - first purchase, in units
    double meanValue = 0; // mean amount per repeat purchase day (minor units); 0 when x = 0
};

// x >= 0, 0 <= t_x <= T, all finite, t_x = 0 when x = 0, and meanValue finite.
bool validSummary(const CustomerSummary& summary);

struct Purchase {
    DayNumber day = 0;
    std::int64_t amountMinor = 0; // money in minor units
};

// Builds one customer's summary. Purchases may come in any order; purchases on one day count as
// one purchase (their amounts are added); purchases after calibrationEnd are ignored. Returns
// nothing when the customer made no purchase on or before calibrationEnd.
std::optional<CustomerSummary> summarisePurchases(std::span<const Purchase> purchases,
                                                  DayNumber calibrationEnd, TimeUnit unit);

// The same without amounts (meanValue stays 0).
std::optional<CustomerSummary> summarisePurchaseDays(std::span<const DayNumber> days,
                                                     DayNumber calibrationEnd, TimeUnit unit);

} // namespace clientele::models
