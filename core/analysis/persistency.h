#pragma once

#include "facts.h"
#include "report.h"
#include "window.h"

#include <QJsonObject>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace clientele::analysis {

// P2, loyalty (../shared/spec/analyses.md, "persistency").
struct PersistencyOptions {
    int lapseDays = 365;     // lapsed after this many days without an order
    double riskFactor = 2.0; // at risk after this many median gaps without an order
};

enum class PersistencyStatus : std::uint8_t { Active, AtRisk, Lapsed };
QString persistencyStatusName(PersistencyStatus status); // active | at_risk | lapsed

struct CustomerPersistency {
    int customer = kNone;
    int orders = 0;
    DayNumber firstOrder = kNoDay; // in the window
    DayNumber lastOrder = kNoDay;
    std::vector<int> gaps; // days between consecutive distinct order days
    std::optional<double> medianGapDays;
    int daysSinceLast = 0; // as_of - lastOrder
    PersistencyStatus status = PersistencyStatus::Active;
};

// Customers whose first counted order ever falls in month `month`. Months are whole months:
// retention[k] counts the cohort's customers with a counted order anywhere in month + k, so
// retention[0] is 1 even when the window starts mid-month.
struct Cohort {
    int month = 0; // monthIndex
    int size = 0;
    std::vector<double> retention; // k = 0 .. month of `to` - month
};

struct PersistencyResult {
    std::optional<double> repeatRate;           // null without customers
    std::vector<CustomerPersistency> customers; // by ref
    std::vector<Cohort> cohorts;       // by month, months of the window that have customers
    std::array<int, 3> statusCounts{}; // by PersistencyStatus
};

PersistencyResult computePersistency(const Facts& facts, const Window& window,
                                     const PersistencyOptions& options = {});

// The rule of the spec, for one customer.
PersistencyStatus persistencyStatus(int daysSinceLast, const std::optional<double>& medianGapDays,
                                    const PersistencyOptions& options);

QJsonObject persistencyJson(const PersistencyResult& result, const Facts& facts,
                            const Window& window);
Table persistencyTable(const PersistencyResult& result, const Facts& facts);
QString persistencyText(const PersistencyResult& result, const Facts& facts, const Window& window);

} // namespace clientele::analysis
