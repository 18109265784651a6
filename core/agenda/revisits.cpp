#include "revisits.h"

#include "storage/database.h"
#include "storage/sqlite_error.h"

#include <algorithm>

namespace clientele {

const QString& RevisitRules::settingKey() {
    static const QString key = QStringLiteral("revisit_rules");
    return key;
}

Result<std::vector<RevisitRule>> RevisitRules::parse(const QString& text) {
    std::vector<RevisitRule> rules;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.lastIndexOf(QLatin1Char('='));
        const QString tier = part.left(eq).trimmed();
        bool ok = false;
        const int days = part.mid(eq + 1).trimmed().toInt(&ok);
        if (eq <= 0 || tier.isEmpty())
            return Error::invalid(
                QStringLiteral("revisit rule “%1”: expected TIER=DAYS").arg(part.trimmed()));
        if (!ok || days < 1 || days > 3650)
            return Error::invalid(
                QStringLiteral("revisit rule for tier %1: the days must be a whole number "
                               "from 1 to 3650")
                    .arg(tier));
        if (std::any_of(rules.begin(), rules.end(),
                        [&](const RevisitRule& r) { return r.tier == tier; }))
            return Error::invalid(
                QStringLiteral("revisit rules: tier %1 is given twice").arg(tier));
        rules.push_back({tier, days});
    }
    return rules;
}

QString RevisitRules::format(const std::vector<RevisitRule>& rules) {
    QStringList parts;
    for (const RevisitRule& r : rules)
        parts << QStringLiteral("%1=%2").arg(r.tier).arg(r.everyDays);
    return parts.join(QLatin1Char(';'));
}

std::vector<RevisitRule> RevisitRules::read(const Database& db) {
    auto rules = parse(db.setting(settingKey()));
    return rules ? std::move(*rules) : std::vector<RevisitRule>{};
}

Status RevisitRules::save(Database& db, const std::vector<RevisitRule>& rules) {
    return db.setSetting(settingKey(), format(rules));
}

Result<std::vector<RevisitDue>> readRevisitsDue(Database& db, DayNumber today) {
    const std::vector<RevisitRule> rules = RevisitRules::read(db);
    std::vector<RevisitDue> out;
    try {
        // Per tier: the customers' last contact through the visit (customer_id, occurred_at)
        // index, one customer at a time.
        sql::Statement q = db.prepare(QStringLiteral(
            "SELECT c.id, c.ref, c.name, coalesce((SELECT max(v.occurred_at) FROM visit v "
            "WHERE v.customer_id = c.id AND v.kind <> 'message'), '') AS last, c.created_at "
            "FROM customer c WHERE c.tier = :tier AND c.status <> 'lost' "
            "AND NOT EXISTS (SELECT 1 FROM task t WHERE t.customer_id = c.id "
            "AND t.kind = 'revisit' AND t.done_at IS NULL)"));
        for (const RevisitRule& rule : rules) {
            q.reset();
            q.bind(":tier", rule.tier);
            while (q.step()) {
                const QString last = q.text(3);
                RevisitDue due;
                due.everContacted = !last.isEmpty();
                due.lastContact = dayOfStoredDate(due.everContacted ? last : q.text(4));
                due.daysOverdue = today - (due.lastContact + rule.everyDays);
                if (due.daysOverdue < 0)
                    continue;
                due.customer = {q.int64(0), q.text(1), q.text(2)};
                due.tier = rule.tier;
                out.push_back(std::move(due));
            }
        }
    } catch (...) {
        return describeException(QStringLiteral("%1: reading the revisits due").arg(db.path()));
    }
    std::sort(out.begin(), out.end(), [](const RevisitDue& a, const RevisitDue& b) {
        return a.daysOverdue != b.daysOverdue ? a.daysOverdue > b.daysOverdue
                                              : a.customer.id < b.customer.id;
    });
    return out;
}

} // namespace clientele
