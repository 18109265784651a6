#include "facts_loader.h"

#include "common/text_lists.h"
#include "domain/order.h"
#include "facts_loading.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

#include <algorithm>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace clientele::analysis {

namespace {

using namespace loading;

class Loader {
public:
    Loader(const Database& db, const Progress& progress)
        : m_db(db)
        , m_progress(progress) {}

    Result<std::shared_ptr<const Facts>> run() {
        m_facts->currency = m_db.settings().currency;
        m_facts->minorDigits = m_db.settings().minorDigits;
        // The rows to read, for progress and to size the columns once. Ids are not dense (they
        // carry a time), so they are counted; SQLite counts a table from its smallest b-tree.
        m_customerRows = sql::queryInt(m_db.handle(), "SELECT count(*) FROM customer");
        m_orderRows = sql::queryInt(m_db.handle(), "SELECT count(*) FROM orders");
        m_lineRows = sql::queryInt(m_db.handle(), "SELECT count(*) FROM order_line");
        m_total = m_customerRows + m_orderRows + m_lineRows;
        m_total = std::max<qint64>(m_total, 1);
        for (bool (Loader::*read)() :
             {&Loader::readCustomers, &Loader::readProducts, &Loader::readCampaigns,
              &Loader::readPreferences, &Loader::readServiceCosts, &Loader::readOrders,
              &Loader::readLines}) {
            if (!checkpoint() || !(this->*read)())
                return Error::cancelled();
        }
        reportProgress(m_progress, m_total, m_total);
        return std::shared_ptr<const Facts>(std::move(m_facts));
    }

private:
    // Every 16384 rows: tells the caller how far the load is and whether to go on.
    bool tick() {
        ++m_done;
        return (m_done & 0x3fff) != 0 || checkpoint();
    }

    bool checkpoint() { return reportProgress(m_progress, std::min(m_done, m_total - 1), m_total); }

    bool readCustomers();
    bool readProducts();
    bool readCampaigns();
    bool readPreferences();
    bool readServiceCosts();
    bool readOrders();
    bool readLines();
    int orderRank(qint64 id, std::size_t& hint) const;
    void groupLines(LineFacts& read, const std::vector<int>& lineNo);

