#pragma once

#include "common/dates.h"
#include "common/money.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace clientele::analysis {

// A day that is not known (no birthday, a campaign without an end).
inline constexpr DayNumber kNoDay = std::numeric_limits<DayNumber>::min();
// An index that points nowhere (an order whose customer was erased, an order of no campaign).
inline constexpr int kNone = -1;

// Small integer codes for text that repeats (category, channel, city, ...). Code 0 is always the
// empty text, so "not set" needs no special case.
class Dictionary {
public:
    Dictionary() { code(QString()); }
    int code(const QString& text) {
        auto it = m_codes.constFind(text);
        if (it != m_codes.constEnd())
            return *it;
        const int next = static_cast<int>(m_texts.size());
        m_texts.push_back(text);
        m_codes.insert(text, next);
        return next;
    }
    // -1 when the text never occurred.
    int find(const QString& text) const { return m_codes.value(text, -1); }
    const QString& text(int code) const { return m_texts[static_cast<size_t>(code)]; }
    int size() const { return static_cast<int>(m_texts.size()); }

private:
    std::vector<QString> m_texts;
    QHash<QString, int> m_codes;
};

// Many short texts (a million order numbers) in one UTF-8 buffer: a QString each would cost
// several times the text itself.
class TextColumn {
public:
    void push_back(std::string_view utf8) {
        m_bytes.append(utf8);
        m_ends.push_back(static_cast<std::uint32_t>(m_bytes.size()));
    }
    void push_back(const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        push_back(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    }
    std::string_view view(int i) const {
        const std::uint32_t begin = i == 0 ? 0 : m_ends[static_cast<size_t>(i) - 1];
        return std::string_view(m_bytes).substr(begin, m_ends[static_cast<size_t>(i)] - begin);
    }
    QString at(int i) const {
        const std::string_view v = view(i);
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    }
    QString back() const { return at(size() - 1); }
    int size() const { return static_cast<int>(m_ends.size()); }
    bool empty() const { return m_ends.empty(); }
    void reserve(size_t texts, size_t bytes) {
        m_ends.reserve(texts);
        m_bytes.reserve(bytes);
    }

private:
    std::string m_bytes;
    std::vector<std::uint32_t> m_ends;
};

enum class CustomerKind : std::uint8_t { Person, Company };
enum class CustomerStatus : std::uint8_t { Lead, Prospect, Active, Lost };

// Every customer; a customer's index is its position. Sorted by ref, so "ties broken by ref
// ascending" is "ties broken by index ascending".
struct CustomerFacts {
    std::vector<qint64> id;
    std::vector<QString> ref;
    std::vector<QString> name;
    std::vector<CustomerKind> kind;
    std::vector<CustomerStatus> status;
    std::vector<int> tier;        // Facts::tiers (the tier stored on the customer, not computed)
    std::vector<int> source;      // Facts::sources
    std::vector<int> region;      // Facts::regions
    std::vector<int> city;        // Facts::cities
    std::vector<int> salesperson; // Facts::salespeople
    std::vector<std::vector<int>> tags; // Facts::tags
    std::vector<DayNumber> birthday;    // kNoDay when unknown
    std::vector<DayNumber> createdOn;   // day of created_at

    int size() const { return static_cast<int>(ref.size()); }
    // The index of the customer with this ref, kNone when there is none.
    int indexOf(const QString& customerRef) const {
        const auto it = std::lower_bound(ref.begin(), ref.end(), customerRef);
        return it != ref.end() && *it == customerRef ? static_cast<int>(it - ref.begin()) : kNone;
    }
};

// Every product; sorted by sku.
struct ProductFacts {
    std::vector<qint64> id;
    std::vector<QString> sku;
    std::vector<QString> name;
    std::vector<int> category; // Facts::categories
    std::vector<bool> active;

    int size() const { return static_cast<int>(sku.size()); }
};

// Counted orders only (status confirmed, delivered or paid: quotes, cancelled and returned orders
// never count, so they are not loaded). Sorted by (day, number).
struct OrderFacts {
    TextColumn number;
    std::vector<DayNumber> day;
    std::vector<int> customer;    // CustomerFacts index, kNone when the customer was erased
    std::vector<int> channel;     // Facts::channels
    std::vector<int> location;    // Facts::locations
    std::vector<int> salesperson; // Facts::salespeople (the order's own, not the customer's)
    std::vector<int> campaign;    // CampaignFacts index or kNone
    // The lines of order i are [firstLine[i], firstLine[i + 1]); size() + 1 entries.
    std::vector<int> firstLine{0};

    int size() const { return static_cast<int>(number.size()); }
};

// The lines of the counted orders, grouped by order in OrderFacts order. Money in minor units:
// revenue = quantity x unit_price - discount, cost = quantity x unit_cost (of the day of sale).
struct LineFacts {
    std::vector<int> order;   // OrderFacts index
    std::vector<int> product; // ProductFacts index
    std::vector<qint64> quantity;
    std::vector<Money> revenue;
    std::vector<Money> cost;

    int size() const { return static_cast<int>(order.size()); }
    Money profit(int line) const { return revenue[line] - cost[line]; }
};

struct CampaignFacts {
    std::vector<qint64> id;
    std::vector<QString> code;
    std::vector<QString> name;
    std::vector<Money> cost;
    std::vector<DayNumber> startsOn; // kNoDay when not set
    std::vector<DayNumber> endsOn;   // kNoDay when not set
    std::vector<int> responseWindowDays;
    std::vector<std::vector<int>> members; // CustomerFacts indexes, ascending

    int size() const { return static_cast<int>(code.size()); }
};

enum class Sentiment : std::uint8_t { Like, Dislike, Neutral };

struct PreferenceFacts {
    std::vector<int> customer; // CustomerFacts index
    std::vector<int> category; // Facts::preferenceCategories
    std::vector<int> value;    // Facts::preferenceValues
    std::vector<Sentiment> sentiment;

    int size() const { return static_cast<int>(customer.size()); }
};

// Money spent serving customers, for profitability's cost to serve: visit costs (dated on the
// visit), task costs (on the day the task was done, or its due day while it is open) and
// expenses (on their day). Rows of no cost are left out; in no particular order.
struct ServiceCostFacts {
    std::vector<int> customer; // CustomerFacts index
    std::vector<DayNumber> day;
    std::vector<Money> amount;

    int size() const { return static_cast<int>(customer.size()); }
};

// What every analysis reads: the shop's history in compact columns, loaded once (analysis/
// facts_loader.h) and shared read-only between analyses and threads.
struct Facts {
    QString currency = QStringLiteral("CNY");
    int minorDigits = 2;

    Dictionary categories, channels, locations, salespeople, regions, cities, sources, tiers, tags;
    Dictionary preferenceCategories, preferenceValues;

    CustomerFacts customers;
    ProductFacts products;
    OrderFacts orders;
    LineFacts lines;
    CampaignFacts campaigns;
    PreferenceFacts preferences;
    ServiceCostFacts serviceCosts;
};

} // namespace clientele::analysis
