#include "performance.h"

#include <QJsonArray>
#include <QTextStream>

#include <utility>

namespace clientele::analysis {

namespace {

const std::pair<Dimension, const char*> kDimensionNames[] = {
    {Dimension::Category, "category"},
    {Dimension::Product, "product"},
    {Dimension::Channel, "channel"},
    {Dimension::Location, "location"},
    {Dimension::Salesperson, "salesperson"},
    {Dimension::Region, "region"},
    {Dimension::Month, "month"},
    {Dimension::Quarter, "quarter"},
    {Dimension::Year, "year"},
};

std::optional<double> margin(const PerformanceRow& row) {
    return ratio(static_cast<double>(row.profit()), static_cast<double>(row.revenue));
}

std::optional<double> change(const PerformanceRow& row) {
    if (!row.previousRevenue)
        return std::nullopt;
    return ratio(static_cast<double>(row.revenue - *row.previousRevenue),
                 static_cast<double>(*row.previousRevenue));
}

QJsonValue optionalMoneyJson(const std::optional<Money>& value, int minorDigits) {
    return value ? moneyJson(*value, minorDigits) : QJsonValue();
}

QString optionalMoneyCell(const std::optional<Money>& value, int minorDigits) {
    return value ? moneyCell(*value, minorDigits) : QString();
}

QJsonObject rowJson(const PerformanceRow& row, const PerformanceResult& result,
                    const Facts& facts) {
    const int d = facts.minorDigits;
    QJsonObject keys;
    for (size_t k = 0; k < result.by.size(); ++k)
        keys.insert(dimensionName(result.by[k]), keyLabel(facts, result.by[k], row.keys[k]));
    QJsonObject o{
        {QStringLiteral("keys"), keys},
        {QStringLiteral("revenue"), moneyJson(row.revenue, d)},
        {QStringLiteral("cost"), moneyJson(row.cost, d)},
        {QStringLiteral("profit"), moneyJson(row.profit(), d)},
        {QStringLiteral("margin"), optionalJson(margin(row))},
        {QStringLiteral("quantity"), static_cast<double>(row.quantity)},
        {QStringLiteral("orders"), row.orders},
        {QStringLiteral("customers"), row.customers},
        {QStringLiteral("revenue_share"),
         optionalJson(
             ratio(static_cast<double>(row.revenue), static_cast<double>(result.totalRevenue)))},
        {QStringLiteral("previous_revenue"), optionalMoneyJson(row.previousRevenue, d)},
        {QStringLiteral("previous_profit"), optionalMoneyJson(row.previousProfit, d)},
        {QStringLiteral("change"), optionalJson(change(row))},
    };
    if (result.commission) {
        o.insert(QStringLiteral("revenue_a"), moneyJson(row.tierRevenue[0], d));
        o.insert(QStringLiteral("revenue_b"), moneyJson(row.tierRevenue[1], d));
        o.insert(QStringLiteral("revenue_c"), moneyJson(row.tierRevenue[2], d));
        o.insert(QStringLiteral("commission"), moneyJson(row.commission, d));
    }
    return o;
}

} // namespace

std::optional<Dimension> parseDimension(QStringView name) {
    for (const auto& [dimension, text] : kDimensionNames)
        if (name == QLatin1String(text))
            return dimension;
    return std::nullopt;
}

QString dimensionName(Dimension dimension) {
    for (const auto& [d, text] : kDimensionNames)
        if (d == dimension)
            return QLatin1String(text);
    return {};
}

QString compareName(Compare c) {
    switch (c) {
    case Compare::YearOverYear:
        return QStringLiteral("yoy");
    case Compare::MonthOverMonth:
        return QStringLiteral("mom");
    case Compare::QuarterOverQuarter:
        return QStringLiteral("qoq");
    case Compare::None:
        break;
    }
    return {};
}

std::optional<Compare> parseCompare(QStringView name) {
    for (Compare c : {Compare::YearOverYear, Compare::MonthOverMonth, Compare::QuarterOverQuarter})
        if (name == compareName(c))
            return c;
    return std::nullopt;
}

QString keyLabel(const Facts& facts, Dimension dimension, int code) {
    switch (dimension) {
    case Dimension::Category:
        return facts.categories.text(code);
    case Dimension::Product:
        return facts.products.sku[static_cast<size_t>(code)];
    case Dimension::Channel:
        return facts.channels.text(code);
    case Dimension::Location:
        return facts.locations.text(code);
    case Dimension::Salesperson:
        return facts.salespeople.text(code);
    case Dimension::Region:
        return facts.regions.text(code);
    case Dimension::Month:
        return monthLabel(code);
    case Dimension::Quarter:
        return QStringLiteral("%1-Q%2").arg(code / 4).arg(code % 4 + 1);
    case Dimension::Year:
        return QString::number(code);
    }
    return {};
}

QJsonObject performanceJson(const PerformanceResult& result, const Facts& facts,
                            const Window& window) {
    QJsonObject o = reportHeader(QStringLiteral("performance"), facts, window);
    QJsonArray by, rows;
    for (Dimension d : result.by)
        by.append(dimensionName(d));
    for (const PerformanceRow& row : result.rows)
        rows.append(rowJson(row, result, facts));
    o.insert(QStringLiteral("by"), by);
    o.insert(QStringLiteral("compare"), result.compare == Compare::None
                                            ? QJsonValue()
                                            : QJsonValue(compareName(result.compare)));
    o.insert(QStringLiteral("total_revenue"), moneyJson(result.totalRevenue, facts.minorDigits));
    o.insert(QStringLiteral("rows"), rows);
    return o;
}

Table performanceTable(const PerformanceResult& result, const Facts& facts) {
    Table t;
    for (Dimension d : result.by)
        t.header << dimensionName(d);
    t.header << QStringLiteral("revenue") << QStringLiteral("cost") << QStringLiteral("profit")
             << QStringLiteral("margin") << QStringLiteral("quantity") << QStringLiteral("orders")
             << QStringLiteral("customers") << QStringLiteral("revenue_share");
    const bool comparing = result.compare != Compare::None;
    if (comparing)
        t.header << QStringLiteral("previous_revenue") << QStringLiteral("previous_profit")
                 << QStringLiteral("change");
    if (result.commission)
        t.header << QStringLiteral("revenue_a") << QStringLiteral("revenue_b")
                 << QStringLiteral("revenue_c") << QStringLiteral("commission");
    const int d = facts.minorDigits;
    for (const PerformanceRow& row : result.rows) {
        QStringList cells;
        for (size_t k = 0; k < result.by.size(); ++k)
            cells << keyLabel(facts, result.by[k], row.keys[k]);
        cells << moneyCell(row.revenue, d) << moneyCell(row.cost, d) << moneyCell(row.profit(), d)
              << optionalCell(margin(row)) << QString::number(row.quantity)
              << QString::number(row.orders) << QString::number(row.customers)
              << optionalCell(ratio(static_cast<double>(row.revenue),
                                    static_cast<double>(result.totalRevenue)));
        if (comparing)
            cells << optionalMoneyCell(row.previousRevenue, d)
                  << optionalMoneyCell(row.previousProfit, d) << optionalCell(change(row));
        if (result.commission)
            cells << moneyCell(row.tierRevenue[0], d) << moneyCell(row.tierRevenue[1], d)
                  << moneyCell(row.tierRevenue[2], d) << moneyCell(row.commission, d);
        t.rows.push_back(cells);
    }
    return t;
}

QString performanceText(const PerformanceResult& result, const Facts& facts, const Window& window) {
    QString out;
    QTextStream s(&out);
    const int d = facts.minorDigits;
    QStringList by;
    for (Dimension dim : result.by)
        by << dimensionName(dim);
    s << "Sales by " << by.join(QStringLiteral(", ")) << ' ' << formatIsoDate(window.from) << " .. "
      << formatIsoDate(window.to) << ": revenue " << moneyCell(result.totalRevenue, d) << '\n';
    for (size_t i = 0; i < result.rows.size() && i < 20; ++i) {
        const PerformanceRow& row = result.rows[i];
        QStringList keys;
        for (size_t k = 0; k < result.by.size(); ++k)
            keys << keyLabel(facts, result.by[k], row.keys[k]);
        s << "  " << keys.join(QStringLiteral(" / ")) << "  revenue " << moneyCell(row.revenue, d)
          << "  profit " << moneyCell(row.profit(), d);
        if (row.previousRevenue)
            s << "  change " << percentText(change(row));
        if (result.commission)
            s << "  commission " << moneyCell(row.commission, d);
        s << '\n';
    }
    if (result.rows.size() > 20)
        s << "  ... " << result.rows.size() - 20 << " more\n";
    return out;
}

} // namespace clientele::analysis
