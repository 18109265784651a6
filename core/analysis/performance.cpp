#include "performance.h"

#include "distinct_pairs.h"
#include "order_span.h"
#include "ranking.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <unordered_map>

namespace clientele::analysis {

namespace {

bool isTime(Dimension d) {
    return d == Dimension::Month || d == Dimension::Quarter || d == Dimension::Year;
}

int monthsPerPeriod(Dimension d) {
    return d == Dimension::Year ? 12 : d == Dimension::Quarter ? 3 : 1;
}

int compareMonths(Compare c) {
    switch (c) {
    case Compare::YearOverYear:
        return 12;
    case Compare::QuarterOverQuarter:
        return 3;
    case Compare::MonthOverMonth:
        return 1;
    case Compare::None:
        break;
    }
    return 0;
}

// The same day `months` calendar months earlier; a month's last day maps to the earlier month's
// last day (so the window of February 2023 shifted back a month is all of January), any other
// day is clamped to the earlier month's length (31 May -> 30 April only as a last day).
DayNumber monthsEarlier(DayNumber day, int months) {
    const Ymd d = civilDate(day);
    const bool lastDay = d.day == daysInMonth(d.year, d.month);
    const int m = monthIndex(d) - months;
    Ymd t{m / 12, m % 12 + 1, 1};
    const int length = daysInMonth(t.year, t.month);
    t.day = lastDay ? length : std::min(d.day, length);
    return dayNumber(t);
}

// The code of one dimension for a line; time keys are moved forward by shiftMonths, so that a
// line of the previous period lands on the key of the period it is compared with.
int keyOf(const Facts& f, Dimension d, int order, int line, const Ymd& date, int shiftMonths) {
    switch (d) {
    case Dimension::Category:
        return f.products.category[static_cast<size_t>(f.lines.product[line])];
    case Dimension::Product:
        return f.lines.product[line];
    case Dimension::Channel:
        return f.orders.channel[order];
    case Dimension::Location:
        return f.orders.location[order];
    case Dimension::Salesperson:
        return f.orders.salesperson[order];
    case Dimension::Region: {
        const int customer = f.orders.customer[order];
        return customer == kNone ? 0 : f.customers.region[static_cast<size_t>(customer)];
    }
    case Dimension::Month:
        return monthIndex(date) + shiftMonths;
    case Dimension::Quarter:
        return date.year * 4 + (date.month - 1) / 3 + shiftMonths / 3;
    case Dimension::Year:
        return date.year + shiftMonths / 12;
    }
    return 0;
}

// Half away from zero, to the minor unit.
Money commissionOf(Money revenue, int basisPoints) {
    const Money scaled = revenue * basisPoints;
    Money q = scaled / 10000;
    if (2 * std::llabs(scaled % 10000) >= 10000)
        q += scaled < 0 ? -1 : 1;
    return q;
}

// Each product's tier by its profit in the window, as 0 (A), 1 (B) or 2 (C); a product
// without a tier (no product made a profit) pays the C rate.
std::vector<int> productTierIndexes(const Facts& facts, const Window& window) {
    std::vector<Money> profit(static_cast<size_t>(facts.products.size()), 0);
    const OrderSpan span = ordersBetween(facts.orders, window.from, window.to);
    for (int line = facts.orders.firstLine[span.first]; line < facts.orders.firstLine[span.last];
         ++line)
        profit[static_cast<size_t>(facts.lines.product[line])] += facts.lines.profit(line);
    const auto tiers = abcTiers(profit);
    std::vector<int> index(tiers.size(), 2);
    for (size_t p = 0; p < tiers.size(); ++p)
        if (tiers[p])
            index[p] = *tiers[p] == Tier::A ? 0 : *tiers[p] == Tier::B ? 1 : 2;
    return index;
}

class Aggregation {
public:
    Aggregation(const Facts& facts, const std::vector<Dimension>& by)
        : m_facts(facts)
        , m_by(by) {}