    const Database& m_db;
    const Progress& m_progress;
    std::unique_ptr<Facts> m_facts = std::make_unique<Facts>();
    CodeCache m_salespeople{m_facts->salespeople};
    IdIndex m_customerIndex, m_productIndex, m_campaignIndex;
    // The counted orders' ids ascending, and where each of them went in OrderFacts.
    std::vector<qint64> m_orderIds;
    std::vector<int> m_orderPlace;
    qint64 m_done = 0, m_total = 1;
    qint64 m_customerRows = 0, m_orderRows = 0, m_lineRows = 0;
};

CustomerStatus customerStatus(std::string_view text) {
    if (text == "lead")
        return CustomerStatus::Lead;
    if (text == "prospect")
        return CustomerStatus::Prospect;
    if (text == "lost")
        return CustomerStatus::Lost;
    return CustomerStatus::Active;
}

bool Loader::readCustomers() {
    sql::Statement q = m_db.prepare(
        "SELECT id, ref, name, kind, status, tier, source, region, city, salesperson, tags, "
        "birthday, created_at FROM customer ORDER BY ref");
    CustomerFacts& c = m_facts->customers;
    reserve(m_customerRows, c.id, c.ref, c.name, c.kind, c.status, c.tier, c.source, c.region,
            c.city, c.salesperson, c.tags, c.birthday, c.createdOn);
    CodeCache tiers(m_facts->tiers), sources(m_facts->sources), regions(m_facts->regions),
        cities(m_facts->cities);
    while (q.step()) {
        m_customerIndex.add(q.int64(0), c.size());
        c.id.push_back(q.int64(0));
        c.ref.push_back(toQString(q.utf8(1)));
        c.name.push_back(toQString(q.utf8(2)));
        c.kind.push_back(q.utf8(3) == "company" ? CustomerKind::Company : CustomerKind::Person);
        c.status.push_back(customerStatus(q.utf8(4)));
        c.tier.push_back(tiers.code(q.utf8(5)));
        c.source.push_back(sources.code(q.utf8(6)));
        c.region.push_back(regions.code(q.utf8(7)));
        c.city.push_back(cities.code(q.utf8(8)));
        c.salesperson.push_back(m_salespeople.code(q.utf8(9)));
        std::vector<int> tags;
        for (const QString& tag : splitList(toQString(q.utf8(10)))) {
            const int code = m_facts->tags.code(tag);
            if (std::find(tags.begin(), tags.end(), code) == tags.end())
                tags.push_back(code);
        }
        c.tags.push_back(std::move(tags));
        c.birthday.push_back(storedDay(q.utf8(11)));
        c.createdOn.push_back(storedDay(q.utf8(12)));
        if (!tick())
            return false;
    }
    m_customerIndex.seal();
    return true;
}

bool Loader::readProducts() {
    sql::Statement q =
        m_db.prepare("SELECT id, sku, name, category, active FROM product ORDER BY sku");
    ProductFacts& p = m_facts->products;
    CodeCache categories(m_facts->categories);
    while (q.step()) {
        m_productIndex.add(q.int64(0), p.size());
        p.id.push_back(q.int64(0));
        p.sku.push_back(toQString(q.utf8(1)));
        p.name.push_back(toQString(q.utf8(2)));
        p.category.push_back(categories.code(q.utf8(3)));
        p.active.push_back(q.int64(4) != 0);
    }
    m_productIndex.seal();
    return true;
}

bool Loader::readCampaigns() {
    sql::Statement q = m_db.prepare("SELECT id, code, name, cost, starts_on, ends_on, "
                                    "response_window_days FROM campaign ORDER BY code");
    CampaignFacts& c = m_facts->campaigns;
    while (q.step()) {
        m_campaignIndex.add(q.int64(0), c.size());
        c.id.push_back(q.int64(0));
        c.code.push_back(toQString(q.utf8(1)));
        c.name.push_back(toQString(q.utf8(2)));
        c.cost.push_back(q.int64(3));
        c.startsOn.push_back(storedDay(q.utf8(4)));
        c.endsOn.push_back(storedDay(q.utf8(5)));
        c.responseWindowDays.push_back(q.integer(6));
    }
    m_campaignIndex.seal();
    c.members.resize(static_cast<std::size_t>(c.size()));
    sql::Statement m = m_db.prepare("SELECT campaign_id, customer_id FROM campaign_member");
    while (m.step()) {
        const int campaign = m_campaignIndex.find(m, 0);
        const int customer = m_customerIndex.find(m, 1);
        if (campaign != kNone && customer != kNone)
            c.members[static_cast<std::size_t>(campaign)].push_back(customer);
    }
    for (std::vector<int>& members : c.members)
        std::sort(members.begin(), members.end());
    return true;
}

Sentiment sentiment(std::string_view text) {
    if (text == "dislike")
        return Sentiment::Dislike;
    if (text == "neutral")
        return Sentiment::Neutral;
    return Sentiment::Like;
}

bool Loader::readPreferences() {
    sql::Statement q =
        m_db.prepare("SELECT customer_id, category, value, sentiment FROM preference ORDER BY id");
    PreferenceFacts& p = m_facts->preferences;
    CodeCache categories(m_facts->preferenceCategories), values(m_facts->preferenceValues);
    while (q.step()) {
        const int customer = m_customerIndex.find(q, 0);
        if (customer == kNone)
            continue;
        p.customer.push_back(customer);
        p.category.push_back(categories.code(q.utf8(1)));
        p.value.push_back(values.code(q.utf8(2)));
        p.sentiment.push_back(sentiment(q.utf8(3)));
    }
    return true;
}

bool Loader::readServiceCosts() {
    sql::Statement q = m_db.prepare(
        "SELECT customer_id, occurred_at, cost FROM visit WHERE cost > 0 "
        "UNION ALL SELECT customer_id, coalesce(done_at, due_on), cost FROM task "
        "WHERE cost > 0 AND customer_id IS NOT NULL "
        "UNION ALL SELECT customer_id, spent_on, amount FROM expense WHERE amount > 0");
    ServiceCostFacts& s = m_facts->serviceCosts;
    while (q.step()) {
        const int customer = m_customerIndex.find(q, 0);
        if (customer == kNone)
            continue;
        s.customer.push_back(customer);
        s.day.push_back(storedDay(q.utf8(1)));
        s.amount.push_back(q.int64(2));
    }
    return true;
}

// Read in id order (a plain scan, no sort in SQL), then sorted here by day and number, as
// OrderFacts promises: ordered_at may carry a time of day, which must not reorder two orders of
// one day.
bool Loader::readOrders() {
    const QString sql =
        QStringLiteral("SELECT id, number, ordered_at, customer_id, channel, location, "
                       "salesperson, campaign_id FROM orders WHERE status IN (%1) ORDER BY id")
            .arg(order_values::countedStatusesSql());
    sql::Statement q = m_db.prepare(sql);
    OrderFacts read;
    read.number.reserve(static_cast<size_t>(m_orderRows), static_cast<size_t>(m_orderRows) * 16);
    reserve(m_orderRows, m_orderIds, read.day, read.customer, read.channel, read.location,
            read.salesperson, read.campaign);
    CodeCache channels(m_facts->channels), locations(m_facts->locations);
    std::string lastDate;
    DayNumber lastDay = kNoDay;
    while (q.step()) {
        m_orderIds.push_back(q.int64(0));
        read.number.push_back(q.utf8(1));
        const std::string_view date = q.utf8(2).substr(0, 10);
        if (date != lastDate) {
            lastDate = date;
            lastDay = storedDay(date);
        }
        read.day.push_back(lastDay);
        read.customer.push_back(m_customerIndex.find(q, 3));
        read.channel.push_back(channels.code(q.utf8(4)));
        read.location.push_back(locations.code(q.utf8(5)));
        read.salesperson.push_back(m_salespeople.code(q.utf8(6)));
        read.campaign.push_back(m_campaignIndex.find(q, 7));
        if (!tick())
            return false;
    }
    std::vector<int> sorted(m_orderIds.size());
    std::iota(sorted.begin(), sorted.end(), 0);
    std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
        return read.day[a] != read.day[b] ? read.day[a] < read.day[b]
                                          : read.number.view(a) < read.number.view(b);
    });
    m_orderPlace.resize(sorted.size());
    for (std::size_t k = 0; k < sorted.size(); ++k)
        m_orderPlace[static_cast<std::size_t>(sorted[k])] = static_cast<int>(k);
    OrderFacts& o = m_facts->orders;
    auto place = [&](auto& from, auto& to) {
        to.resize(from.size());
        for (std::size_t i = 0; i < from.size(); ++i)
            to[static_cast<std::size_t>(m_orderPlace[i])] = std::move(from[i]);
        from = {};
    };
    o.number.reserve(sorted.size(), static_cast<size_t>(m_orderRows) * 16);
    for (int k : sorted)
        o.number.push_back(read.number.view(k));
    read.number = {};
    place(read.day, o.day);
    place(read.customer, o.customer);
    place(read.channel, o.channel);
    place(read.location, o.location);
    place(read.salesperson, o.salesperson);
    place(read.campaign, o.campaign);
    return true;
}

