#include "promotion.h"

#include <QJsonArray>
#include <QTextStream>

namespace clientele::analysis {

namespace {

QJsonValue optionalMoney(const std::optional<Money>& value, int minorDigits) {
    return value ? moneyJson(*value, minorDigits) : QJsonValue();
}

QString optionalMoneyCell(const std::optional<Money>& value, int minorDigits) {
    return value ? moneyCell(*value, minorDigits) : QString();
}

QJsonValue optionalCount(const std::optional<int>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> asDouble(const std::optional<int>& value) {
    return value ? std::optional<double>(*value) : std::nullopt;
}

QJsonObject rowJson(const CampaignRow& row, const Facts& facts) {
    const auto k = static_cast<size_t>(row.campaign);
    const int d = facts.minorDigits;
    return QJsonObject{
        {QStringLiteral("code"), facts.campaigns.code[k]},
        {QStringLiteral("name"), facts.campaigns.name[k]},
        {QStringLiteral("cost"), moneyJson(facts.campaigns.cost[k], d)},
        {QStringLiteral("starts_on"), dayJson(facts.campaigns.startsOn[k])},
        {QStringLiteral("ends_on"), dayJson(facts.campaigns.endsOn[k])},
        {QStringLiteral("response_from"), dayJson(row.responseFrom)},
        {QStringLiteral("response_to"), dayJson(row.responseTo)},
        {QStringLiteral("members"), row.members},
        {QStringLiteral("responders"), optionalCount(row.responders)},
        {QStringLiteral("response_rate"), optionalJson(row.responseRate)},
        {QStringLiteral("control_customers"), row.controlCustomers},
        {QStringLiteral("control_rate"), optionalJson(row.controlRate)},
        {QStringLiteral("lift"), optionalJson(row.lift)},
        {QStringLiteral("revenue"), optionalMoney(row.revenue, d)},
        {QStringLiteral("profit"), optionalMoney(row.profit, d)},
        {QStringLiteral("incremental_profit"), optionalMoney(row.incrementalProfit, d)},
        {QStringLiteral("roi"), optionalJson(row.roi)},
        {QStringLiteral("attributed_orders"), row.attributedOrders},
        {QStringLiteral("attributed_revenue"), moneyJson(row.attributedRevenue, d)},
    };
}

} // namespace

QJsonObject promotionJson(const PromotionResult& result, const Facts& facts, const Window& window) {
    QJsonObject o = reportHeader(QStringLiteral("promotion"), facts, window);
    QJsonArray campaigns;
    for (const CampaignRow& row : result.campaigns)
        campaigns.append(rowJson(row, facts));
    o.insert(QStringLiteral("campaigns"), campaigns);
    return o;
}

Table promotionTable(const PromotionResult& result, const Facts& facts) {
    Table t;
    t.header = QStringList{QStringLiteral("code"),
                           QStringLiteral("name"),
                           QStringLiteral("cost"),
                           QStringLiteral("starts_on"),
                           QStringLiteral("ends_on"),
                           QStringLiteral("members"),
                           QStringLiteral("responders"),
                           QStringLiteral("response_rate"),
                           QStringLiteral("control_rate"),
                           QStringLiteral("lift"),
                           QStringLiteral("revenue"),
                           QStringLiteral("profit"),
                           QStringLiteral("incremental_profit"),
                           QStringLiteral("roi"),
                           QStringLiteral("attributed_orders"),
                           QStringLiteral("attributed_revenue")};
    const int d = facts.minorDigits;
    const auto dayCell = [](DayNumber day) {
        return day == kNoDay ? QString() : formatIsoDate(day);
    };
    for (const CampaignRow& row : result.campaigns) {
        const auto k = static_cast<size_t>(row.campaign);
        t.rows.push_back(QStringList{
            facts.campaigns.code[k], facts.campaigns.name[k], moneyCell(facts.campaigns.cost[k], d),
            dayCell(facts.campaigns.startsOn[k]), dayCell(facts.campaigns.endsOn[k]),
            QString::number(row.members), optionalCell(asDouble(row.responders)),
            optionalCell(row.responseRate), optionalCell(row.controlRate), optionalCell(row.lift),
            optionalMoneyCell(row.revenue, d), optionalMoneyCell(row.profit, d),
            optionalMoneyCell(row.incrementalProfit, d), optionalCell(row.roi),
            QString::number(row.attributedOrders), moneyCell(row.attributedRevenue, d)});
    }
    return t;
}

QString promotionText(const PromotionResult& result, const Facts& facts, const Window& window) {
    QString out;
    QTextStream s(&out);
    const int d = facts.minorDigits;
    s << "Campaigns " << formatIsoDate(window.from) << " .. " << formatIsoDate(window.to) << ": "
      << result.campaigns.size() << '\n';
    for (const CampaignRow& row : result.campaigns) {
        const auto k = static_cast<size_t>(row.campaign);
        s << "  " << facts.campaigns.code[k] << "  members " << row.members;
        if (row.responders)
            s << "  responders " << *row.responders << "  lift " << ratioText(row.lift)
              << "  incremental profit " << optionalMoneyCell(row.incrementalProfit, d) << "  roi "
              << percentText(row.roi);
        else
            s << "  (no start date)";
        s << "  attributed " << row.attributedOrders << " orders, "
          << moneyCell(row.attributedRevenue, d) << '\n';
    }
    return out;
}

} // namespace clientele::analysis
