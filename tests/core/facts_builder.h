#pragma once

// Builds analysis Facts directly, without a database, so that analysis tests read as their
// scenario: customers (in ref order), products, and orders given in any order.
#include "analysis/facts.h"

#include <QStringList>

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>
#include <vector>

namespace clientele::test {

inline DayNumber day(const char* iso) {
    auto parsed = parseIsoDate(QString::fromLatin1(iso));
    REQUIRE(parsed.ok());
    return *parsed;
}

struct CustomerSpec {
    QString ref = {};
    analysis::CustomerKind kind = analysis::CustomerKind::Person;
    analysis::CustomerStatus status = analysis::CustomerStatus::Active;
    QString tier = {};
    QString source = {};
    QString region = {};
    QString city = {};
    QString salesperson = {};
    QStringList tags = {};
    const char* birthday = nullptr; // ISO date or none
};

// One line's money as the loader would compute it.
struct LineSpec {
    int product = 0;
    qint64 quantity = 1;
    Money revenue = 0;
    Money cost = 0;
};

class FactsBuilder {
public:
    // Customers must come in ascending ref order (the index is the ref's rank).
    int customer(const CustomerSpec& spec) {
        analysis::CustomerFacts& c = m_facts.customers;
        if (c.size() > 0)
            REQUIRE(c.ref.back() < spec.ref);
        c.id.push_back(c.size() + 1);
        c.ref.push_back(spec.ref);
        c.name.push_back(QStringLiteral("Name of ") + spec.ref);
        c.kind.push_back(spec.kind);
        c.status.push_back(spec.status);
        c.tier.push_back(m_facts.tiers.code(spec.tier));
        c.source.push_back(m_facts.sources.code(spec.source));
        c.region.push_back(m_facts.regions.code(spec.region));
        c.city.push_back(m_facts.cities.code(spec.city));
        c.salesperson.push_back(m_facts.salespeople.code(spec.salesperson));
        std::vector<int> tags;
        for (const QString& t : spec.tags)
            tags.push_back(m_facts.tags.code(t));
        c.tags.push_back(tags);
        c.birthday.push_back(spec.birthday ? day(spec.birthday) : analysis::kNoDay);
        c.createdOn.push_back(0);
        return c.size() - 1;
    }
    int customer(const char* ref) {
        return customer(CustomerSpec{.ref = QString::fromLatin1(ref)});
    }

    int product(const char* sku, const char* category = "") {
        analysis::ProductFacts& p = m_facts.products;
        p.id.push_back(p.size() + 1);
        p.sku.push_back(QString::fromLatin1(sku));
        p.name.push_back(QString::fromLatin1(sku));
        p.category.push_back(m_facts.categories.code(QString::fromLatin1(category)));
        p.active.push_back(true);
        return p.size() - 1;
    }

    void preference(int customer, const char* category, const char* value,
                    analysis::Sentiment sentiment = analysis::Sentiment::Like) {
        analysis::PreferenceFacts& p = m_facts.preferences;
        p.customer.push_back(customer);
        p.category.push_back(m_facts.preferenceCategories.code(QString::fromLatin1(category)));
        p.value.push_back(m_facts.preferenceValues.code(QString::fromLatin1(value)));
        p.sentiment.push_back(sentiment);
    }

    // Money spent serving a customer on a day (a visit's or a task's cost, an expense).
    void serviceCost(int customer, const char* date, Money amount) {
        analysis::ServiceCostFacts& s = m_facts.serviceCosts;
        s.customer.push_back(customer);
        s.day.push_back(day(date));
        s.amount.push_back(amount);
    }

    // customer = analysis::kNone for an order whose customer was erased.
    void order(const char* number, const char* date, int customer, std::vector<LineSpec> lines) {
        m_orders.push_back({QString::fromLatin1(number), day(date), customer, std::move(lines)});
    }
    // An order of one line of product 0 worth revenue, with the given cost.
    void sale(const char* number, const char* date, int customer, Money revenue, Money cost = 0) {
        order(number, date, customer, {LineSpec{0, 1, revenue, cost}});
    }

    analysis::Facts build() {
        if (m_facts.products.size() == 0)
            product("ANY");
        std::vector<std::size_t> order(m_orders.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            const PendingOrder& x = m_orders[a];
            const PendingOrder& y = m_orders[b];
            return x.day != y.day ? x.day < y.day : x.number < y.number;
        });
        analysis::Facts f = m_facts;
        for (std::size_t i : order) {
            const PendingOrder& o = m_orders[i];
            const int index = f.orders.size();
            f.orders.number.push_back(o.number);
            f.orders.day.push_back(o.day);
            f.orders.customer.push_back(o.customer);
            f.orders.channel.push_back(0);
            f.orders.location.push_back(0);
            f.orders.salesperson.push_back(0);
            f.orders.campaign.push_back(analysis::kNone);
            for (const LineSpec& l : o.lines) {
                f.lines.order.push_back(index);
                f.lines.product.push_back(l.product);
                f.lines.quantity.push_back(l.quantity);
                f.lines.revenue.push_back(l.revenue);
                f.lines.cost.push_back(l.cost);
            }
            f.orders.firstLine.push_back(f.lines.size());
        }
        return f;
    }

private:
    struct PendingOrder {
        QString number;
        DayNumber day;
        int customer;
        std::vector<LineSpec> lines;
    };
    analysis::Facts m_facts;
    std::vector<PendingOrder> m_orders;
};

} // namespace clientele::test
