#include "product.h"

#include <QJsonArray>
#include <QLocale>
#include <QTextStream>

namespace clientele::analysis {

namespace {

QJsonValue tierJson(const std::optional<Tier>& tier) {
    return tier ? QJsonValue(QString(QLatin1Char(static_cast<char>(*tier)))) : QJsonValue();
}

QString tierCell(const std::optional<Tier>& tier) {
    return tier ? QString(QLatin1Char(static_cast<char>(*tier))) : QString();
}

QString number(double value) {
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QJsonObject productRowJson(const ProductRow& row, const Facts& facts) {
    const int d = facts.minorDigits;
    const auto p = static_cast<size_t>(row.product);
    return QJsonObject{
        {QStringLiteral("sku"), facts.products.sku[p]},
        {QStringLiteral("name"), facts.products.name[p]},
        {QStringLiteral("category"), facts.categories.text(facts.products.category[p])},
        {QStringLiteral("revenue"), moneyJson(row.revenue, d)},
        {QStringLiteral("cost"), moneyJson(row.cost, d)},
        {QStringLiteral("profit"), moneyJson(row.profit(), d)},
        {QStringLiteral("margin"),
         optionalJson(ratio(static_cast<double>(row.profit()), static_cast<double>(row.revenue)))},
        {QStringLiteral("quantity"), static_cast<double>(row.quantity)},
        {QStringLiteral("orders"), row.orders},
        {QStringLiteral("customers"), row.customers},
        {QStringLiteral("tier"), tierJson(row.tier)},
    };
}

QJsonObject ruleJson(const AssociationRule& rule, const ProductResult& result, const Facts& facts) {
    QJsonObject o{
        {QStringLiteral("lhs"), itemLabel(facts, result.level, rule.lhs)},
        {QStringLiteral("rhs"), itemLabel(facts, result.level, rule.rhs)},
        {QStringLiteral("support"), rule.support},
        {QStringLiteral("confidence"), rule.confidence},
        {QStringLiteral("lift"), rule.lift},
        {QStringLiteral("count"), rule.count},
    };
    if (result.level == AffinityLevel::Product) {
        o.insert(QStringLiteral("lhs_name"), facts.products.name[static_cast<size_t>(rule.lhs)]);
        o.insert(QStringLiteral("rhs_name"), facts.products.name[static_cast<size_t>(rule.rhs)]);
    }
    return o;
}

QJsonValue crossSellJson(const ProductResult& result, const Facts& facts) {
    if (result.crossSellCustomer == kNone)
        return QJsonValue();
    QJsonArray suggestions;
    for (const CrossSellSuggestion& s : result.crossSell) {
        suggestions.append(QJsonObject{
            {QStringLiteral("item"), itemLabel(facts, result.level, s.item)},
            {QStringLiteral("score"), s.score},
            {QStringLiteral("because"), itemLabel(facts, result.level, s.because)},
        });
    }
    return QJsonObject{
        {QStringLiteral("ref"), facts.customers.ref[static_cast<size_t>(result.crossSellCustomer)]},
        {QStringLiteral("suggestions"), suggestions},
    };
}

} // namespace

QJsonObject productJson(const ProductResult& result, const Facts& facts, const Window& window) {
    QJsonObject o = reportHeader(QStringLiteral("product"), facts, window);
    QJsonArray products, rules;
    for (const ProductRow& row : result.products)
        products.append(productRowJson(row, facts));
    for (const AssociationRule& rule : result.rules)
        rules.append(ruleJson(rule, result, facts));
    o.insert(QStringLiteral("products"), products);
    o.insert(QStringLiteral("level"), result.level == AffinityLevel::Product
                                          ? QStringLiteral("product")
                                          : QStringLiteral("category"));
    o.insert(QStringLiteral("baskets"), result.baskets);
    o.insert(QStringLiteral("matching_rules"), result.matchingRules);
    o.insert(QStringLiteral("rules"), rules);
    o.insert(QStringLiteral("cross_sell"), crossSellJson(result, facts));
    return o;
}

Table productTable(const ProductResult& result, const Facts& facts) {
    Table t;
    t.header = {QStringLiteral("sku"),       QStringLiteral("name"),     QStringLiteral("category"),
                QStringLiteral("revenue"),   QStringLiteral("cost"),     QStringLiteral("profit"),
                QStringLiteral("margin"),    QStringLiteral("quantity"), QStringLiteral("orders"),
                QStringLiteral("customers"), QStringLiteral("tier")};
    const int d = facts.minorDigits;
    for (const ProductRow& row : result.products) {
        const auto p = static_cast<size_t>(row.product);
        t.rows.push_back({facts.products.sku[p], facts.products.name[p],
                          facts.categories.text(facts.products.category[p]),
                          moneyCell(row.revenue, d), moneyCell(row.cost, d),
                          moneyCell(row.profit(), d),
                          optionalCell(ratio(static_cast<double>(row.profit()),
                                             static_cast<double>(row.revenue))),
                          QString::number(row.quantity), QString::number(row.orders),
                          QString::number(row.customers), tierCell(row.tier)});
    }
    return t;
}

Table productRulesTable(const ProductResult& result, const Facts& facts) {
    Table t;
    t.header = {QStringLiteral("lhs"),        QStringLiteral("rhs"),  QStringLiteral("support"),
                QStringLiteral("confidence"), QStringLiteral("lift"), QStringLiteral("count")};
    for (const AssociationRule& r : result.rules)
        t.rows.push_back({itemLabel(facts, result.level, r.lhs),
                          itemLabel(facts, result.level, r.rhs), number(r.support),
                          number(r.confidence), number(r.lift), QString::number(r.count)});
    return t;
}

QString productText(const ProductResult& result, const Facts& facts, const Window& window) {
    QString out;
    QTextStream s(&out);
    const int d = facts.minorDigits;
    s << "Products " << formatIsoDate(window.from) << " .. " << formatIsoDate(window.to) << ": "
      << result.products.size() << " sold\n";
    for (size_t i = 0; i < result.products.size() && i < 10; ++i) {
        const ProductRow& row = result.products[i];
        s << "  " << tierCell(row.tier) << ' '
          << facts.products.sku[static_cast<size_t>(row.product)] << "  revenue "
          << moneyCell(row.revenue, d) << "  profit " << moneyCell(row.profit(), d) << '\n';
    }
    s << result.baskets << " baskets, " << result.matchingRules << " rules\n";
    for (size_t i = 0; i < result.rules.size() && i < 10; ++i) {
        const AssociationRule& r = result.rules[i];
        s << "  " << itemLabel(facts, result.level, r.lhs) << " -> "
          << itemLabel(facts, result.level, r.rhs) << "  lift " << ratioText(r.lift)
          << "  confidence " << percentText(r.confidence) << "  count " << r.count << '\n';
    }
    if (result.crossSellCustomer != kNone) {
        s << "Suggestions for "
          << facts.customers.ref[static_cast<size_t>(result.crossSellCustomer)] << ":\n";
        for (const CrossSellSuggestion& x : result.crossSell)
            s << "  " << itemLabel(facts, result.level, x.item) << "  " << number(x.score)
              << " (after " << itemLabel(facts, result.level, x.because) << ")\n";
    }
    return out;
}

} // namespace clientele::analysis