    // Adds the lines of the orders in [from, to], with time keys moved forward by shiftMonths.
    void add(DayNumber from, DayNumber to, int shiftMonths, const std::vector<int>* tiers) {
        const Facts& f = m_facts;
        const OrderSpan span = ordersBetween(f.orders, from, to);
        for (int o = span.first; o < span.last; ++o) {
            const Ymd date = civilDate(f.orders.day[o]);
            for (int line = f.orders.firstLine[o]; line < f.orders.firstLine[o + 1]; ++line) {
                std::array<int, 2> keys{0, 0};
                for (size_t k = 0; k < m_by.size(); ++k)
                    keys[k] = keyOf(f, m_by[k], o, line, date, shiftMonths);
                const int r = rowFor(keys);
                PerformanceRow& row = m_rows[static_cast<size_t>(r)];
                row.revenue += f.lines.revenue[line];
                row.cost += f.lines.cost[line];
                row.quantity += f.lines.quantity[line];
                if (tiers)
                    row.tierRevenue[static_cast<size_t>(
                        (*tiers)[static_cast<size_t>(f.lines.product[line])])] +=
                        f.lines.revenue[line];
                if (m_lastOrder[static_cast<size_t>(r)] != o) {
                    m_lastOrder[static_cast<size_t>(r)] = o;
                    ++row.orders;
                    if (f.orders.customer[o] != kNone)
                        m_buyers.add(r, f.orders.customer[o]);
                }
            }
        }
    }

    std::vector<PerformanceRow> take() {
        const std::vector<int> customers =
            m_buyers.countPerRow(static_cast<int>(m_rows.size()), m_facts.customers.size());
        for (size_t r = 0; r < m_rows.size(); ++r)
            m_rows[r].customers = customers[r];
        return std::move(m_rows);
    }

    const PerformanceRow* find(const std::array<int, 2>& keys) const {
        const auto it = m_index.find(key(keys));
        return it == m_index.end() ? nullptr : &m_rows[static_cast<size_t>(it->second)];
    }

private:
    static std::uint64_t key(const std::array<int, 2>& keys) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(keys[0])) << 32) |
               static_cast<std::uint32_t>(keys[1]);
    }

    int rowFor(const std::array<int, 2>& keys) {
        // Neighbouring lines mostly share their keys (one order, one day): skip the hash then.
        if (keys == m_lastKeys && m_lastRow != kNone)
            return m_lastRow;
        m_lastKeys = keys;
        m_lastRow = indexFor(keys);
        return m_lastRow;
    }

    int indexFor(const std::array<int, 2>& keys) {
        const auto [it, added] = m_index.try_emplace(key(keys), static_cast<int>(m_rows.size()));
        if (added) {
            m_rows.emplace_back();
            m_rows.back().keys = keys;
            m_lastOrder.push_back(kNone);
        }
        return it->second;
    }

    const Facts& m_facts;
    const std::vector<Dimension>& m_by;
    std::vector<PerformanceRow> m_rows;
    std::vector<int> m_lastOrder;
    DistinctPairs m_buyers; // (row, customer)
    std::unordered_map<std::uint64_t, int> m_index;
    std::array<int, 2> m_lastKeys{0, 0};
    int m_lastRow = kNone;
};

// The previous period: the window shifted back by a year, a month or a quarter (clamped as in
// monthsEarlier). A row without a time key compares with the same keys over that shifted window;
// a row with a time key compares with the previous year/month/quarter of its key (each line of
// the shifted window moves forward onto the row it is compared with), over the days the shifted
// window covers, so a partial first or last period compares with the same part of the previous
// one. Rows compare with nothing they do not have: a key sold only in the previous period adds
// no row.
void addPrevious(const Facts& facts, const Window& window, const PerformanceOptions& options,
                 std::vector<PerformanceRow>& rows) {
    const int months = compareMonths(options.compare);
    Aggregation previous(facts, options.by);
    previous.add(monthsEarlier(window.from, months), monthsEarlier(window.to, months), months,
                 nullptr);
    for (PerformanceRow& row : rows) {
        const PerformanceRow* before = previous.find(row.keys);
        row.previousRevenue = before ? before->revenue : 0;
        row.previousProfit = before ? before->profit() : 0;
    }
}

