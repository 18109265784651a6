#include "demo_generator.h"

#include "agenda/revisits.h"
#include "demo_context.h"
#include "messages/message_render.h"
#include "storage/database.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace demo {

double seasonWeight(int month) {
    // A tea and gift shop: Spring Festival (Jan/Feb), new-season green tea (Apr), Mid-Autumn
    // (Sep), Singles' Day and year-end gifts (Nov/Dec); a quiet summer.
    static const double weights[] = {1.6, 1.4, 0.9, 1.1, 0.9, 0.8, 0.7, 0.75, 1.5, 1.0, 1.3, 1.4};
    return weights[month - 1];
}

Status generateCatalog(DemoContext& ctx) {
    sql::Statement insert =
        ctx.db.prepare("INSERT INTO product (id, sku, name, category, unit_price, unit_cost, "
                       "active, stock, reorder_level, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (const CatalogItem& item : Words::get().catalog) {
        const Id id = ctx.nextId();
        const QString created = ctx.timestamp(ctx.start - 30);
        const int stock = ctx.random.between(0, 120);
        insert.bind(1, id).bind(2, item.sku).bind(3, item.name).bind(4, item.category);
        insert.bind(5, item.price)
            .bind(6, item.cost)
            .bind(7, item.sku != QLatin1String("TW-TRAVEL"));
        insert.bind(8, stock)
            .bind(9, item.popularity > 15 ? 20 : 5)
            .bind(10, created)
            .bind(11, created);
        insert.exec();
        insert.reset();
        ctx.productIds.push_back(id);
        if (!ctx.categories.empty() && ctx.categories.back() == item.category)
            continue;
        ctx.categories.push_back(item.category);
    }
    sql::Statement people =
        ctx.db.prepare("INSERT INTO salesperson (id, name, email, phone, active, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)");
    int n = 0;
    for (const QString& name : values::salespeople) {
        const QString created = ctx.timestamp(ctx.start - 60);
        people.bind(1, ctx.nextId())
            .bind(2, name)
            .bind(3, QStringLiteral("sales%1@teahouse.example").arg(++n));
        people.bind(4, QStringLiteral("021-6288 %1").arg(1000 + n * 37))
            .bind(5, created)
            .bind(6, created);
        people.exec();
        people.reset();
    }
    ctx.summary.products = static_cast<qint64>(ctx.productIds.size());
    return {};
}

Status generateCampaigns(DemoContext& ctx) {
    struct Plan {
        const char* code;
        const char* name;
        int month, day, length;
        const char* channel;
    };
    static const Plan yearly[] = {
        {"CNY", "新春礼盒 Spring Festival gifts", 1, 8, 28, "wechat"},
        {"MOON", "中秋茶礼 Mid-Autumn tea gifts", 9, 1, 24, "sms"},
        {"D11", "双十一 Singles' Day", 11, 1, 11, "online"},
    };
    sql::Statement insert =
        ctx.db.prepare("INSERT INTO campaign (id, code, name, channel, starts_on, ends_on, cost, "
                       "response_window_days, notes, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 14, '', ?, ?)");
    sql::Statement member = ctx.db.prepare(
        "INSERT INTO campaign_member (campaign_id, customer_id, contacted_at) VALUES (?, ?, ?)");
    for (int year = civilDate(ctx.start).year; year <= civilDate(ctx.end).year; ++year) {
        for (const Plan& p : yearly) {
            DemoCampaign c;
            c.starts = dayNumber({year, p.month, p.day});
            c.ends = c.starts + p.length - 1;
            if (c.starts < ctx.start + 90 || c.ends > ctx.end)
                continue; // campaigns need customers before them and must be over
            c.id = ctx.nextId();
            c.code = QStringLiteral("%1-%2").arg(QLatin1String(p.code)).arg(year);
            // Members: a third of the customers already acquired by then, more of the big buyers.
            for (int i = 0; i < static_cast<int>(ctx.customers.size()); ++i) {
                const DemoCustomer& cu = ctx.customers[static_cast<std::size_t>(i)];
                if (cu.buyer && cu.acquired < c.starts - 30 &&
                    ctx.random.chance(cu.weight > 2 ? 0.55 : 0.25))
                    c.members.push_back(i);
            }
            const Money cost = 200000 + static_cast<Money>(c.members.size()) * 300;
            const QString created = ctx.timestamp(c.starts - 14);
            insert.bind(1, c.id)
                .bind(2, c.code)
                .bind(3, QString::fromUtf8(p.name))
                .bind(4, QString::fromUtf8(p.channel));
            insert.bind(5, formatIsoDate(c.starts)).bind(6, formatIsoDate(c.ends)).bind(7, cost);
            insert.bind(8, created).bind(9, created);
            insert.exec();
            insert.reset();
            for (int m : c.members) {
                member.bind(1, c.id).bind(2, ctx.customers[static_cast<std::size_t>(m)].id);
                member.bind(3, ctx.timestamp(c.starts - ctx.random.between(0, 3))).exec();
                member.reset();
            }
            ctx.campaigns.push_back(std::move(c));
        }
    }
    ctx.summary.campaigns = static_cast<qint64>(ctx.campaigns.size());
    return {};
}

} // namespace demo

Result<DemoSummary> generateDemo(Database& db, const DemoOptions& options,
                                 const Progress& progress) {
    if (options.customers < 1 || options.orders < 0 || options.years < 1 || options.years > 30)
        return Error::usage(
            QStringLiteral("the demo needs at least one customer and 1 to 30 years"));
    try {
        if (sql::queryInt(
                db.handle(),
                "SELECT (SELECT count(*) FROM customer) + (SELECT count(*) FROM product)") > 0)
            return Error::invalid(
                QStringLiteral("%1: already holds data; the demo fills an empty database only")
                    .arg(db.path()));
    } catch (...) {
        return describeException(QStringLiteral("reading %1").arg(db.path()));
    }
    demo::DemoContext ctx(db, options, progress);
    ctx.end = options.endDay != 0 ? options.endDay : db.clock().today();
    ctx.start = ctx.end - options.years * 365 + 1;
    using Step = Status (*)(demo::DemoContext&);
    const Step steps[] = {demo::generateCatalog,   demo::generateCustomers, demo::planOrders,
                          demo::generateCampaigns, demo::writeOrders,       demo::generateActivity};
    // One big transaction touches most pages of a large shop; a bigger page cache for the
    // duration keeps SQLite from spilling and re-reading them.
    db.exec("PRAGMA cache_size = -262144");
    const Status done =
        writeInTransaction(db, QStringLiteral("generating the demo shop"), [&]() -> Status {
            for (Step step : steps) {
                if (Status s = step(ctx); !s)
                    return s;
            }
            return {};
        });
    db.exec("PRAGMA cache_size = -32000");
    if (!done)
        return done.error();
    // What a tea shop would set up on its first day, so the demo's Today page and messages show
    // them working: revisit A customers monthly, B every two months, C every four; a shop name.
    if (Status s = RevisitRules::save(
            db, {{QStringLiteral("A"), 30}, {QStringLiteral("B"), 60}, {QStringLiteral("C"), 120}});
        !s)
        return s.error();
    if (Status s = db.setSetting(message_settings::shopName, QStringLiteral("清风茶庄")); !s)
        return s.error();
    return ctx.summary;
}

} // namespace clientele
