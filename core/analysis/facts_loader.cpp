#include "facts_loader.h"

#include "common/text_lists.h"
#include "domain/order.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace clientele::analysis {

namespace {

QString toQString(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

// The day of a stored "YYYY-MM-DD[ HH:MM...]" (trusted: written by core); kNoDay when empty.
DayNumber storedDay(std::string_view text) {
    if (text.size() < 10)
        return kNoDay;
    auto number = [&](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    return dayNumber({number(0, 4), number(5, 2), number(8, 2)});
}

// Repeated text becomes a Dictionary code. The UTF-8 bytes are looked up first, so the hot loop
// builds a QString only for text it has not met yet.
class CodeCache {
public:
    explicit CodeCache(Dictionary& dictionary)
        : m_dictionary(dictionary) {}
    int code(std::string_view utf8) {
        if (utf8.empty())
            return 0;
        auto it = m_codes.find(utf8);
        if (it != m_codes.end())
            return it->second;
        const int code = m_dictionary.code(toQString(utf8));
        m_codes.emplace(std::string(utf8), code);
        return code;
    }

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const {
            return std::hash<std::string_view>{}(s);
        }
    };
    Dictionary& m_dictionary;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_codes;
};

using IdMap = std::unordered_map<qint64, int>; // database id -> Facts index

int indexOf(const IdMap& map, const sql::Statement& q, int column) {
    if (q.isNull(column))
        return kNone;
    auto it = map.find(q.int64(column));
    return it == map.end() ? kNone : it->second;
}

// All reads see one snapshot: a deferred read transaction unless the caller already has one.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database& db)
        : m_db(db.handle()) {
        if (sqlite3_get_autocommit(m_db) != 0) {
            sql::exec(m_db, "BEGIN");
            m_began = true;
        }
    }
    ~ReadSnapshot() {
        if (m_began)
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    sqlite3* m_db;
    bool m_began = false;
};

class Loader {
public:
    Loader(const Database& db, const Progress& progress)
        : m_db(db)
        , m_progress(progress) {}

    Result<std::shared_ptr<const Facts>> run() {
        m_facts->currency = m_db.settings().currency;
        m_facts->minorDigits = m_db.settings().minorDigits;
        // An estimate for progress (largest ids are free to read; counting is not).
        m_total =
            sql::queryInt(m_db.handle(), "SELECT coalesce((SELECT max(rowid) FROM customer), 0) + "
                                         "coalesce((SELECT max(rowid) FROM orders), 0) + "
                                         "coalesce((SELECT max(rowid) FROM order_line), 0)");
        m_total = std::max<qint64>(m_total, 1);
        for (bool (Loader::*read)() :
             {&Loader::readCustomers, &Loader::readProducts, &Loader::readCampaigns,
              &Loader::readPreferences, &Loader::readOrders, &Loader::readLines}) {
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
    bool readOrders();
    bool readLines();

    const Database& m_db;
    const Progress& m_progress;
    std::unique_ptr<Facts> m_facts = std::make_unique<Facts>();
    CodeCache m_salespeople{m_facts->salespeople};
    IdMap m_customerIndex, m_productIndex, m_campaignIndex, m_orderIndex;
    qint64 m_done = 0, m_total = 1;
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
    CodeCache tiers(m_facts->tiers), sources(m_facts->sources), regions(m_facts->regions),
        cities(m_facts->cities);
    while (q.step()) {
        m_customerIndex.emplace(q.int64(0), c.size());
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
    return true;
}

bool Loader::readProducts() {
    sql::Statement q =
        m_db.prepare("SELECT id, sku, name, category, active FROM product ORDER BY sku");
    ProductFacts& p = m_facts->products;
    CodeCache categories(m_facts->categories);
    while (q.step()) {
        m_productIndex.emplace(q.int64(0), p.size());
        p.id.push_back(q.int64(0));
        p.sku.push_back(toQString(q.utf8(1)));
        p.name.push_back(toQString(q.utf8(2)));
        p.category.push_back(categories.code(q.utf8(3)));
        p.active.push_back(q.int64(4) != 0);
    }
    return true;
}

bool Loader::readCampaigns() {
    sql::Statement q = m_db.prepare("SELECT id, code, name, cost, starts_on, ends_on, "
                                    "response_window_days FROM campaign ORDER BY code");
    CampaignFacts& c = m_facts->campaigns;
    while (q.step()) {
        m_campaignIndex.emplace(q.int64(0), c.size());
        c.id.push_back(q.int64(0));
        c.code.push_back(toQString(q.utf8(1)));
        c.name.push_back(toQString(q.utf8(2)));
        c.cost.push_back(q.int64(3));
        c.startsOn.push_back(storedDay(q.utf8(4)));
        c.endsOn.push_back(storedDay(q.utf8(5)));
        c.responseWindowDays.push_back(q.integer(6));
    }
    c.members.resize(static_cast<std::size_t>(c.size()));
    sql::Statement m = m_db.prepare("SELECT campaign_id, customer_id FROM campaign_member");
    while (m.step()) {
        const int campaign = indexOf(m_campaignIndex, m, 0);
        const int customer = indexOf(m_customerIndex, m, 1);
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
        const int customer = indexOf(m_customerIndex, q, 0);
        if (customer == kNone)
            continue;
        p.customer.push_back(customer);
        p.category.push_back(categories.code(q.utf8(1)));
        p.value.push_back(values.code(q.utf8(2)));
        p.sentiment.push_back(sentiment(q.utf8(3)));
    }
    return true;
}

// Sorted by day then number, as OrderFacts promises (ordered_at may carry a time of day, which
// must not reorder two orders of one day).
bool Loader::readOrders() {
    const QString sql =
        QStringLiteral("SELECT id, number, ordered_at, customer_id, channel, location, "
                       "salesperson, campaign_id FROM orders WHERE status IN (%1) "
                       "ORDER BY substr(ordered_at, 1, 10), number")
            .arg(order_values::countedStatusesSql());
    sql::Statement q = m_db.prepare(sql);
    OrderFacts& o = m_facts->orders;
    CodeCache channels(m_facts->channels), locations(m_facts->locations);
    std::string lastDate;
    DayNumber lastDay = kNoDay;
    while (q.step()) {
        m_orderIndex.emplace(q.int64(0), o.size());
        o.number.push_back(toQString(q.utf8(1)));
        const std::string_view date = q.utf8(2).substr(0, 10);
        if (date != lastDate) {
            lastDate = date;
            lastDay = storedDay(date);
        }
        o.day.push_back(lastDay);
        o.customer.push_back(indexOf(m_customerIndex, q, 3));
        o.channel.push_back(channels.code(q.utf8(4)));
        o.location.push_back(locations.code(q.utf8(5)));
        o.salesperson.push_back(m_salespeople.code(q.utf8(6)));
        o.campaign.push_back(indexOf(m_campaignIndex, q, 7));
        if (!tick())
            return false;
    }
    return true;
}

// Lines come in id order of their orders; a counting sort by order index then groups them in
// OrderFacts order, keeping line_no order inside each order. Lines of orders that do not count
// find no index and are skipped.
bool Loader::readLines() {
    sql::Statement q = m_db.prepare("SELECT order_id, product_id, quantity, unit_price, "
                                    "unit_cost, discount FROM order_line ORDER BY order_id, "
                                    "line_no");
    LineFacts read;
    std::optional<qint64> lastOrderId;
    int lastOrder = kNone;
    while (q.step()) {
        const qint64 orderId = q.int64(0);
        if (orderId != lastOrderId) {
            auto it = m_orderIndex.find(orderId);
            lastOrderId = orderId;
            lastOrder = it == m_orderIndex.end() ? kNone : it->second;
        }
        if (!tick())
            return false;
        if (lastOrder == kNone)
            continue;
        auto product = m_productIndex.find(q.int64(1));
        const qint64 quantity = q.int64(2);
        read.order.push_back(lastOrder);
        read.product.push_back(product == m_productIndex.end() ? kNone : product->second);
        read.quantity.push_back(quantity);
        read.revenue.push_back(quantity * q.int64(3) - q.int64(5));
        read.cost.push_back(quantity * q.int64(4));
    }
    OrderFacts& orders = m_facts->orders;
    std::vector<int>& first = orders.firstLine;
    first.assign(static_cast<std::size_t>(orders.size()) + 1, 0);
    for (int order : read.order)
        ++first[static_cast<std::size_t>(order) + 1];
    for (std::size_t i = 1; i < first.size(); ++i)
        first[i] += first[i - 1];
    std::vector<int> place(read.order.size());
    std::vector<int> next(first.begin(), first.end() - 1);
    for (std::size_t i = 0; i < read.order.size(); ++i)
        place[i] = next[static_cast<std::size_t>(read.order[i])]++;
    auto permute = [&](auto& column) {
        std::remove_reference_t<decltype(column)> sorted(column.size());
        for (std::size_t i = 0; i < column.size(); ++i)
            sorted[static_cast<std::size_t>(place[i])] = column[i];
        column.swap(sorted);
    };
    permute(read.order);
    permute(read.product);
    permute(read.quantity);
    permute(read.revenue);
    permute(read.cost);
    m_facts->lines = std::move(read);
    return true;
}

} // namespace

Result<std::shared_ptr<const Facts>> loadFacts(const Database& db, const Progress& progress) {
    try {
        ReadSnapshot snapshot(db);
        return Loader(db, progress).run();
    } catch (...) {
        return describeException(QStringLiteral("reading the shop's history for analysis"));
    }
}

} // namespace clientele::analysis
