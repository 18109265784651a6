// The prospecting models over the analysis facts: which customers and purchases enter the
// summaries, and the CDNOW sample run end to end through Facts against the published fits.
#include "analysis/prospecting_models.h"
#include "models_cdnow_data.h"
#include "qt_catch_strings.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::analysis;

namespace {

DayNumber day(const char* iso) {
    return parseIsoDate(QString::fromLatin1(iso)).value();
}

// Facts with one product and one line per order, enough for the models.
struct ModelFacts {
    Facts facts;

    ModelFacts() {
        facts.products.sku.push_back(QStringLiteral("P1"));
        facts.products.name.push_back(QStringLiteral("Tea"));
        facts.products.category.push_back(0);
        facts.products.active.push_back(true);
        facts.products.id.push_back(1);
    }
    int customer(const QString& ref) {
        CustomerFacts& c = facts.customers;
        c.id.push_back(c.size() + 1);
        c.ref.push_back(ref);
        c.name.push_back(ref);
        c.kind.push_back(CustomerKind::Person);
        c.status.push_back(CustomerStatus::Active);
        for (auto* codes : {&c.tier, &c.source, &c.region, &c.city, &c.salesperson})
            codes->push_back(0);
        c.tags.emplace_back();
        c.birthday.push_back(kNoDay);
        c.createdOn.push_back(0);
        return c.size() - 1;
    }
    // Orders must be added in day order, as the loader delivers them.
    void order(int customer, DayNumber on, Money revenue, Money cost = 0) {
        OrderFacts& o = facts.orders;
        o.number.push_back(QString::number(o.size() + 1));
        o.day.push_back(on);
        o.customer.push_back(customer);
        for (auto* codes : {&o.channel, &o.location, &o.salesperson})
            codes->push_back(0);
        o.campaign.push_back(kNone);
        LineFacts& l = facts.lines;
        l.order.push_back(o.size() - 1);
        l.product.push_back(0);
        l.quantity.push_back(1);
        l.revenue.push_back(revenue);
        l.cost.push_back(cost);
        o.firstLine.push_back(l.size());
    }
};

} // namespace

TEST_CASE("prospecting models summarise the customers acquired in the window up to its end",
          "[analysis][prospecting]") {
    ModelFacts m;
    const int before = m.customer(QStringLiteral("A-BEFORE"));
    const int regular = m.customer(QStringLiteral("B-REGULAR"));
    const int lastDay = m.customer(QStringLiteral("C-LASTDAY"));
    const int later = m.customer(QStringLiteral("D-LATER"));
    m.order(before, day("2023-12-20"), 1000);   // acquired before the window: not modelled
    m.order(regular, day("2024-01-01"), 10000); // first purchase day
    m.order(regular, day("2024-01-01"), 5000);  // same day: merged into the first
    m.order(before, day("2024-01-10"), 1000);
    m.order(regular, day("2024-01-15"), 20000); // repeat day 1
    m.order(regular, day("2024-02-12"), 10000); // repeat day 2
    m.order(lastDay, day("2024-03-31"), 3000);  // acquired on the calibration end
    m.order(regular, day("2024-04-02"), 99900); // after the calibration end: ignored
    m.order(later, day("2024-04-10"), 3000);    // acquired after the window: not modelled
    const Window window{day("2024-01-01"), day("2024-03-31"), day("2024-04-30")};

    const ProspectingModels result = computeProspectingModels(m.facts, window);

    REQUIRE(result.customers.size() == 2);
    const CustomerPrediction& b = result.customers[0];
    CHECK(b.customer == regular);
    // By hand: repeat days 15 Jan and 12 Feb -> x = 2; t_x = 42 days = 6 weeks;
    // T = 31 Mar - 1 Jan = 90 days = 90/7 weeks; mean repeat spend (200 + 100) / 2 = 150 yuan.
    CHECK(b.summary.x == 2);
    CHECK(b.summary.tx == Approx(6.0));
    CHECK(b.summary.T == Approx(90.0 / 7.0));
    CHECK(b.summary.meanValue == Approx(150.0));
    const CustomerPrediction& c = result.customers[1];
    CHECK(c.customer == lastDay);
    CHECK(c.summary.x == 0);
    CHECK(c.summary.tx == 0);
    CHECK(c.summary.T == 0);

    // Two customers are far too few to fit anything: every figure is null, with the reason.
    CHECK_FALSE(result.bgnbd.status.fitted());
    CHECK_FALSE(result.gammaGamma.status.fitted());
    CHECK_FALSE(result.forecast.status.fitted()); // two full months of history
    QJsonObject json;
    addProspectingModelsJson(json, result, m.facts);
    const QJsonObject bgnbd = json.value(QStringLiteral("bgnbd")).toObject();
    CHECK(bgnbd.value(QStringLiteral("r")).isNull());
    CHECK(bgnbd.value(QStringLiteral("status")).toString() == QStringLiteral("not_enough_history"));
    CHECK_FALSE(bgnbd.value(QStringLiteral("reason")).toString().isEmpty());
    const QJsonArray customers = json.value(QStringLiteral("customers")).toArray();
    REQUIRE(customers.size() == 2);
    CHECK(customers[0].toObject().value(QStringLiteral("ref")).toString() ==
          QStringLiteral("B-REGULAR"));
    CHECK(customers[0].toObject().value(QStringLiteral("p_alive")).isNull());
    CHECK(json.value(QStringLiteral("forecast"))
              .toObject()
              .value(QStringLiteral("points"))
              .toArray()
              .isEmpty());
    // Nothing that is not a number reaches the output.
    CHECK_FALSE(QJsonDocument(json).toJson().contains("nan"));
}

