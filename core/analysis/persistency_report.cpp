#include "persistency.h"

#include <QJsonArray>

namespace clientele::analysis {

namespace {

const PersistencyStatus kStatuses[] = {PersistencyStatus::Active, PersistencyStatus::AtRisk,
                                       PersistencyStatus::Lapsed};

QJsonObject customerJson(const CustomerPersistency& p, const Facts& f) {
    return {{QStringLiteral("ref"), f.customers.ref[p.customer]},
            {QStringLiteral("name"), f.customers.name[p.customer]},
            {QStringLiteral("orders"), p.orders},
            {QStringLiteral("first_order"), dayJson(p.firstOrder)},
            {QStringLiteral("last_order"), dayJson(p.lastOrder)},
            {QStringLiteral("median_gap_days"), optionalJson(p.medianGapDays)},
            {QStringLiteral("days_since_last"), p.daysSinceLast},
            {QStringLiteral("status"), persistencyStatusName(p.status)}};
}

QJsonObject cohortJson(const Cohort& c) {
    QJsonArray retention;
    for (double share : c.retention)
        retention.append(share);
    return {{QStringLiteral("cohort"), monthLabel(c.month)},
            {QStringLiteral("size"), c.size},
            {QStringLiteral("retention"), retention}};
}

QString percent(const std::optional<double>& share) {
    return share ? QString::number(*share * 100, 'f', 1) + u'%' : QStringLiteral("n/a");
}

} // namespace

QJsonObject persistencyJson(const PersistencyResult& r, const Facts& f, const Window& w) {
    QJsonObject json = reportHeader(QStringLiteral("persistency"), f, w);
    json.insert(QStringLiteral("repeat_rate"), optionalJson(r.repeatRate));
    QJsonArray customers, cohorts;
    for (const CustomerPersistency& p : r.customers)
        customers.append(customerJson(p, f));
    for (const Cohort& c : r.cohorts)
        cohorts.append(cohortJson(c));
    json.insert(QStringLiteral("customers"), customers);
    json.insert(QStringLiteral("cohorts"), cohorts);
    QJsonObject counts;
    for (PersistencyStatus s : kStatuses)
        counts.insert(persistencyStatusName(s), r.statusCounts[static_cast<std::size_t>(s)]);
    json.insert(QStringLiteral("status_counts"), counts);
    return json;
}

Table persistencyTable(const PersistencyResult& r, const Facts& f) {
    Table t;
    t.header = QStringList{QStringLiteral("ref"),
                           QStringLiteral("name"),
                           QStringLiteral("orders"),
                           QStringLiteral("first_order"),
                           QStringLiteral("last_order"),
                           QStringLiteral("median_gap_days"),
                           QStringLiteral("days_since_last"),
                           QStringLiteral("status")};
    for (const CustomerPersistency& p : r.customers)
        t.rows.push_back({f.customers.ref[p.customer], f.customers.name[p.customer],
                          QString::number(p.orders), formatIsoDate(p.firstOrder),
                          formatIsoDate(p.lastOrder), optionalCell(p.medianGapDays),
                          QString::number(p.daysSinceLast), persistencyStatusName(p.status)});
    return t;
}

QString persistencyText(const PersistencyResult& r, const Facts&, const Window& w) {
    QString text = QStringLiteral("Persistency %1 to %2 (as of %3)\n")
                       .arg(formatIsoDate(w.from), formatIsoDate(w.to), formatIsoDate(w.asOf));
    text += QStringLiteral("Customers who bought: %1, of whom %2 more than once\n")
                .arg(r.customers.size())
                .arg(percent(r.repeatRate));
    text += QStringLiteral("Active %1, at risk %2, lapsed %3\n")
                .arg(r.statusCounts[0])
                .arg(r.statusCounts[1])
                .arg(r.statusCounts[2]);
    const std::size_t shown = std::min<std::size_t>(r.cohorts.size(), 12);
    if (shown > 0)
        text += QStringLiteral("Latest cohorts (size, still buying 1, 3 and 12 months on):\n");
    for (std::size_t i = r.cohorts.size() - shown; i < r.cohorts.size(); ++i) {
        const Cohort& c = r.cohorts[i];
        auto at = [&](std::size_t k) {
            return k < c.retention.size() ? percent(c.retention[k]) : QStringLiteral("-");
        };
        text += QStringLiteral("  %1  %2  %3  %4  %5\n")
                    .arg(monthLabel(c.month))
                    .arg(c.size, 5)
                    .arg(at(1), 6)
                    .arg(at(3), 6)
                    .arg(at(12), 6);
    }
    return text;
}

} // namespace clientele::analysis