// The position of a counted order's id in m_orderIds, or kNone for an order that does not count.
// Lines are read in table order, which is nearly always order id order, so the previous answer
// (hint) and its successor are tried before a binary search.
int Loader::orderRank(qint64 id, std::size_t& hint) const {
    const std::vector<qint64>& ids = m_orderIds;
    const std::size_t n = ids.size();
    if (hint < n && ids[hint] == id)
        return static_cast<int>(hint);
    if (hint + 1 < n && ids[hint + 1] == id)
        return static_cast<int>(++hint);
    if (hint < n && ids[hint] < id && (hint + 1 == n || id < ids[hint + 1]))
        return kNone; // between two counted orders: a quote, cancelled or returned order
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it == ids.end() || *it != id)
        return kNone;
    hint = static_cast<std::size_t>(it - ids.begin());
    return static_cast<int>(hint);
}

// A plain scan of the table (a third of the work of walking the (order_id, line_no) index);
// grouping and line_no order are restored here.
bool Loader::readLines() {
    sql::Statement q = m_db.prepare("SELECT order_id, line_no, product_id, quantity, "
                                    "unit_price, unit_cost, discount FROM order_line");
    LineFacts read;
    std::vector<int> lineNo;
    reserve(m_lineRows, read.order, read.product, read.quantity, read.revenue, read.cost, lineNo);
    std::size_t hint = 0;
    while (q.step()) {
        const int rank = orderRank(q.int64(0), hint);
        if (!tick())
            return false;
        if (rank == kNone)
            continue;
        const qint64 quantity = q.int64(3);
        read.order.push_back(m_orderPlace[static_cast<std::size_t>(rank)]);
        lineNo.push_back(q.integer(1));
        read.product.push_back(m_productIndex.find(q.int64(2)));
        read.quantity.push_back(quantity);
        read.revenue.push_back(quantity * q.int64(4) - q.int64(6));
        read.cost.push_back(quantity * q.int64(5));
    }
    groupLines(read, lineNo);
    return true;
}

