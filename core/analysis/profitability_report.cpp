#include "profitability.h"

#include <QJsonArray>

namespace clientele::analysis {

namespace {

QJsonValue tierJson(const std::optional<Tier>& tier) {
    return tier ? QJsonValue(QString(QChar::fromLatin1(static_cast<char>(*tier))))
                : QJsonValue(QJsonValue::Null);
}

QJsonObject customerJson(const CustomerProfit& c, const Facts& f) {
    return {{QStringLiteral("ref"), f.customers.ref[c.customer]},
            {QStringLiteral("name"), f.customers.name[c.customer]},
            {QStringLiteral("orders"), c.orders},
            {QStringLiteral("revenue"), moneyJson(c.revenue, f.minorDigits)},
            {QStringLiteral("cost"), moneyJson(c.cost, f.minorDigits)},
            {QStringLiteral("profit"), moneyJson(c.profit(), f.minorDigits)},
            {QStringLiteral("margin"), optionalJson(ratio(c.profit(), c.revenue))},
            {QStringLiteral("tier"), tierJson(c.tier)},
            {QStringLiteral("cost_to_serve"), moneyJson(c.costToServe, f.minorDigits)},
            {QStringLiteral("net_profit"), moneyJson(c.netProfit(), f.minorDigits)}};
}

QJsonObject paretoJson(const Pareto& p) {
    QJsonArray curve;
    for (const ParetoPoint& point : p.curve)
        curve.append(QJsonObject{{QStringLiteral("customers"), point.customers},
                                 {QStringLiteral("customers_share"), point.customersShare},
                                 {QStringLiteral("profit_share"), point.profitShare}});
    return {{QStringLiteral("top20_profit_share"), optionalJson(p.top20ProfitShare)},
            {QStringLiteral("customers_for_80pct"),
             p.customersFor80pct ? QJsonValue(*p.customersFor80pct) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("customers_for_80pct_share"), optionalJson(p.customersFor80pctShare)},
            {QStringLiteral("curve"), curve}};
}

QJsonObject periodJson(const PeriodFigures& p, const Facts& f, bool month) {
    QJsonObject o{{QStringLiteral("revenue"), moneyJson(p.revenue, f.minorDigits)},
                  {QStringLiteral("cost"), moneyJson(p.cost, f.minorDigits)},
                  {QStringLiteral("profit"), moneyJson(p.profit(), f.minorDigits)},
                  {QStringLiteral("yoy"), optionalJson(p.yoy)}};
    if (month) {
        o.insert(QStringLiteral("month"), monthLabel(p.period));
        o.insert(QStringLiteral("mom"), optionalJson(p.mom));
    } else {
        o.insert(QStringLiteral("year"), p.period);
    }
    return o;
}

QString percent(const std::optional<double>& share) {
    return share ? QString::number(*share * 100, 'f', 1) + u'%' : QStringLiteral("n/a");
}

} // namespace

QJsonObject profitabilityJson(const ProfitabilityResult& r, const Facts& f, const Window& w) {
    QJsonObject json = reportHeader(QStringLiteral("profitability"), f, w);
    json.insert(QStringLiteral("measure"), measureName(r.measure));
    // cost_to_serve is that of the listed customers, net_profit the total profit less it.
    json.insert(
        QStringLiteral("totals"),
        QJsonObject{
            {QStringLiteral("revenue"), moneyJson(r.revenue, f.minorDigits)},
            {QStringLiteral("cost"), moneyJson(r.cost, f.minorDigits)},
            {QStringLiteral("profit"), moneyJson(r.profit(), f.minorDigits)},
            {QStringLiteral("margin"), optionalJson(ratio(r.profit(), r.revenue))},
            {QStringLiteral("customers"), static_cast<int>(r.customers.size())},
            {QStringLiteral("cost_to_serve"), moneyJson(r.costToServe, f.minorDigits)},
            {QStringLiteral("net_profit"), moneyJson(r.profit() - r.costToServe, f.minorDigits)}});
    QJsonArray customers;
    for (const CustomerProfit& c : r.customers)
        customers.append(customerJson(c, f));
    json.insert(QStringLiteral("customers"), customers);
    json.insert(QStringLiteral("pareto"), paretoJson(r.pareto));
    QJsonArray months, years;
    for (const PeriodFigures& m : r.byMonth)
        months.append(periodJson(m, f, true));
    for (const PeriodFigures& y : r.byYear)
        years.append(periodJson(y, f, false));
    json.insert(QStringLiteral("by_month"), months);
    json.insert(QStringLiteral("by_year"), years);
    return json;
}

Table profitabilityTable(const ProfitabilityResult& r, const Facts& f) {
    Table t;
    // Columns are only ever appended: scripts read the customer-profitability export by them.
    t.header = QStringList{QStringLiteral("ref"),           QStringLiteral("name"),
                           QStringLiteral("orders"),        QStringLiteral("revenue"),
                           QStringLiteral("cost"),          QStringLiteral("profit"),
                           QStringLiteral("margin"),        QStringLiteral("tier"),
                           QStringLiteral("cost_to_serve"), QStringLiteral("net_profit")};
    for (const CustomerProfit& c : r.customers)
        t.rows.push_back(
            {f.customers.ref[c.customer], f.customers.name[c.customer], QString::number(c.orders),
             moneyCell(c.revenue, f.minorDigits), moneyCell(c.cost, f.minorDigits),
             moneyCell(c.profit(), f.minorDigits), optionalCell(ratio(c.profit(), c.revenue)),
             c.tier ? QString(QChar::fromLatin1(static_cast<char>(*c.tier))) : QString(),
             moneyCell(c.costToServe, f.minorDigits), moneyCell(c.netProfit(), f.minorDigits)});
    return t;
}

QString profitabilityText(const ProfitabilityResult& r, const Facts& f, const Window& w) {
    int tiers[3] = {0, 0, 0};
    for (const CustomerProfit& c : r.customers)
        if (c.tier)
            ++tiers[static_cast<char>(*c.tier) - 'A'];
    QString text = QStringLiteral("Profitability %1 to %2 (as of %3)\n")
                       .arg(formatIsoDate(w.from), formatIsoDate(w.to), formatIsoDate(w.asOf));
    text += QStringLiteral("Revenue %1 %4, cost %2, profit %3 (margin %5)\n")
                .arg(formatMoneyFixed(r.revenue, f.minorDigits),
                     formatMoneyFixed(r.cost, f.minorDigits),
                     formatMoneyFixed(r.profit(), f.minorDigits), f.currency,
                     percent(ratio(r.profit(), r.revenue)));
    text += QStringLiteral("Cost to serve them %1, net profit %2\n")
                .arg(formatMoneyFixed(r.costToServe, f.minorDigits),
                     formatMoneyFixed(r.profit() - r.costToServe, f.minorDigits));
    const bool net = r.measure == ProfitMeasure::NetProfit;
    const QString measure = net ? QStringLiteral("net profit") : QStringLiteral("profit");
    text += QStringLiteral("Customers who bought: %1 (tier A %2, B %3, C %4, by %5)\n")
                .arg(r.customers.size())
                .arg(tiers[0])
                .arg(tiers[1])
                .arg(tiers[2])
                .arg(measure);
    if (r.pareto.customersFor80pct) {
        text += QStringLiteral("Top 20% of customers earn %1 of the %4; %2 customers (%3) "
                               "earn 80% of it\n")
                    .arg(percent(r.pareto.top20ProfitShare))
                    .arg(*r.pareto.customersFor80pct)
                    .arg(percent(r.pareto.customersFor80pctShare), measure);
    } else {
        text += QStringLiteral("No %1 to share out (total %1 is not positive)\n").arg(measure);
    }
    const std::size_t shown = std::min<std::size_t>(r.customers.size(), 10);
    if (shown > 0)
        text += QStringLiteral("Most profitable customers:\n");
    for (std::size_t i = 0; i < shown; ++i) {
        const CustomerProfit& c = r.customers[i];
        text += QStringLiteral("  %1  %2  %3 %4\n")
                    .arg(f.customers.ref[c.customer], f.customers.name[c.customer], measure,
                         formatMoneyFixed(c.measure(r.measure), f.minorDigits));
    }
    return text;
}

} // namespace clientele::analysis
