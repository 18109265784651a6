#include "persistency.h"

#include "customer_totals.h"

#include <algorithm>

namespace clientele::analysis {

namespace {

std::optional<double> median(std::vector<int> values) {
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[mid];
    return (values[mid - 1] + values[mid]) / 2.0;
}

CustomerPersistency customerPersistency(const Facts& facts, const Window& window,
                                        const CustomerOrders& grouped, int customer,
                                        const PersistencyOptions& options) {
    CustomerPersistency p;
    p.customer = customer;
    p.orders = grouped.count(customer);
    for (int i = grouped.first[customer]; i < grouped.first[customer + 1]; ++i) {
        const DayNumber day = facts.orders.day[grouped.order[i]];
        if (p.lastOrder != kNoDay && day != p.lastOrder)
            p.gaps.push_back(day - p.lastOrder);
        if (p.firstOrder == kNoDay)
            p.firstOrder = day;
        p.lastOrder = day;
    }
    p.medianGapDays = median(p.gaps); // null below 2 distinct days: no gaps
    p.daysSinceLast = window.asOf - p.lastOrder;
    p.status = persistencyStatus(p.daysSinceLast, p.medianGapDays, options);
    return p;
}

// Whole months from the window's first to its last: each customer counts once per month.
std::vector<Cohort> cohorts(const Facts& facts, const Window& window) {
    if (window.from > window.to)
        return {};
    const int firstMonth = monthIndex(window.from);
    const int lastMonth = monthIndex(window.to);
    const int months = lastMonth - firstMonth + 1;
    const auto n = static_cast<std::size_t>(facts.customers.size());
    std::vector<int> cohortOf(n, -1), seenMonth(n, -1);
    std::vector<std::vector<int>> retained(static_cast<std::size_t>(months));
    for (int c = 0; c < months; ++c)
        retained[c].assign(static_cast<std::size_t>(months - c), 0);
    for (int o = 0; o < facts.orders.size(); ++o) {
        const int customer = facts.orders.customer[o];
        if (customer == kNone)
            continue;
        const int month = monthIndex(facts.orders.day[o]);
        if (cohortOf[customer] == -1)
            cohortOf[customer] = month; // orders come by day: the first is the first ever
        const int cohort = cohortOf[customer] - firstMonth;
        if (cohort < 0 || month > lastMonth || seenMonth[customer] == month)
            continue;
        seenMonth[customer] = month;
        ++retained[cohort][month - cohortOf[customer]];
    }
    std::vector<Cohort> out;
    for (int c = 0; c < months; ++c) {
        const int size = retained[c][0];
        if (size == 0)
            continue;
        Cohort cohort;
        cohort.month = firstMonth + c;
        cohort.size = size;
        for (int kept : retained[c])
            cohort.retention.push_back(static_cast<double>(kept) / size);
        out.push_back(std::move(cohort));
    }
    return out;
}

} // namespace

QString persistencyStatusName(PersistencyStatus status) {
    switch (status) {
    case PersistencyStatus::AtRisk:
        return QStringLiteral("at_risk");
    case PersistencyStatus::Lapsed:
        return QStringLiteral("lapsed");
    case PersistencyStatus::Active:
        break;
    }
    return QStringLiteral("active");
}

PersistencyStatus persistencyStatus(int daysSinceLast, const std::optional<double>& medianGapDays,
                                    const PersistencyOptions& options) {
    if (daysSinceLast > options.lapseDays)
        return PersistencyStatus::Lapsed;
    if (medianGapDays && daysSinceLast > options.riskFactor * *medianGapDays)
        return PersistencyStatus::AtRisk;
    return PersistencyStatus::Active;
}

PersistencyResult computePersistency(const Facts& facts, const Window& window,
                                     const PersistencyOptions& options) {
    PersistencyResult r;
    const CustomerOrders grouped = ordersByCustomer(facts, window);
    int repeaters = 0;
    for (int c = 0; c < facts.customers.size(); ++c) {
        if (grouped.count(c) == 0)
            continue;
        r.customers.push_back(customerPersistency(facts, window, grouped, c, options));
        ++r.statusCounts[static_cast<std::size_t>(r.customers.back().status)];
        if (r.customers.back().orders >= 2)
            ++repeaters;
    }
    r.repeatRate = ratio(repeaters, static_cast<double>(r.customers.size()));
    r.cohorts = cohorts(facts, window);
    return r;
}

} // namespace clientele::analysis
