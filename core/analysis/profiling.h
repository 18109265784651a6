#pragma once

#include "facts.h"
#include "persistency.h"
#include "ranking.h"
#include "report.h"
#include "window.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace clientele::analysis {

// P1, who the customers are (../shared/spec/analyses.md, "profiling").
struct ProfilingOptions {
    int topPreferences = 10;        // most frequent values kept per preference category
    PersistencyOptions persistency; // for the one-customer view's status
};

// RFM segments in the order of the spec's rules (the first that matches wins).
enum class Segment : std::uint8_t {
    Champions,
    Loyal,
    CantLose,
    AtRisk,
    New,
    PotentialLoyalist,
    NeedAttention,
    Hibernating,
    Lost,
};
inline constexpr int kSegmentCount = 9;
QString segmentName(Segment segment); // champions, loyal, cant_lose, ...
// r, f, m are quintile scores; frequency is the number of orders.
Segment rfmSegment(int r, int f, int m, int frequency);

struct RfmRow {
    int customer = kNone;
    int recencyDays = 0; // as_of - last counted order in the window
    int frequency = 0;   // counted orders in the window
    Money monetary = 0;  // revenue in the window
    int r = 0, f = 0, m = 0;
    Segment segment = Segment::Lost;
};

// Customers with at least one counted order in the window, by ref.
std::vector<RfmRow> computeRfm(const Facts& facts, const Window& window);

struct SegmentCount {
    Segment segment = Segment::Lost;
    int customers = 0;
    Money revenue = 0;
};

// Customers per value of one attribute. Text attributes list the values present, the empty
// value counting customers without one; kind, status and age band list every value.
struct CountEntry {
    QString key;
    int customers = 0;
};
struct CountTable {
    QString dimension; // kind, status, tier, source, region, city, salesperson, tag, age_band
    std::vector<CountEntry> entries; // by customers descending, then key
};

struct PreferenceValueCount {
    QString value;
    int customers = 0; // each customer holds a value once per category
    int likes = 0, dislikes = 0, neutral = 0;
};
struct PreferenceCategory {
    QString category;
    std::vector<PreferenceValueCount> values; // most frequent first, then by value
};

struct ProfilingResult {
    int customers = 0;                           // every customer in the database
    std::vector<CountTable> counts;              // over every customer; age at as_of
    std::vector<PreferenceCategory> preferences; // by category
    std::vector<RfmRow> rfm;
    std::vector<SegmentCount> segments; // every segment, in rule order
};

ProfilingResult computeProfiling(const Facts& facts, const Window& window,
                                 const ProfilingOptions& options = {});

// Age bands at as_of: <25, 25-34, 35-44, 45-54, 55-64, 65+, unknown (no birthday, or one after
// as_of).
QString ageBand(DayNumber birthday, DayNumber asOf);

// "Customer value in one view": one customer's RFM scores and segment (among all the window's
// customers), A/B/C tier and profit (as in profitability), status (as in persistency) and days
// since the last order, all in the window. Null parts when it bought nothing in the window.
struct CustomerProfile {
    int customer = kNone;
    int orders = 0;
    Money revenue = 0;
    Money cost = 0;
    std::optional<RfmRow> rfm;
    std::optional<Tier> tier;
    std::optional<PersistencyStatus> status;
    std::optional<int> daysSinceLast;

    Money profit() const { return revenue - cost; }
};
CustomerProfile profileCustomer(const Facts& facts, const Window& window, int customer,
                                const ProfilingOptions& options = {});

QJsonObject profilingJson(const ProfilingResult& result, const Facts& facts, const Window& window);
Table profilingTable(const ProfilingResult& result, const Facts& facts); // the RFM table
QString profilingText(const ProfilingResult& result, const Facts& facts, const Window& window);

QJsonObject customerProfileJson(const CustomerProfile& profile, const Facts& facts,
                                const Window& window);
Table customerProfileTable(const CustomerProfile& profile, const Facts& facts);
QString customerProfileText(const CustomerProfile& profile, const Facts& facts,
                            const Window& window);

} // namespace clientele::analysis
