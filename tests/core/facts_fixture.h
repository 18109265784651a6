#pragma once

// A builder of analysis facts for the analysis tests, so a fixture reads as its scenario.
// Customers must be added in ref order, products in sku order and orders in (day, number)
// order, as the loader delivers them; the builder REQUIREs it rather than sorting behind the
// test's back (which would change the indexes the test holds).
#include "analysis/facts.h"
#include "analysis/window.h"
#include "common/dates.h"

#include <catch2/catch.hpp>

#include <vector>

// A namespace of its own: facts_builder.h has builder types of the same names, and two
// definitions of one name in one program would be undefined behaviour.
namespace clientele::test::ordered {

inline DayNumber day(int year, int month, int dayOfMonth) {
    return dayNumber({year, month, dayOfMonth});
}

inline analysis::Window window(DayNumber from, DayNumber to) {
    return analysis::Window{from, to, to};
}

struct CustomerSpec {
    analysis::CustomerStatus status = analysis::CustomerStatus::Active;
    QString source = {};
    QString region = {};
    DayNumber createdOn = 0;
};

struct LineSpec {
    int product = 0;
    qint64 quantity = 1;
    Money revenue = 0;
    Money cost = 0;
};

struct OrderSpec {
    QString channel = {};
    QString location = {};
    QString salesperson = {};
    int campaign = analysis::kNone;
};

struct CampaignSpec {
    Money cost = 0;
    DayNumber startsOn = analysis::kNoDay;
    DayNumber endsOn = analysis::kNoDay;
    int responseWindowDays = 14;
    std::vector<int> members = {};
};

class FactsBuilder {
public:
    int customer(const QString& ref, const CustomerSpec& spec = {}) {
        auto& c = facts.customers;
        REQUIRE((c.ref.empty() || c.ref.back() < ref));
        c.id.push_back(c.size() + 1);
        c.ref.push_back(ref);
        c.name.push_back(QStringLiteral("Name of ") + ref);
        c.kind.push_back(analysis::CustomerKind::Person);
        c.status.push_back(spec.status);
        c.tier.push_back(0);
        c.source.push_back(facts.sources.code(spec.source));
        c.region.push_back(facts.regions.code(spec.region));
        c.city.push_back(0);
        c.salesperson.push_back(0);
        c.tags.emplace_back();
        c.birthday.push_back(analysis::kNoDay);
        c.createdOn.push_back(spec.createdOn);
        return c.size() - 1;
    }

    int product(const QString& sku, const QString& category = {}) {
        auto& p = facts.products;
        REQUIRE((p.sku.empty() || p.sku.back() < sku));
        p.id.push_back(p.size() + 1);
        p.sku.push_back(sku);
        p.name.push_back(QStringLiteral("Product ") + sku);
        p.category.push_back(facts.categories.code(category));
        p.active.push_back(true);
        return p.size() - 1;
    }

    int order(const QString& number, DayNumber on, int customer, const std::vector<LineSpec>& lines,
              const OrderSpec& spec = {}) {
        auto& o = facts.orders;
        REQUIRE((o.day.empty() || o.day.back() < on ||
                 (o.day.back() == on && o.number.back() < number)));
        const int index = o.size();
        o.number.push_back(number);
        o.day.push_back(on);
        o.customer.push_back(customer);
        o.channel.push_back(facts.channels.code(spec.channel));
        o.location.push_back(facts.locations.code(spec.location));
        o.salesperson.push_back(facts.salespeople.code(spec.salesperson));
        o.campaign.push_back(spec.campaign);
        auto& l = facts.lines;
        for (const LineSpec& line : lines) {
            l.order.push_back(index);
            l.product.push_back(line.product);
            l.quantity.push_back(line.quantity);
            l.revenue.push_back(line.revenue);
            l.cost.push_back(line.cost);
        }
        o.firstLine.push_back(l.size());
        return index;
    }

    int campaign(const QString& code, const CampaignSpec& spec) {
        auto& c = facts.campaigns;
        c.id.push_back(c.size() + 1);
        c.code.push_back(code);
        c.name.push_back(QStringLiteral("Campaign ") + code);
        c.cost.push_back(spec.cost);
        c.startsOn.push_back(spec.startsOn);
        c.endsOn.push_back(spec.endsOn);
        c.responseWindowDays.push_back(spec.responseWindowDays);
        c.members.push_back(spec.members);
        return c.size() - 1;
    }

    analysis::Facts facts;
};

} // namespace clientele::test::ordered
