#include "demo_context.h"
#include "domain/customer_repository.h"
#include "storage/database.h"

#include <algorithm>
#include <cmath>

namespace clientele::demo {

namespace {

QString chineseName(Random& r) {
    const Words& w = Words::get();
    return w.surnames[w.surnamePicker.pick(r)] +
           w.givenNames[r.between(0, static_cast<int>(w.givenNames.size()) - 1)];
}

QString latinName(Random& r) {
    const Words& w = Words::get();
    return w.latinFirst[r.between(0, static_cast<int>(w.latinFirst.size()) - 1)] + u' ' +
           w.latinLast[r.between(0, static_cast<int>(w.latinLast.size()) - 1)];
}

QString mobile(Random& r, const City& city) {
    if (city.region == QLatin1String("Overseas"))
        return QStringLiteral("+65 %1 %2").arg(r.between(8000, 9999)).arg(r.between(1000, 9999));
    static const int prefixes[] = {130, 131, 132, 135, 136, 137, 138, 139, 150,
                                   151, 152, 158, 159, 186, 187, 188, 199};
    return QStringLiteral("%1 %2 %3")
        .arg(prefixes[r.between(0, 16)])
        .arg(r.between(0, 9999), 4, 10, QLatin1Char('0'))
        .arg(r.between(0, 9999), 4, 10, QLatin1Char('0'));
}

QString landline(Random& r) {
    return QStringLiteral("021-%1 %2").arg(r.between(5000, 6999)).arg(r.between(1000, 9999));
}

QString pickOf(Random& r, const QStringList& list) {
    return list[r.between(0, static_cast<int>(list.size()) - 1)];
}

QString channelFor(Random& r, bool company, const City& city) {
    if (company)
        return r.chance(0.7) ? QStringLiteral("corporate") : QStringLiteral("phone");
    const bool local = city.name == QStringLiteral("上海") || city.name == QStringLiteral("杭州");
    const double u = r.uniform();
    if (local)
        return u < 0.55  ? QStringLiteral("store")
               : u < 0.8 ? QStringLiteral("wechat")
                         : QStringLiteral("online");
    return u < 0.55  ? QStringLiteral("online")
           : u < 0.9 ? QStringLiteral("wechat")
                     : QStringLiteral("phone");
}

QString locationFor(Random& r, const QString& channel, const City& city) {
    if (channel != QLatin1String("store") && channel != QLatin1String("corporate"))
        return QStringLiteral("Online");
    if (city.name == QStringLiteral("杭州"))
        return QStringLiteral("Hangzhou West Lake");
    return r.chance(0.6) ? QStringLiteral("Shanghai Jing'an") : QStringLiteral("Shanghai Xuhui");
}

// Fills in who a customer is: buying pattern (acquisition, lapse, weight) and profile fields.
void shape(DemoContext& ctx, DemoCustomer& d, Customer& c, bool buyer) {
    Random& r = ctx.random;
    const Words& w = Words::get();
    d.buyer = buyer;
    const double span = ctx.end - ctx.start;
    // More customers arrive as the shop grows; u^0.8 leans acquisitions towards recent years.
    d.acquired = ctx.start + static_cast<int>(span * std::pow(r.uniform(), 0.8));
    d.lapse = d.acquired + static_cast<int>(r.exponential(d.company ? 1400 : 800));
    d.weight = r.logNormal(0, 1.1) * (d.company ? 3.0 : 1.0); // Pareto-like spread of spend
    d.favouriteCategory = r.between(0, static_cast<int>(ctx.categories.size()) - 1);
    d.created =
        buyer ? d.acquired - r.between(0, 20) : ctx.end - static_cast<int>(r.exponential(120));
    d.created = std::max(d.created, ctx.start - 200);
    const City& city = w.cities[static_cast<std::size_t>(d.city)];
    d.channel = channelFor(r, d.company, city);
    d.location = locationFor(r, d.channel, city);
    c.city = city.name;
    c.region = city.region;
    c.salesperson = values::salespeople[d.salesperson];
    c.source = pickOf(r, values::sources);
    c.createdAt = ctx.timestamp(d.created);
    if (!buyer)
        c.status = r.chance(0.6) ? QStringLiteral("lead") : QStringLiteral("prospect");
    else if (d.lapse < ctx.end - 400 && r.chance(0.5))
        c.status = QStringLiteral("lost");
    if (d.company)
        return;
    if (r.chance(0.7)) {
        const Ymd birth{r.between(1952, 2003), r.between(1, 12), r.between(1, 28)};
        c.birthday = formatIsoDate(dayNumber(birth));
        c.birthdayLunar =
            c.name.at(0).unicode() >= 0x2E80 && r.chance(0.2); // some Chinese customers keep it
    }
    if (r.chance(0.5))
        c.hobbies = pickOf(r, values::hobbies);
    if (r.chance(0.35))
        c.personality = pickOf(r, values::personalities);
    if (r.chance(0.4))
        c.education = pickOf(r, values::educations);
    if (r.chance(0.5))
        c.occupation = pickOf(r, values::occupations);
    if (r.chance(0.3))
        c.family = pickOf(r, values::families);
    if (r.chance(0.4))
        c.nativePlace = w.cities[static_cast<std::size_t>(w.cityPicker.pick(r))].name;
}

} // namespace

Status generateCustomers(DemoContext& ctx) {
    Random& r = ctx.random;
    const Words& w = Words::get();
    CustomerRepository repo(ctx.db);
    const int total = ctx.options.customers;
    // One step in ten makes a company with one to four contact people (about 8% of customers are
    // companies); some customers are leads who never bought.
    ctx.customers.reserve(static_cast<std::size_t>(total));
    int n = 0;
    const auto add = [&](DemoCustomer d, Customer c) -> Status {
        d.ref = c.ref = QStringLiteral("C%1").arg(++n, 6, 10, QLatin1Char('0'));
        c.id = d.id = ctx.nextId();
        c.companyId = d.companyId;
        c.updatedAt = c.createdAt;
        auto id = repo.create(c);
        if (!id)
            return id.error();
        ctx.customers.push_back(std::move(d));
        if (n % 2000 == 0 && !reportProgress(ctx.progress, n, total * 3))
            return Error::cancelled();
        return {};
    };
    while (n < total) {
        const bool company = r.chance(0.1) && n < total - 1;
        DemoCustomer d;
        Customer c;
        d.company = company;
        d.city = w.cityPicker.pick(r);
        d.salesperson = r.between(0, static_cast<int>(values::salespeople.size()) - 1);
        const bool overseas =
            w.cities[static_cast<std::size_t>(d.city)].region == QLatin1String("Overseas");
        const bool latin = overseas || r.chance(0.12);
        if (company) {
            c.kind = QStringLiteral("company");
            c.name = latin ? pickOf(r, w.latinCompanies)
                           : w.cities[static_cast<std::size_t>(d.city)].name.left(2) +
                                 pickOf(r, w.companyWords) + pickOf(r, w.companyKinds);
            c.phones = landline(r);
            c.emails = QStringLiteral("office%1@%2.example.cn")
                           .arg(n + 1)
                           .arg(latin ? QStringLiteral("corp") : QStringLiteral("qiye"));
            c.address =
                QStringLiteral("%1路%2号").arg(pickOf(r, w.companyWords)).arg(r.between(1, 999));
            c.tags = r.chance(0.5) ? QStringLiteral("企业客户;团购") : QStringLiteral("企业客户");
        } else {
            c.name = latin ? latinName(r) : chineseName(r);
            c.phones = mobile(r, w.cities[static_cast<std::size_t>(d.city)]);
            if (r.chance(0.1))
                c.phones += u';' + landline(r);
            if (r.chance(0.6))
                c.emails = latin ? QStringLiteral("%1%2@mail.example.com")
                                       .arg(c.name.section(u' ', 0, 0).toLower())
                                       .arg(n + 1)
                                 : QStringLiteral("%1@qq.example.com").arg(100000 + n * 7);
            c.tags = r.chance(0.15)  ? QStringLiteral("vip")
                     : r.chance(0.1) ? QStringLiteral("礼品")
                                     : QString();
        }
        shape(ctx, d, c, r.chance(company ? 0.95 : 0.88));
        if (company)
            c.notes = QStringLiteral("月结客户, 发票需提前一周申请");
        if (Status s = add(d, c); !s)
            return s;
        if (!company)
            continue;
        // Contact people at the company: the buyer decides, others influence, use or guard.
        const int companyIndex = static_cast<int>(ctx.customers.size()) - 1;
        static const char* roles[] = {"decision_maker", "influencer", "user", "gatekeeper"};
        const int contacts = std::min(r.between(1, 4), total - n);
        for (int k = 0; k < contacts; ++k) {
            DemoCustomer p;
            Customer pc;
            p.companyId = ctx.customers[static_cast<std::size_t>(companyIndex)].id;
            p.city = d.city;
            p.salesperson = d.salesperson;
            pc.name = latin ? latinName(r) : chineseName(r);
            pc.phones = mobile(r, w.cities[static_cast<std::size_t>(d.city)]);
            pc.role = pickOf(r, values::titles);
            pc.title = pc.role;
            pc.decisionRole = QString::fromLatin1(roles[k % 4]);
            shape(ctx, p, pc, r.chance(0.1)); // contacts rarely buy on their own account
            pc.status = QStringLiteral("active");
            if (Status s = add(p, pc); !s)
                return s;
            ctx.customers[static_cast<std::size_t>(companyIndex)].contacts.push_back(
                ctx.customers.back().id);
        }
    }
    ctx.summary.customers = n;
    return {};
}

} // namespace clientele::demo
