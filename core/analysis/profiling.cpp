#include "profiling.h"

#include <QHash>

#include <algorithm>

namespace clientele::analysis {

namespace {

// Entries by customers descending, then key ascending.
void sortEntries(std::vector<CountEntry>& entries) {
    std::sort(entries.begin(), entries.end(), [](const CountEntry& a, const CountEntry& b) {
        return a.customers != b.customers ? a.customers > b.customers : a.key < b.key;
    });
}

// Customers per code of a Dictionary attribute; codes nobody has are left out.
CountTable byCode(const QString& dimension, const std::vector<int>& codes,
                  const Dictionary& dictionary) {
    std::vector<int> count(static_cast<std::size_t>(dictionary.size()), 0);
    for (int code : codes)
        ++count[code];
    CountTable t{dimension, {}};
    for (int code = 0; code < dictionary.size(); ++code)
        if (count[code] > 0)
            t.entries.push_back({dictionary.text(code), count[code]});
    sortEntries(t.entries);
    return t;
}

// Every key of a fixed domain, zeros included, in the domain's order.
CountTable byKey(const QString& dimension, const QStringList& domain, const QStringList& keys) {
    CountTable t{dimension, {}};
    for (const QString& key : domain)
        t.entries.push_back({key, static_cast<int>(keys.count(key))});
    return t;
}

CountTable byTag(const Facts& facts) {
    std::vector<int> count(static_cast<std::size_t>(facts.tags.size()), 0);
    for (const std::vector<int>& tags : facts.customers.tags)
        for (int tag : tags)
            ++count[tag];
    CountTable t{QStringLiteral("tag"), {}};
    for (int code = 1; code < facts.tags.size(); ++code)
        if (count[code] > 0)
            t.entries.push_back({facts.tags.text(code), count[code]});
    sortEntries(t.entries);
    return t;
}

std::vector<CountTable> counts(const Facts& facts, const Window& window) {
    const CustomerFacts& c = facts.customers;
    QStringList kinds, statuses, ages;
    const QStringList statusNames = {QStringLiteral("lead"), QStringLiteral("prospect"),
                                     QStringLiteral("active"), QStringLiteral("lost")};
    for (int i = 0; i < c.size(); ++i) {
        kinds << (c.kind[i] == CustomerKind::Company ? QStringLiteral("company")
                                                     : QStringLiteral("person"));
        statuses << statusNames[static_cast<int>(c.status[i])];
        ages << ageBand(c.birthday[i], window.asOf);
    }
    return {
        byKey(QStringLiteral("kind"), {QStringLiteral("person"), QStringLiteral("company")}, kinds),
        byKey(QStringLiteral("status"), statusNames, statuses),
        byCode(QStringLiteral("tier"), c.tier, facts.tiers),
        byCode(QStringLiteral("source"), c.source, facts.sources),
        byCode(QStringLiteral("region"), c.region, facts.regions),
        byCode(QStringLiteral("city"), c.city, facts.cities),
        byCode(QStringLiteral("salesperson"), c.salesperson, facts.salespeople),
        byTag(facts),
        byKey(QStringLiteral("age_band"),
              {QStringLiteral("<25"), QStringLiteral("25-34"), QStringLiteral("35-44"),
               QStringLiteral("45-54"), QStringLiteral("55-64"), QStringLiteral("65+"),
               QStringLiteral("unknown")},
              ages)};
}

std::vector<PreferenceCategory> preferences(const Facts& facts, int top) {
    const PreferenceFacts& p = facts.preferences;
    // (category, value) -> counts; categories in name order.
    std::vector<QHash<int, PreferenceValueCount>> byCategory(
        static_cast<std::size_t>(facts.preferenceCategories.size()));
    for (int i = 0; i < p.size(); ++i) {
        PreferenceValueCount& v = byCategory[p.category[i]][p.value[i]];
        v.value = facts.preferenceValues.text(p.value[i]);
        ++v.customers;
        if (p.sentiment[i] == Sentiment::Like)
            ++v.likes;
        else if (p.sentiment[i] == Sentiment::Dislike)
            ++v.dislikes;
        else
            ++v.neutral;
    }
    std::vector<PreferenceCategory> out;
    for (int category = 0; category < facts.preferenceCategories.size(); ++category) {
        if (byCategory[category].isEmpty())
            continue;
        PreferenceCategory pc{facts.preferenceCategories.text(category), {}};
        for (const PreferenceValueCount& v : byCategory[category])
            pc.values.push_back(v);
        std::sort(pc.values.begin(), pc.values.end(),
                  [](const PreferenceValueCount& a, const PreferenceValueCount& b) {
                      return a.customers != b.customers ? a.customers > b.customers
                                                        : a.value < b.value;
                  });
        if (static_cast<int>(pc.values.size()) > top)
            pc.values.resize(static_cast<std::size_t>(top));
        out.push_back(std::move(pc));
    }
    std::sort(out.begin(), out.end(), [](const PreferenceCategory& a, const PreferenceCategory& b) {
        return a.category < b.category;
    });
    return out;
}

std::vector<SegmentCount> segments(const std::vector<RfmRow>& rfm) {
    std::vector<SegmentCount> out(kSegmentCount);
    for (int s = 0; s < kSegmentCount; ++s)
        out[s].segment = static_cast<Segment>(s);
    for (const RfmRow& row : rfm) {
        SegmentCount& s = out[static_cast<std::size_t>(row.segment)];
        ++s.customers;
        s.revenue += row.monetary;
    }
    return out;
}

} // namespace

QString ageBand(DayNumber birthday, DayNumber asOf) {
    if (birthday == kNoDay || birthday > asOf)
        return QStringLiteral("unknown");
    const Ymd born = civilDate(birthday);
    const Ymd now = civilDate(asOf);
    const bool hadBirthday =
        now.month > born.month || (now.month == born.month && now.day >= born.day);
    const int age = now.year - born.year - (hadBirthday ? 0 : 1);
    if (age < 25)
        return QStringLiteral("<25");
    if (age >= 65)
        return QStringLiteral("65+");
    const int low = 25 + (age - 25) / 10 * 10;
    return QStringLiteral("%1-%2").arg(low).arg(low + 9);
}

ProfilingResult computeProfiling(const Facts& facts, const Window& window,
                                 const ProfilingOptions& options) {
    ProfilingResult r;
    r.customers = facts.customers.size();
    r.counts = counts(facts, window);
    r.preferences = preferences(facts, options.topPreferences);
    r.rfm = computeRfm(facts, window);
    r.segments = segments(r.rfm);
    return r;
}

} // namespace clientele::analysis