// The order of a dimension's codes when printed: time keys and skus (products are sorted by sku)
// are already in order, dictionary codes are ranked by their text once.
std::vector<int> labelRanks(const Facts& facts, Dimension d) {
    const Dictionary* dictionary = nullptr;
    switch (d) {
    case Dimension::Category:
        dictionary = &facts.categories;
        break;
    case Dimension::Channel:
        dictionary = &facts.channels;
        break;
    case Dimension::Location:
        dictionary = &facts.locations;
        break;
    case Dimension::Salesperson:
        dictionary = &facts.salespeople;
        break;
    case Dimension::Region:
        dictionary = &facts.regions;
        break;
    case Dimension::Product:
    case Dimension::Month:
    case Dimension::Quarter:
    case Dimension::Year:
        return {};
    }
    std::vector<int> byText(static_cast<size_t>(dictionary->size()));
    std::iota(byText.begin(), byText.end(), 0);
    std::sort(byText.begin(), byText.end(),
              [&](int a, int b) { return dictionary->text(a) < dictionary->text(b); });
    std::vector<int> rank(byText.size());
    for (size_t pos = 0; pos < byText.size(); ++pos)
        rank[static_cast<size_t>(byText[pos])] = static_cast<int>(pos);
    return rank;
}

void sortRows(std::vector<PerformanceRow>& rows, const Facts& facts,
              const std::vector<Dimension>& by) {
    std::vector<std::vector<int>> ranks;
    for (Dimension d : by)
        ranks.push_back(labelRanks(facts, d));
    const auto position = [&](size_t k, int code) {
        return ranks[k].empty() ? code : ranks[k][static_cast<size_t>(code)];
    };
    const bool byRevenue = !isTime(by.front());
    std::sort(rows.begin(), rows.end(), [&](const PerformanceRow& a, const PerformanceRow& b) {
        if (byRevenue && a.revenue != b.revenue)
            return a.revenue > b.revenue;
        for (size_t k = 0; k < by.size(); ++k)
            if (a.keys[k] != b.keys[k])
                return position(k, a.keys[k]) < position(k, b.keys[k]);
        return false;
    });
}

} // namespace

Status checkPerformanceOptions(const PerformanceOptions& options) {
    const auto& by = options.by;
    if (by.empty() || by.size() > 2)
        return Error::usage(QStringLiteral("--by takes one or two dimensions"));
    if (by.size() == 2 && by[0] == by[1])
        return Error::usage(QStringLiteral("--by names %1 twice").arg(dimensionName(by[0])));
    if (by.size() == 2 && isTime(by[0]) && isTime(by[1]))
        return Error::usage(QStringLiteral("--by takes at most one of month, quarter and year"));
    const int months = compareMonths(options.compare);
    for (Dimension d : by) {
        if (isTime(d) && months > 0 && months % monthsPerPeriod(d) != 0)
            return Error::usage(QStringLiteral("--compare %1 cannot compare one %2 with the "
                                               "previous one; use a finer --by or a longer "
                                               "comparison")
                                    .arg(compareName(options.compare), dimensionName(d)));
    }
    return {};
}

PerformanceResult computePerformance(const Facts& facts, const Window& window,
                                     const PerformanceOptions& options) {
    PerformanceResult result;
    result.by = options.by;
    result.compare = options.compare;
    result.commission = options.commission;
    std::vector<int> tiers;
    if (options.commission)
        tiers = productTierIndexes(facts, window);
    Aggregation current(facts, options.by);
    current.add(window.from, window.to, 0, options.commission ? &tiers : nullptr);
    result.rows = current.take();
    for (PerformanceRow& row : result.rows) {
        result.totalRevenue += row.revenue;
        if (options.commission)
            for (size_t t = 0; t < 3; ++t)
                row.commission += commissionOf(row.tierRevenue[t], options.rates.basisPoints[t]);
    }
    if (options.compare != Compare::None)
        addPrevious(facts, window, options, result.rows);
    sortRows(result.rows, facts, options.by);
    return result;
}

} // namespace clientele::analysis
