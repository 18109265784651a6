#include "customer_totals.h"
#include "profiling.h"

namespace clientele::analysis {

QString segmentName(Segment segment) {
    switch (segment) {
    case Segment::Champions:
        return QStringLiteral("champions");
    case Segment::Loyal:
        return QStringLiteral("loyal");
    case Segment::CantLose:
        return QStringLiteral("cant_lose");
    case Segment::AtRisk:
        return QStringLiteral("at_risk");
    case Segment::New:
        return QStringLiteral("new");
    case Segment::PotentialLoyalist:
        return QStringLiteral("potential_loyalist");
    case Segment::NeedAttention:
        return QStringLiteral("need_attention");
    case Segment::Hibernating:
        return QStringLiteral("hibernating");
    case Segment::Lost:
        break;
    }
    return QStringLiteral("lost");
}

Segment rfmSegment(int r, int f, int m, int frequency) {
    const int fm = (f + m + 1) / 2; // round half up of (f + m) / 2
    if (r >= 4 && fm >= 4)
        return Segment::Champions;
    if (r >= 3 && fm >= 3)
        return Segment::Loyal;
    if (r == 1 && fm >= 4)
        return Segment::CantLose;
    if (r <= 2 && fm >= 3)
        return Segment::AtRisk;
    if (r >= 4 && frequency == 1)
        return Segment::New;
    if (r >= 4)
        return Segment::PotentialLoyalist;
    if (r == 3)
        return Segment::NeedAttention;
    if (r == 2)
        return Segment::Hibernating;
    return Segment::Lost;
}

std::vector<RfmRow> computeRfm(const Facts& facts, const Window& window) {
    const CustomerTotals totals = customerTotals(facts, window);
    std::vector<RfmRow> rows;
    std::vector<double> recency, frequency, monetary;
    for (int c : buyers(totals)) {
        RfmRow row;
        row.customer = c;
        row.recencyDays = window.asOf - totals.last[c];
        row.frequency = totals.orders[c];
        row.monetary = totals.revenue[c];
        rows.push_back(row);
        recency.push_back(row.recencyDays);
        frequency.push_back(row.frequency);
        monetary.push_back(static_cast<double>(row.monetary));
    }
    const std::vector<int> r = quintileScores(recency, false); // more days is worse
    const std::vector<int> f = quintileScores(frequency, true);
    const std::vector<int> m = quintileScores(monetary, true);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        rows[i].r = r[i];
        rows[i].f = f[i];
        rows[i].m = m[i];
        rows[i].segment = rfmSegment(r[i], f[i], m[i], rows[i].frequency);
    }
    return rows;
}

} // namespace clientele::analysis
