#include "prospecting_counts.h"

#include "order_span.h"

#include <QJsonArray>
#include <QTextStream>

#include <algorithm>

namespace clientele::analysis {

namespace {

// Whether each customer has a counted order on or before `last`, and the day of its first.
struct FirstOrders {
    std::vector<DayNumber> day; // kNoDay without one

    FirstOrders(const Facts& facts, DayNumber last)
        : day(static_cast<size_t>(facts.customers.size()), kNoDay) {
        const OrderSpan span = ordersBetween(facts.orders, kNoDay, last);
        for (int o = span.first; o < span.last; ++o) {
            const int c = facts.orders.customer[o];
            if (c != kNone && day[static_cast<size_t>(c)] == kNoDay)
                day[static_cast<size_t>(c)] = facts.orders.day[o];
        }
    }
};

std::vector<SourceConversion> conversionBySource(const Facts& facts, const Window& window,
                                                 const FirstOrders& first) {
    std::vector<SourceConversion> bySource(static_cast<size_t>(facts.sources.size()));
    for (int c = 0; c < facts.customers.size(); ++c) {
        if (!window.contains(facts.customers.createdOn[static_cast<size_t>(c)]))
            continue;
        SourceConversion& s =
            bySource[static_cast<size_t>(facts.customers.source[static_cast<size_t>(c)])];
        ++s.customers;
        s.converted += first.day[static_cast<size_t>(c)] != kNoDay;
    }
    std::vector<SourceConversion> out;
    for (int code = 0; code < facts.sources.size(); ++code) {
        if (bySource[static_cast<size_t>(code)].customers > 0) {
            out.push_back(bySource[static_cast<size_t>(code)]);
            out.back().source = code;
        }
    }
    std::sort(out.begin(), out.end(), [&](const SourceConversion& a, const SourceConversion& b) {
        return facts.sources.text(a.source) < facts.sources.text(b.source);
    });
    return out;
}

} // namespace

// "Leads created per month" counts every customer created in the month, whatever its status
// now: a customer's status is today's, and a lead that has since become active or lost was a
// lead when it was created; counting only those still marked lead would hide exactly the leads
// that converted.
ProspectingCounts computeProspectingCounts(const Facts& facts, const Window& window) {
    ProspectingCounts counts;
    if (window.to < window.from)
        return counts;
    const int firstMonth = monthIndex(window.from);
    const int lastMonth = monthIndex(window.to);
    for (int m = firstMonth; m <= lastMonth; ++m)
        counts.months.push_back({m, 0, 0});
    const auto bucket = [&](DayNumber day) -> MonthCounts* {
        const int m = monthIndex(day);
        return m < firstMonth || m > lastMonth
                   ? nullptr
                   : &counts.months[static_cast<size_t>(m - firstMonth)];
    };
    const FirstOrders first(facts, window.to);
    for (int c = 0; c < facts.customers.size(); ++c) {
        if (const DayNumber d = first.day[static_cast<size_t>(c)]; d != kNoDay)
            if (MonthCounts* month = bucket(d))
                ++month->newCustomers;
        if (const DayNumber created = facts.customers.createdOn[static_cast<size_t>(c)];
            window.contains(created))
            ++bucket(created)->leads;
    }
    counts.conversion = conversionBySource(facts, window, first);
    return counts;
}

QJsonObject prospectingCountsJson(const ProspectingCounts& counts, const Facts& facts,
                                  const Window& window) {
    QJsonObject o = reportHeader(QStringLiteral("prospecting"), facts, window);
    QJsonArray months, conversion;
    for (const MonthCounts& m : counts.months)
        months.append(QJsonObject{{QStringLiteral("month"), monthLabel(m.month)},
                                  {QStringLiteral("new_customers"), m.newCustomers},
                                  {QStringLiteral("leads"), m.leads}});
    for (const SourceConversion& s : counts.conversion)
        conversion.append(
            QJsonObject{{QStringLiteral("source"), facts.sources.text(s.source)},
                        {QStringLiteral("customers"), s.customers},
                        {QStringLiteral("converted"), s.converted},
                        {QStringLiteral("rate"), optionalJson(ratio(s.converted, s.customers))}});
    o.insert(QStringLiteral("new_by_month"), months);
    o.insert(QStringLiteral("conversion"), conversion);
    return o;
}

Table prospectingCountsTable(const ProspectingCounts& counts, const Facts&) {
    Table t;
    t.header = {QStringLiteral("month"), QStringLiteral("new_customers"), QStringLiteral("leads")};
    for (const MonthCounts& m : counts.months)
        t.rows.push_back(
            {monthLabel(m.month), QString::number(m.newCustomers), QString::number(m.leads)});
    return t;
}

QString prospectingCountsText(const ProspectingCounts& counts, const Facts& facts,
                              const Window& window) {
    QString out;
    QTextStream s(&out);
    s << "New customers and leads " << formatIsoDate(window.from) << " .. "
      << formatIsoDate(window.to) << '\n';
    for (const MonthCounts& m : counts.months)
        s << "  " << monthLabel(m.month) << "  new " << m.newCustomers << "  leads " << m.leads
          << '\n';
    s << "Conversion by source\n";
    for (const SourceConversion& c : counts.conversion) {
        const QString source = facts.sources.text(c.source);
        s << "  " << (source.isEmpty() ? QStringLiteral("(none)") : source) << "  " << c.converted
          << " of " << c.customers << "  " << percentText(ratio(c.converted, c.customers)) << '\n';
    }
    return out;
}

} // namespace clientele::analysis
