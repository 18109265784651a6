#pragma once

#include "common/result.h"
#include "facts.h"
#include "report.h"
#include "window.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <vector>

namespace clientele::analysis {

// P4: where sales come from. Options map to clientele-cli's --by DIM[,DIM], --compare
// yoy|mom|qoq, --commission and --rate-a/--rate-b/--rate-c.
enum class Dimension {
    Category,
    Product,
    Channel,
    Location,
    Salesperson,
    Region,
    Month,
    Quarter,
    Year
};
enum class Compare { None, YearOverYear, MonthOverMonth, QuarterOverQuarter };

// Commission rates per product tier, in basis points of line revenue (500 = 5%).
struct CommissionRates {
    std::array<int, 3> basisPoints{500, 300, 100}; // A, B, C
};

struct PerformanceOptions {
    std::vector<Dimension> by{Dimension::Category}; // one or two, distinct
    Compare compare = Compare::None;
    bool commission = false;
    CommissionRates rates;
};

// "category", "month", ... and back; nullopt for an unknown name.
std::optional<Dimension> parseDimension(QStringView name);
QString dimensionName(Dimension dimension);
std::optional<Compare> parseCompare(QStringView name); // "yoy", "mom", "qoq"
QString compareName(Compare compare);                  // empty for None

// Refuses what has no meaning: no or more than two dimensions, a repeated one, two time
// dimensions, or a comparison finer than the time key (mom of quarters, qoq of years).
Status checkPerformanceOptions(const PerformanceOptions& options);

struct PerformanceRow {
    // One code per dimension of PerformanceResult::by: a Dictionary code (category, channel,
    // location, salesperson, region), a ProductFacts index, or a period index (monthIndex,
    // year x 4 + quarter - 1, year).
    std::array<int, 2> keys{0, 0};
    Money revenue = 0;
    Money cost = 0;
    qint64 quantity = 0;
    int orders = 0;                       // distinct counted orders
    int customers = 0;                    // distinct known customers
    std::optional<Money> previousRevenue; // set when comparing
    std::optional<Money> previousProfit;
    std::array<Money, 3> tierRevenue{0, 0, 0}; // A, B, C, with commission
    Money commission = 0;

    Money profit() const { return revenue - cost; }
};

struct PerformanceResult {
    std::vector<Dimension> by;
    Compare compare = Compare::None;
    bool commission = false;
    Money totalRevenue = 0;
    // A time dimension first: keys ascending; otherwise revenue descending, ties by key labels.
    std::vector<PerformanceRow> rows;
};

// Expects options that pass checkPerformanceOptions.
PerformanceResult computePerformance(const Facts& facts, const Window& window,
                                     const PerformanceOptions& options = {});

QJsonObject performanceJson(const PerformanceResult& result, const Facts& facts,
                            const Window& window);
Table performanceTable(const PerformanceResult& result, const Facts& facts);
QString performanceText(const PerformanceResult& result, const Facts& facts, const Window& window);

// How a row's key is printed: a label, a sku, "2024-03", "2024-Q1", "2024".
QString keyLabel(const Facts& facts, Dimension dimension, int code);

} // namespace clientele::analysis