TEST_CASE("prospecting models on the CDNOW sample reproduce the published fits through the facts",
          "[analysis][prospecting][cdnow]") {
    const QString dir = test::sharedDataDir(QStringLiteral("cdnow"));
    if (dir.isEmpty())
        return;
    const Facts facts = test::cdnow::purchasesAsFacts(
        test::cdnow::loadSample(dir + QStringLiteral("/CDNOW_sample.txt")));
    const Window window{day("1997-01-01"), day("1997-09-30"), day("1998-06-30")};

    const ProspectingModels result = computeProspectingModels(facts, window);

    REQUIRE(result.bgnbd.status.fitted());
    CHECK(result.bgnbd.customers == 2357);
    // Fader, Hardie & Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4.
    CHECK(result.bgnbd.params.r == Approx(0.243).margin(0.0005));
    CHECK(result.bgnbd.params.alpha == Approx(4.414).margin(0.0005));
    CHECK(result.bgnbd.params.a == Approx(0.793).margin(0.0005));
    CHECK(result.bgnbd.params.b == Approx(2.426).margin(0.0005));
    CHECK(result.bgnbd.logLikelihood == Approx(-9582.4).margin(0.05));
    // The Gamma-Gamma fit in dollars: p = 6.25, q = 3.74, gamma = 15.44 (lifetimes, SOURCE.md).
    REQUIRE(result.gammaGamma.status.fitted());
    CHECK(result.gammaGamma.customers == 946);
    CHECK(result.gammaGamma.params.p == Approx(6.25).margin(0.005));
    CHECK(result.gammaGamma.params.q == Approx(3.74).margin(0.005));
    CHECK(result.gammaGamma.params.gamma == Approx(15.44).margin(0.005));
    // Customer 1 of the sample: Hardie's note 025 gives a conditional expected spend of $24.65.
    REQUIRE(result.customers.front().value.expectedValue);
    CHECK(*result.customers.front().value.expectedValue == Approx(2465).margin(0.5));
    // Nine full months of history are too few for a forecast, which says so.
    CHECK(result.fullMonths == 9);
    CHECK(result.forecast.status.status == models::FitStatus::NotEnoughHistory);
}
