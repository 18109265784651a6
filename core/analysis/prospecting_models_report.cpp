#include "prospecting_models.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace clientele::analysis {

namespace {

// Model figures are estimates: money is rounded to the minor unit and then printed exactly.
std::optional<Money> roundedMoney(const std::optional<double>& minor) {
    if (!minor || !std::isfinite(*minor))
        return std::nullopt;
    return static_cast<Money>(std::llround(*minor));
}

QJsonValue estimateJson(const std::optional<double>& minor, int digits) {
    const auto money = roundedMoney(minor);
    return money ? moneyJson(*money, digits) : QJsonValue(QJsonValue::Null);
}

QJsonValue finiteJson(const std::optional<double>& value) {
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue fitted(bool isFitted, double value) {
    return isFitted ? finiteJson(value) : QJsonValue(QJsonValue::Null);
}

// "fitted", "not_enough_history", "not_converged" or "invalid_input", with the reason for
// anything but a fit, so that a reader knows why the parameters are null.
void addStatus(QJsonObject& json, const models::ModelStatus& status) {
    static const char* const names[] = {"fitted", "not_enough_history", "not_converged",
                                        "invalid_input"};
    json.insert(QStringLiteral("status"),
                QString::fromLatin1(names[static_cast<int>(status.status)]));
    if (!status.fitted())
        json.insert(QStringLiteral("reason"), status.reason);
}

QJsonObject bgnbdJson(const models::BgNbdFit& fit) {
    const bool ok = fit.status.fitted();
    QJsonObject json{{QStringLiteral("r"), fitted(ok, fit.params.r)},
                     {QStringLiteral("alpha"), fitted(ok, fit.params.alpha)},
                     {QStringLiteral("a"), fitted(ok, fit.params.a)},
                     {QStringLiteral("b"), fitted(ok, fit.params.b)},
                     {QStringLiteral("log_likelihood"), fitted(ok, fit.logLikelihood)},
                     {QStringLiteral("converged"), fit.converged},
                     {QStringLiteral("customers"), fit.customers}};
    addStatus(json, fit.status);
    return json;
}

QJsonObject gammaGammaJson(const models::GammaGammaFit& fit) {
    const bool ok = fit.status.fitted();
    QJsonObject json{{QStringLiteral("p"), fitted(ok, fit.params.p)},
                     {QStringLiteral("q"), fitted(ok, fit.params.q)},
                     {QStringLiteral("gamma"), fitted(ok, fit.params.gamma)},
                     {QStringLiteral("customers"), fit.customers}};
    addStatus(json, fit.status);
    return json;
}

QJsonArray customersJson(const ProspectingModels& m, const Facts& facts) {
    QJsonArray rows;
    for (const CustomerPrediction& c : m.customers) {
        rows.append(QJsonObject{
            {QStringLiteral("ref"), facts.customers.ref[c.customer]},
            {QStringLiteral("x"), c.summary.x},
            {QStringLiteral("t_x"), c.summary.tx},
            {QStringLiteral("T"), c.summary.T},
            {QStringLiteral("expected_purchases"), finiteJson(c.value.expectedPurchases)},
            {QStringLiteral("p_alive"), finiteJson(c.value.pAlive)},
            {QStringLiteral("expected_value"),
             estimateJson(c.value.expectedValue, facts.minorDigits)},
            {QStringLiteral("clv"), estimateJson(c.value.clv, facts.minorDigits)}});
    }
    return rows;
}

QJsonObject valueMatrixJson(const ValueMatrix& v, int digits) {
    return QJsonObject{{QStringLiteral("profit_median"), estimateJson(v.profitMedian, digits)},
                       {QStringLiteral("clv_median"), estimateJson(v.clvMedian, digits)},
                       {QStringLiteral("high_profit_high_clv"), v.highProfitHighClv},
                       {QStringLiteral("high_profit_low_clv"), v.highProfitLowClv},
                       {QStringLiteral("low_profit_high_clv"), v.lowProfitHighClv},
                       {QStringLiteral("low_profit_low_clv"), v.lowProfitLowClv}};
}

QString methodName(const models::RevenueForecast& f) {
    if (!f.status.fitted())
        return QStringLiteral("none");
    return f.method == models::ForecastMethod::HoltWinters ? QStringLiteral("holt_winters")
                                                           : QStringLiteral("holt");
}

QJsonObject forecastJson(const ProspectingModels& m, int digits) {
    const models::RevenueForecast& f = m.forecast;
    QJsonArray points;
    for (size_t i = 0; i < f.points.size(); ++i) {
        const models::ForecastPoint& p = f.points[i];
        points.append(QJsonObject{
            {QStringLiteral("month"), monthLabel(m.firstForecastMonth + static_cast<int>(i))},
            {QStringLiteral("revenue"), estimateJson(p.value, digits)},
            {QStringLiteral("low"), estimateJson(p.low, digits)},
            {QStringLiteral("high"), estimateJson(p.high, digits)}});
    }
    QJsonObject json{{QStringLiteral("method"), methodName(f)},
                     {QStringLiteral("points"), points},
                     {QStringLiteral("backtest_mape"), finiteJson(f.backtestMape)},
                     {QStringLiteral("naive_mape"), finiteJson(f.naiveMape)},
                     {QStringLiteral("months"), m.fullMonths}};
    addStatus(json, f.status);
    return json;
}

QString optionalNumber(const std::optional<double>& v, int precision) {
    return v && std::isfinite(*v) ? QString::number(*v, 'f', precision) : QString();
}

QString moneyEstimate(const std::optional<double>& minor, int digits) {
    const auto money = roundedMoney(minor);
    return money ? formatMoneyFixed(*money, digits) : QString();
}

} // namespace

void addProspectingModelsJson(QJsonObject& json, const ProspectingModels& models,
                              const Facts& facts) {
    json.insert(QStringLiteral("bgnbd"), bgnbdJson(models.bgnbd));
    json.insert(QStringLiteral("gamma_gamma"), gammaGammaJson(models.gammaGamma));
    json.insert(QStringLiteral("customers"), customersJson(models, facts));
    json.insert(QStringLiteral("value_matrix"),
                valueMatrixJson(models.valueMatrix, facts.minorDigits));
    json.insert(QStringLiteral("forecast"), forecastJson(models, facts.minorDigits));
}

Table prospectingModelsTable(const ProspectingModels& models, const Facts& facts) {
    Table table;
    table.header = {QStringLiteral("ref"),
                    QStringLiteral("x"),
                    QStringLiteral("t_x"),
                    QStringLiteral("T"),
                    QStringLiteral("expected_purchases"),
                    QStringLiteral("p_alive"),
                    QStringLiteral("expected_value"),
                    QStringLiteral("clv")};
    for (const CustomerPrediction& c : models.customers) {
        table.rows.push_back({facts.customers.ref[c.customer], QString::number(c.summary.x),
                              optionalCell(c.summary.tx), optionalCell(c.summary.T),
                              optionalCell(c.value.expectedPurchases), optionalCell(c.value.pAlive),
                              moneyEstimate(c.value.expectedValue, facts.minorDigits),
                              moneyEstimate(c.value.clv, facts.minorDigits)});
    }
    return table;
}

QString prospectingModelsText(const ProspectingModels& models, const Facts& facts) {
    QString text;
    const models::BgNbdFit& b = models.bgnbd;
    if (b.status.fitted())
        text += QStringLiteral("Purchase model (BG/NBD) on %1 customers: r %2, alpha %3, a %4, "
                               "b %5%6\n")
                    .arg(b.customers)
                    .arg(b.params.r, 0, 'f', 3)
                    .arg(b.params.alpha, 0, 'f', 3)
                    .arg(b.params.a, 0, 'f', 3)
                    .arg(b.params.b, 0, 'f', 3)
                    .arg(b.converged ? QString() : QStringLiteral(" (not converged)"));
    else
        text += QStringLiteral("Purchase model: %1\n").arg(b.status.reason);
    const models::GammaGammaFit& g = models.gammaGamma;
    if (g.status.fitted())
        text += QStringLiteral("Spend model (Gamma-Gamma) on %1 customers: p %2, q %3, gamma %4\n")
                    .arg(g.customers)
                    .arg(g.params.p, 0, 'f', 3)
                    .arg(g.params.q, 0, 'f', 3)
                    .arg(g.params.gamma, 0, 'f', 3);
    else
        text += QStringLiteral("Spend model: %1\n").arg(g.status.reason);
    const models::RevenueForecast& f = models.forecast;
    if (!f.status.fitted())
        return text + QStringLiteral("Revenue forecast: %1\n").arg(f.status.reason);
    text += QStringLiteral("Revenue forecast (%1, backtest error %2%, naive %3%):\n")
                .arg(methodName(f),
                     optionalNumber(
                         f.backtestMape ? *f.backtestMape * 100 : std::optional<double>(), 1),
                     optionalNumber(f.naiveMape ? *f.naiveMape * 100 : std::optional<double>(), 1));
    for (size_t i = 0; i < f.points.size(); ++i)
        text += QStringLiteral("  %1  %2  (%3 to %4)\n")
                    .arg(monthLabel(models.firstForecastMonth + static_cast<int>(i)),
                         moneyEstimate(f.points[i].value, facts.minorDigits),
                         moneyEstimate(f.points[i].low, facts.minorDigits),
                         moneyEstimate(f.points[i].high, facts.minorDigits));
    return text;
}

} // namespace clientele::analysis
