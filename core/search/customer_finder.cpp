#include "customer_finder.h"

#include "common/phone.h"
#include "storage/database.h"
#include "storage/write_transaction.h"

namespace clientele {

namespace {

QString ftsPhrase(const QString& text) {
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

CustomerFinder::Condition CustomerFinder::condition(const QString& typed) {
    const QString text = typed.trimmed();
    Condition c;
    if (looksLikePhone(text)) {
        const QString digits = phoneDigits(text);
        c.match = QStringLiteral("phone_digits : ") + ftsPhrase(digits);
        c.text = digits;
        c.sql = QStringLiteral(
            "c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH :find_match)");
        return c;
    }
    c.text = text;
    if (text.size() >= 3) {
        c.match = ftsPhrase(text);
        // People are also found through the name of the company they belong to.
        c.sql = QStringLiteral(
            "(c.id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH :find_match) "
            "OR c.company_id IN (SELECT rowid FROM customer_fts WHERE customer_fts MATCH "
            ":find_match))");
        return c;
    }
    // Too short for trigrams (a one- or two-character Chinese name): scan the narrow name index
    // (a few MB even for 100,000 customers) rather than the table.
    c.sql = QStringLiteral(
        "c.id IN (SELECT id FROM customer INDEXED BY customer_name WHERE instr(name, "
        ":find_text) > 0 UNION ALL SELECT id FROM customer WHERE ref IN (:find_text, "
        "upper(:find_text)))");
    return c;
}

Result<std::vector<FoundCustomer>> CustomerFinder::find(const QString& text, int limit) const {
    std::vector<FoundCustomer> out;
    const Condition cond = condition(text);
    if (cond.text.isEmpty())
        return out;
    const bool phone = cond.match.startsWith(QLatin1String("phone_digits"));
    QString sqlText;
    if (phone && cond.text.size() < 7) {
        // A short run of digits matches a large share of all numbers; the index hands them out
        // in id order and the first `limit` are as good as any, so nothing is sorted.
        sqlText = QStringLiteral(
            "SELECT c.id, c.ref, c.name, c.phones, coalesce(co.name, '') FROM customer_fts f "
            "JOIN customer c ON c.id = f.rowid LEFT JOIN customer co ON co.id = c.company_id "
            "WHERE customer_fts MATCH :find_match LIMIT :limit");
    } else if (phone) {
        // A near-complete number: whole-number matches first.
        sqlText =
            QStringLiteral(
                "SELECT c.id, c.ref, c.name, c.phones, coalesce(co.name, '') FROM customer c "
                "LEFT JOIN customer co ON co.id = c.company_id WHERE %1 ORDER BY "
                "instr(' ' || c.phone_digits || ' ', ' ' || :find_text || ' ') = 0, c.name_key, "
                "c.id LIMIT :limit")
                .arg(cond.sql);
    } else {
        // Rank: exact ref, name starting with the text, name containing it, anything else.
        sqlText = QStringLiteral(
                      "SELECT c.id, c.ref, c.name, c.phones, coalesce(co.name, '') FROM customer c "
                      "LEFT JOIN customer co ON co.id = c.company_id WHERE %1 "
                      "ORDER BY CASE WHEN c.ref = :find_text COLLATE NOCASE THEN 0 "
                      "WHEN c.name LIKE :find_text || '%' THEN 1 "
                      "WHEN instr(c.name, :find_text) > 0 THEN 2 ELSE 3 END, "
                      "c.name_key, c.id LIMIT :limit")
                      .arg(cond.sql);
    }
    try {
        sql::Statement query = m_db.prepare(sqlText);
        if (query.hasParameter(":find_match"))
            query.bind(":find_match", cond.match);
        if (query.hasParameter(":find_text"))
            query.bind(":find_text", cond.text);
        query.bind(":limit", limit);
        while (query.step())
            out.push_back(
                {query.int64(0), query.text(1), query.text(2), query.text(3), query.text(4)});
    } catch (...) {
        return describeException(QStringLiteral("searching customers"));
    }
    return out;
}

} // namespace clientele
