#include "profitability.h"

#include "cost_to_serve.h"

#include <algorithm>

namespace clientele::analysis {

namespace {

std::vector<CustomerProfit> customerProfits(const CustomerTotals& totals,
                                            const std::vector<Money>& costToServe,
                                            ProfitMeasure measure) {
    std::vector<CustomerProfit> out;
    for (int c : buyers(totals))
        out.push_back({c, totals.orders[c], totals.revenue[c], totals.cost[c], std::nullopt,
                       costToServe[static_cast<std::size_t>(c)]});
    std::vector<Money> measured;
    measured.reserve(out.size());
    for (const CustomerProfit& c : out)
        measured.push_back(c.measure(measure));
    const std::vector<std::optional<Tier>> tiers = abcTiers(measured);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i].tier = tiers[i];
    // Customers are in ref order already, so a stable sort breaks ties by ref.
    std::stable_sort(out.begin(), out.end(),
                     [measure](const CustomerProfit& a, const CustomerProfit& b) {
                         return a.measure(measure) > b.measure(measure);
                     });
    return out;
}

// The whale curve: losses stay in the total, so shares along the way may pass 1.
Pareto pareto(const std::vector<CustomerProfit>& customers, ProfitMeasure measure,
              int curvePoints) {
    const int n = static_cast<int>(customers.size());
    std::vector<Money> cumulative(static_cast<std::size_t>(n) + 1, 0);
    for (int k = 0; k < n; ++k)
        cumulative[k + 1] = cumulative[k] + customers[k].measure(measure);
    const Money total = cumulative[n];
    Pareto p;
    if (total <= 0)
        return p;
    const auto share = [&](int k) { return static_cast<double>(cumulative[k]) / total; };
    const int top20 = (n + 4) / 5; // ceil(0.2 n)
    p.top20ProfitShare = share(top20);
    int k = 0;
    while (cumulative[k] * 10 < total * 8) // exact: cumulative / total < 0.8
        ++k;
    p.customersFor80pct = k;
    p.customersFor80pctShare = static_cast<double>(k) / n;
    const int steps = std::min(n, std::max(1, curvePoints));
    for (int i = 0; i <= steps; ++i) {
        const int at = static_cast<int>((static_cast<qint64>(i) * n + steps - 1) / steps);
        p.curve.push_back({at, static_cast<double>(at) / n, share(at)});
    }
    return p;
}

std::optional<double> change(const std::vector<PeriodFigures>& series, std::size_t at, int back) {
    if (at < static_cast<std::size_t>(back))
        return std::nullopt;
    const Money base = series[at - static_cast<std::size_t>(back)].revenue;
    if (base == 0)
        return std::nullopt;
    return static_cast<double>(series[at].revenue - base) / static_cast<double>(base);
}

// Revenue and cost of every counted order in the window by month and by year.
void addPeriods(ProfitabilityResult& r, const Facts& facts, const Window& window) {
    if (window.from > window.to)
        return;
    const int firstMonth = monthIndex(window.from);
    const int firstYear = civilDate(window.from).year;
    for (int m = firstMonth; m <= monthIndex(window.to); ++m)
        r.byMonth.emplace_back().period = m;
    for (int y = firstYear; y <= civilDate(window.to).year; ++y)
        r.byYear.emplace_back().period = y;
    const OrderRange range = ordersInWindow(facts, window);
    for (int o = range.begin; o < range.end; ++o) {
        const int m = monthIndex(facts.orders.day[o]) - firstMonth;
        PeriodFigures& month = r.byMonth[m];
        PeriodFigures& year = r.byYear[r.byMonth[m].period / 12 - firstYear];
        for (int l = facts.orders.firstLine[o]; l < facts.orders.firstLine[o + 1]; ++l) {
            month.revenue += facts.lines.revenue[l];
            month.cost += facts.lines.cost[l];
            year.revenue += facts.lines.revenue[l];
            year.cost += facts.lines.cost[l];
        }
    }
    for (std::size_t i = 0; i < r.byMonth.size(); ++i) {
        r.byMonth[i].yoy = change(r.byMonth, i, 12);
        r.byMonth[i].mom = change(r.byMonth, i, 1);
    }
    for (std::size_t i = 0; i < r.byYear.size(); ++i)
        r.byYear[i].yoy = change(r.byYear, i, 1);
    for (const PeriodFigures& year : r.byYear) {
        r.revenue += year.revenue;
        r.cost += year.cost;
    }
}

} // namespace

std::vector<std::optional<Tier>> customerProfitTiers(const CustomerTotals& totals) {
    const std::vector<int> who = buyers(totals);
    std::vector<Money> profit;
    profit.reserve(who.size());
    for (int c : who)
        profit.push_back(totals.profit(c));
    const std::vector<std::optional<Tier>> tiers = abcTiers(profit);
    std::vector<std::optional<Tier>> out(totals.orders.size());
    for (std::size_t i = 0; i < who.size(); ++i)
        out[static_cast<std::size_t>(who[i])] = tiers[i];
    return out;
}

QString measureName(ProfitMeasure measure) {
    return measure == ProfitMeasure::NetProfit ? QStringLiteral("net_profit")
                                               : QStringLiteral("profit");
}

std::optional<ProfitMeasure> measureNamed(const QString& name) {
    for (ProfitMeasure m : {ProfitMeasure::Profit, ProfitMeasure::NetProfit})
        if (name == measureName(m))
            return m;
    return std::nullopt;
}

ProfitabilityResult computeProfitability(const Facts& facts, const Window& window,
                                         const ProfitabilityOptions& options) {
    ProfitabilityResult r;
    r.measure = options.measure;
    r.customers =
        customerProfits(customerTotals(facts, window), costToServe(facts, window), options.measure);
    for (const CustomerProfit& c : r.customers)
        r.costToServe += c.costToServe;
    r.pareto = pareto(r.customers, options.measure, options.curvePoints);
    addPeriods(r, facts, window);
    return r;
}

} // namespace clientele::analysis
