#include "profiling.h"

#include <QJsonArray>

namespace clientele::analysis {

namespace {

QJsonValue nullable(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString tierText(const std::optional<Tier>& tier) {
    return tier ? QString(QChar::fromLatin1(static_cast<char>(*tier))) : QString();
}

QJsonObject rfmJson(const RfmRow& row, const Facts& f) {
    return {{QStringLiteral("ref"), f.customers.ref[row.customer]},
            {QStringLiteral("name"), f.customers.name[row.customer]},
            {QStringLiteral("recency_days"), row.recencyDays},
            {QStringLiteral("frequency"), row.frequency},
            {QStringLiteral("monetary"), moneyJson(row.monetary, f.minorDigits)},
            {QStringLiteral("r"), row.r},
            {QStringLiteral("f"), row.f},
            {QStringLiteral("m"), row.m},
            {QStringLiteral("segment"), segmentName(row.segment)}};
}

QJsonObject countsJson(const std::vector<CountTable>& counts) {
    QJsonObject json;
    for (const CountTable& t : counts) {
        QJsonObject entries;
        for (const CountEntry& e : t.entries)
            entries.insert(e.key, e.customers);
        json.insert(t.dimension, entries);
    }
    return json;
}

QJsonArray preferencesJson(const std::vector<PreferenceCategory>& preferences) {
    QJsonArray out;
    for (const PreferenceCategory& pc : preferences) {
        QJsonArray values;
        for (const PreferenceValueCount& v : pc.values)
            values.append(QJsonObject{{QStringLiteral("value"), v.value},
                                      {QStringLiteral("customers"), v.customers},
                                      {QStringLiteral("likes"), v.likes},
                                      {QStringLiteral("dislikes"), v.dislikes},
                                      {QStringLiteral("neutral"), v.neutral}});
        out.append(QJsonObject{{QStringLiteral("category"), pc.category},
                               {QStringLiteral("values"), values}});
    }
    return out;
}

QString firstEntries(const CountTable& t, int shown) {
    QStringList parts;
    for (const CountEntry& e : t.entries) {
        if (static_cast<int>(parts.size()) == shown)
            break;
        parts << QStringLiteral("%1 %2")
                     .arg(e.key.isEmpty() ? QStringLiteral("(none)") : e.key)
                     .arg(e.customers);
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

} // namespace

QJsonObject profilingJson(const ProfilingResult& r, const Facts& f, const Window& w) {
    QJsonObject json = reportHeader(QStringLiteral("profiling"), f, w);
    json.insert(QStringLiteral("customers"), r.customers);
    json.insert(QStringLiteral("counts"), countsJson(r.counts));
    json.insert(QStringLiteral("preferences"), preferencesJson(r.preferences));
    QJsonArray rfm, segments;
    for (const RfmRow& row : r.rfm)
        rfm.append(rfmJson(row, f));
    for (const SegmentCount& s : r.segments)
        segments.append(
            QJsonObject{{QStringLiteral("segment"), segmentName(s.segment)},
                        {QStringLiteral("customers"), s.customers},
                        {QStringLiteral("revenue"), moneyJson(s.revenue, f.minorDigits)}});
    json.insert(QStringLiteral("rfm"), rfm);
    json.insert(QStringLiteral("segments"), segments);
    return json;
}

Table profilingTable(const ProfilingResult& r, const Facts& f) {
    Table t;
    t.header = QStringList{
        QStringLiteral("ref"),       QStringLiteral("name"),     QStringLiteral("recency_days"),
        QStringLiteral("frequency"), QStringLiteral("monetary"), QStringLiteral("r"),
        QStringLiteral("f"),         QStringLiteral("m"),        QStringLiteral("segment")};
    for (const RfmRow& row : r.rfm)
        t.rows.push_back({f.customers.ref[row.customer], f.customers.name[row.customer],
                          QString::number(row.recencyDays), QString::number(row.frequency),
                          moneyCell(row.monetary, f.minorDigits), QString::number(row.r),
                          QString::number(row.f), QString::number(row.m),
                          segmentName(row.segment)});
    return t;
}

QString profilingText(const ProfilingResult& r, const Facts&, const Window& w) {
    QString text = QStringLiteral("Profiling %1 to %2 (as of %3)\n")
                       .arg(formatIsoDate(w.from), formatIsoDate(w.to), formatIsoDate(w.asOf));
    text += QStringLiteral("Customers: %1, of whom %2 bought in the window\n")
                .arg(r.customers)
                .arg(r.rfm.size());
    for (const CountTable& t : r.counts)
        text += QStringLiteral("  %1: %2\n").arg(t.dimension, firstEntries(t, 7));
    text += QStringLiteral("RFM segments:\n");
    for (const SegmentCount& s : r.segments)
        text += QStringLiteral("  %1 %2\n")
                    .arg(segmentName(s.segment).leftJustified(19))
                    .arg(s.customers);
    return text;
}

QJsonObject customerProfileJson(const CustomerProfile& p, const Facts& f, const Window& w) {
    QJsonObject json = reportHeader(QStringLiteral("profiling"), f, w);
    const RfmRow* rfm = p.rfm ? &*p.rfm : nullptr;
    QJsonObject customer{
        {QStringLiteral("ref"), f.customers.ref[p.customer]},
        {QStringLiteral("name"), f.customers.name[p.customer]},
        {QStringLiteral("orders"), p.orders},
        {QStringLiteral("revenue"), moneyJson(p.revenue, f.minorDigits)},
        {QStringLiteral("cost"), moneyJson(p.cost, f.minorDigits)},
        {QStringLiteral("profit"), moneyJson(p.profit(), f.minorDigits)},
        {QStringLiteral("tier"), p.tier ? QJsonValue(tierText(p.tier)) : QJsonValue()},
        {QStringLiteral("recency_days"),
         nullable(rfm ? std::optional(rfm->recencyDays) : std::nullopt)},
        {QStringLiteral("frequency"), nullable(rfm ? std::optional(rfm->frequency) : std::nullopt)},
        {QStringLiteral("monetary"), rfm ? moneyJson(rfm->monetary, f.minorDigits) : QJsonValue()},
        {QStringLiteral("r"), nullable(rfm ? std::optional(rfm->r) : std::nullopt)},
        {QStringLiteral("f"), nullable(rfm ? std::optional(rfm->f) : std::nullopt)},
        {QStringLiteral("m"), nullable(rfm ? std::optional(rfm->m) : std::nullopt)},
        {QStringLiteral("segment"), rfm ? QJsonValue(segmentName(rfm->segment)) : QJsonValue()},
        {QStringLiteral("status"),
         p.status ? QJsonValue(persistencyStatusName(*p.status)) : QJsonValue()},
        {QStringLiteral("days_since_last"), nullable(p.daysSinceLast)}};
    json.insert(QStringLiteral("customer"), customer);
    return json;
}

Table customerProfileTable(const CustomerProfile& p, const Facts& f) {
    Table t;
    t.header = QStringList{
        QStringLiteral("ref"),     QStringLiteral("name"),   QStringLiteral("orders"),
        QStringLiteral("revenue"), QStringLiteral("profit"), QStringLiteral("tier"),
        QStringLiteral("r"),       QStringLiteral("f"),      QStringLiteral("m"),
        QStringLiteral("segment"), QStringLiteral("status"), QStringLiteral("days_since_last")};
    const RfmRow* rfm = p.rfm ? &*p.rfm : nullptr;
    t.rows.push_back(
        {f.customers.ref[p.customer], f.customers.name[p.customer], QString::number(p.orders),
         moneyCell(p.revenue, f.minorDigits), moneyCell(p.profit(), f.minorDigits),
         tierText(p.tier), rfm ? QString::number(rfm->r) : QString(),
         rfm ? QString::number(rfm->f) : QString(), rfm ? QString::number(rfm->m) : QString(),
         rfm ? segmentName(rfm->segment) : QString(),
         p.status ? persistencyStatusName(*p.status) : QString(),
         p.daysSinceLast ? QString::number(*p.daysSinceLast) : QString()});
    return t;
}

QString customerProfileText(const CustomerProfile& p, const Facts& f, const Window& w) {
    QString text =
        QStringLiteral("%1  %2\n").arg(f.customers.ref[p.customer], f.customers.name[p.customer]);
    if (!p.rfm)
        return text + QStringLiteral("No counted order from %1 to %2\n")
                          .arg(formatIsoDate(w.from), formatIsoDate(w.to));
    text += QStringLiteral("Orders %1, revenue %2, profit %3 %4, tier %5\n")
                .arg(p.orders)
                .arg(formatMoneyFixed(p.revenue, f.minorDigits),
                     formatMoneyFixed(p.profit(), f.minorDigits), f.currency, tierText(p.tier));
    text += QStringLiteral("RFM %1%2%3 (%4), %5, last order %6 days ago\n")
                .arg(p.rfm->r)
                .arg(p.rfm->f)
                .arg(p.rfm->m)
                .arg(segmentName(p.rfm->segment),
                     p.status ? persistencyStatusName(*p.status) : QString())
                .arg(p.daysSinceLast.value_or(0));
    return text;
}

} // namespace clientele::analysis