// Counting sort by order (stable, so table order inside an order), then line_no order inside
// any order whose lines the table held in another order.
void Loader::groupLines(LineFacts& read, const std::vector<int>& lineNo) {
    OrderFacts& orders = m_facts->orders;
    std::vector<int>& first = orders.firstLine;
    first.assign(static_cast<std::size_t>(orders.size()) + 1, 0);
    for (int order : read.order)
        ++first[static_cast<std::size_t>(order) + 1];
    for (std::size_t i = 1; i < first.size(); ++i)
        first[i] += first[i - 1];
    std::vector<int> source(read.order.size()); // the read line that goes to each place
    std::vector<int> next(first.begin(), first.end() - 1);
    for (std::size_t i = 0; i < read.order.size(); ++i)
        source[static_cast<std::size_t>(next[static_cast<std::size_t>(read.order[i])]++)] =
            static_cast<int>(i);
    const auto byLineNo = [&](int a, int b) { return lineNo[a] < lineNo[b]; };
    for (int o = 0; o < orders.size(); ++o) {
        const auto begin = source.begin() + first[o], end = source.begin() + first[o + 1];
        if (!std::is_sorted(begin, end, byLineNo))
            std::sort(begin, end, byLineNo);
    }
    auto gather = [&](auto& column) {
        std::remove_reference_t<decltype(column)> sorted(column.size());
        for (std::size_t k = 0; k < column.size(); ++k)
            sorted[k] = column[static_cast<std::size_t>(source[k])];
        column.swap(sorted);
    };
    gather(read.order);
    gather(read.product);
    gather(read.quantity);
    gather(read.revenue);
    gather(read.cost);
    m_facts->lines = std::move(read);
}

} // namespace

Result<std::shared_ptr<const Facts>> loadFacts(const Database& db, const Progress& progress) {
    try {
        loading::ReadSnapshot snapshot(db);
        return Loader(db, progress).run();
    } catch (...) {
        return describeException(QStringLiteral("reading the shop's history for analysis"));
    }
}

} // namespace clientele::analysis
