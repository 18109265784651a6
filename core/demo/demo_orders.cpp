#include "demo_context.h"
#include "storage/database.h"

#include <algorithm>
#include <cmath>

namespace clientele::demo {

namespace {

// A day in [from, to] drawn with the shop's seasonal rhythm (rejection sampling).
DayNumber seasonalDay(Random& r, DayNumber from, DayNumber to) {
    for (;;) {
        const DayNumber day = from + static_cast<int>(r.uniform() * (to - from + 1));
        if (r.uniform() * 1.6 < seasonWeight(civilDate(day).month))
            return day;
    }
}

// Makes the order count exactly what was asked: extra orders go to customers by weight.
void balance(DemoContext& ctx, std::vector<int>& extra, qint64 wanted) {
    std::vector<double> weights;
    for (const DemoCustomer& c : ctx.customers)
        weights.push_back(c.buyer ? c.weight * std::max(1, std::min(c.lapse, ctx.end) - c.acquired)
                                  : 0.0);
    const WeightedPicker picker(weights);
    qint64 have = 0;
    for (int e : extra)
        have += e;
    while (have < wanted) {
        ++extra[static_cast<std::size_t>(picker.pick(ctx.random))];
        ++have;
    }
    while (have > wanted) {
        int& e = extra[static_cast<std::size_t>(picker.pick(ctx.random))];
        if (e > 0) {
            --e;
            --have;
        }
    }
}

} // namespace

Status planOrders(DemoContext& ctx) {
    std::vector<int> buyers;
    for (int i = 0; i < static_cast<int>(ctx.customers.size()); ++i)
        if (ctx.customers[static_cast<std::size_t>(i)].buyer)
            buyers.push_back(i);
    // Fewer orders than buyers: the rest stay prospects who never bought.
    while (static_cast<int>(buyers.size()) > ctx.options.orders) {
        ctx.customers[static_cast<std::size_t>(buyers.back())].buyer = false;
        buyers.pop_back();
    }
    double exposure = 0;
    for (int i : buyers) {
        const DemoCustomer& c = ctx.customers[static_cast<std::size_t>(i)];
        exposure += c.weight * std::max(1, std::min(c.lapse, ctx.end) - c.acquired);
    }
    const qint64 repeatOrders = ctx.options.orders - static_cast<qint64>(buyers.size());
    const double scale = exposure > 0 ? repeatOrders / exposure : 0;
    std::vector<int> extra(ctx.customers.size(), 0);
    for (int i : buyers) {
        const DemoCustomer& c = ctx.customers[static_cast<std::size_t>(i)];
        extra[static_cast<std::size_t>(i)] = ctx.random.poisson(
            scale * c.weight * std::max(1, std::min(c.lapse, ctx.end) - c.acquired));
    }
    balance(ctx, extra, repeatOrders);
    ctx.orders.reserve(static_cast<std::size_t>(ctx.options.orders));
    for (int i : buyers) {
        DemoCustomer& c = ctx.customers[static_cast<std::size_t>(i)];
        ctx.orders.push_back({c.acquired, i});
        const DayNumber last = std::max(c.acquired, std::min(c.lapse, ctx.end));
        for (int k = 0; k < extra[static_cast<std::size_t>(i)]; ++k)
            ctx.orders.push_back({seasonalDay(ctx.random, c.acquired, last), i});
    }
    return {};
}

namespace {

// Members who respond to a campaign: one of their later orders moves into its window.
void respondToCampaigns(DemoContext& ctx) {
    std::vector<std::vector<std::size_t>> byCustomer(ctx.customers.size());
    for (std::size_t k = 0; k < ctx.orders.size(); ++k)
        byCustomer[static_cast<std::size_t>(ctx.orders[k].customer)].push_back(k);
    for (int ci = 0; ci < static_cast<int>(ctx.campaigns.size()); ++ci) {
        const DemoCampaign& campaign = ctx.campaigns[static_cast<std::size_t>(ci)];
        for (int m : campaign.members) {
            const auto& mine = byCustomer[static_cast<std::size_t>(m)];
            if (mine.size() < 2 || !ctx.random.chance(0.35))
                continue;
            DemoOrder& moved = ctx.orders[mine[1 + static_cast<std::size_t>(ctx.random.uniform() *
                                                                            (mine.size() - 1))]];
            if (moved.day <= ctx.customers[static_cast<std::size_t>(m)].acquired)
                continue;
            moved.day =
                campaign.starts + ctx.random.between(0, campaign.ends - campaign.starts + 7);
            moved.campaign = ctx.random.chance(0.7) ? ci : -1;
        }
    }
}

int pickProduct(DemoContext& ctx, const DemoCustomer& customer, int month) {
    const auto& catalog = Words::get().catalog;
    for (;;) {
        const int i = ctx.random.between(0, static_cast<int>(catalog.size()) - 1);
        const CatalogItem& item = catalog[static_cast<std::size_t>(i)];
        double w = item.popularity / 40.0;
        if (item.category == ctx.categories[static_cast<std::size_t>(customer.favouriteCategory)])
            w *= 3;
        if (item.seasonMonth != 0)
            w *= item.seasonMonth == month
                     ? 4.0
                     : (item.category == QLatin1String("Gift boxes") ? 0.15 : 0.7);
        if (customer.company && item.category == QLatin1String("Gift boxes"))
            w *= 4;
        if (ctx.random.uniform() < w / 4.0)
            return i;
    }
}

} // namespace

// Past orders, written as an import would write them: their stock is in the catalogue's stock
// figures already, so they move none (see SalesImport).
Status writeOrders(DemoContext& ctx) {
    respondToCampaigns(ctx);
    std::stable_sort(ctx.orders.begin(), ctx.orders.end(),
                     [](const DemoOrder& a, const DemoOrder& b) { return a.day < b.day; });
    sql::Statement order =
        ctx.db.prepare("INSERT INTO orders (id, number, ordered_at, customer_id, channel, "
                       "location, salesperson, status, campaign_id, "
                       "due_date, paid_amount, paid_at, notes, created_at, updated_at) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?,?,?,'',?,?)");
    sql::Statement line =
        ctx.db.prepare("INSERT INTO order_line (id, order_id, line_no, product_id, quantity, "
                       "unit_price, unit_cost, discount) VALUES (?,?,?,?,?,?,?,?)");
    const auto& catalog = Words::get().catalog;
    int sequenceYear = 0, sequence = 0;
    const qint64 total = static_cast<qint64>(ctx.orders.size());
    for (qint64 k = 0; k < total; ++k) {
        const DemoOrder& o = ctx.orders[static_cast<std::size_t>(k)];
        DemoCustomer& c = ctx.customers[static_cast<std::size_t>(o.customer)];
        Random& r = ctx.random;
        const Ymd date = civilDate(o.day);
        if (date.year != sequenceYear) {
            sequenceYear = date.year;
            sequence = 0;
        }
        const Id orderId = ctx.nextId();
        const double inflation = 1.0 + 0.03 * (o.day - ctx.start) / 365.0; // prices rise 3% a year
        std::vector<int> products;
        const int lines = std::min(8, 1 + r.poisson(1.9));
        while (static_cast<int>(products.size()) < lines) {
            const int p = pickProduct(ctx, c, date.month);
            if (std::find(products.begin(), products.end(), p) == products.end())
                products.push_back(p);
        }
        struct Line {
            Id product;
            int quantity;
            Money price, cost, discount;
        };
        std::vector<Line> orderLines;
        Money orderTotal = 0;
        for (std::size_t n = 0; n < products.size(); ++n) {
            const CatalogItem& item = catalog[static_cast<std::size_t>(products[n])];
            int quantity = r.chance(0.72) ? 1 : r.chance(0.7) ? 2 : r.between(3, 6);
            if (c.company && item.category == QLatin1String("Gift boxes"))
                quantity *= r.between(5, 30);
            const Money price = std::llround(item.price * inflation / 100.0) * 100; // whole yuan
            const Money cost = std::llround(item.cost * inflation);
            Money discount = 0;
            if (o.campaign >= 0 || r.chance(0.1))
                discount = quantity * price * r.between(5, 15) / 100;
            orderLines.push_back({ctx.productIds[static_cast<std::size_t>(products[n])], quantity,
                                  price, cost, discount});
            orderTotal += quantity * price - discount;
        }
        const int age = ctx.end - o.day;
        const double u = r.uniform();
        QString status = age < 3    ? QStringLiteral("confirmed")
                         : age < 10 ? QStringLiteral("delivered")
                                    : QStringLiteral("paid");
        if (u < 0.025)
            status = QStringLiteral("cancelled");
        else if (u < 0.04)
            status = QStringLiteral("returned");
        else if (u < 0.045 && age < 60)
            status = QStringLiteral("quote");
        const bool invoiced = c.company || c.channel == QLatin1String("phone");
        QString due, paidAt;
        Money paid = 0;
        if (invoiced)
            due = formatIsoDate(o.day + 30);
        if (invoiced && status == QLatin1String("paid") && age < 90 && r.chance(0.35))
            status = QStringLiteral("delivered"); // some invoices are still open, a few overdue
        if (status == QLatin1String("paid")) {
            paid = orderTotal;
            paidAt = formatIsoDate(std::min(ctx.end, o.day + (invoiced ? r.between(5, 40) : 0)));
        } else if (status == QLatin1String("delivered") && invoiced && r.chance(0.3)) {
            paid = orderTotal / 2;
            paidAt = formatIsoDate(std::min(ctx.end, o.day + r.between(1, 20)));
        }
        const QString salesperson = r.chance(0.85)
                                        ? values::salespeople[c.salesperson]
                                        : values::salespeople[r.between(
                                              0, static_cast<int>(values::salespeople.size()) - 1)];
        const QString created = ctx.timestamp(o.day);
        order.bind(1, orderId)
            .bind(2, QStringLiteral("SO%1-%2").arg(date.year).arg(++sequence, 6, 10,
                                                                  QLatin1Char('0')));
        order.bind(3, formatIsoDate(o.day))
            .bind(4, c.id)
            .bind(5, c.channel)
            .bind(6, c.location)
            .bind(7, salesperson);
        order.bind(8, status);
        if (o.campaign >= 0)
            order.bind(9, ctx.campaigns[static_cast<std::size_t>(o.campaign)].id);
        else
            order.bindNull(9);
        order.bindTextOrNull(10, due)
            .bind(11, paid)
            .bindTextOrNull(12, paidAt)
            .bind(13, created)
            .bind(14, created);
        order.exec();
        order.reset();
        int lineNo = 0;
        for (const Line& l : orderLines) {
            line.bind(1, ctx.nextId())
                .bind(2, orderId)
                .bind(3, ++lineNo)
                .bind(4, l.product)
                .bind(5, l.quantity);
            line.bind(6, l.price).bind(7, l.cost).bind(8, l.discount).exec();
            line.reset();
            ++ctx.summary.orderLines;
        }
        if (status == QLatin1String("paid") || status == QLatin1String("delivered") ||
            status == QLatin1String("confirmed")) {
            ++c.orders;
            c.spend += orderTotal;
        }
        if (k % 5000 == 0 && !reportProgress(ctx.progress,
                                             ctx.options.customers + k * 2 * ctx.options.customers /
                                                                         std::max<qint64>(1, total),
                                             ctx.options.customers * 3))
            return Error::cancelled();
    }
    ctx.summary.orders = total;
    return {};
}

} // namespace clientele::demo
