#include "ticket_listing.h"

#include "storage/database.h"
#include "storage/sqlite_error.h"

namespace clientele {

namespace {

const char* const kFrom = " FROM ticket t JOIN customer c ON c.id = t.customer_id "
                          "LEFT JOIN orders o ON o.id = t.order_id";

// The WHERE clause with named parameters; bind() fills those the filter uses.
QString whereSql(const TicketFilter& f) {
    QStringList terms;
    if (!f.statuses.isEmpty()) {
        QStringList names;
        for (int i = 0; i < f.statuses.size(); ++i)
            names << QStringLiteral(":status%1").arg(i);
        terms << QStringLiteral("t.status IN (%1)").arg(names.join(u','));
    }
    if (!f.severity.isEmpty())
        terms << QStringLiteral("t.severity = :severity");
    if (!f.category.isEmpty())
        terms << QStringLiteral("t.category = :category");
    if (!f.text.isEmpty())
        terms << QStringLiteral("(t.subject LIKE :text ESCAPE '\\' OR c.name LIKE :text ESCAPE "
                                "'\\' OR c.ref LIKE :text ESCAPE '\\' OR o.number LIKE :text "
                                "ESCAPE '\\')");
    return terms.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

void bind(sql::Statement& q, const TicketFilter& f) {
    for (int i = 0; i < f.statuses.size(); ++i)
        q.bind(QStringLiteral(":status%1").arg(i).toUtf8().constData(), f.statuses[i]);
    if (!f.severity.isEmpty())
        q.bind(":severity", f.severity);
    if (!f.category.isEmpty())
        q.bind(":category", f.category);
    if (!f.text.isEmpty()) {
        QString escaped = f.text;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        q.bind(":text", u'%' + escaped + u'%');
    }
}

} // namespace

Result<std::vector<TicketRow>> listTickets(Database& db, const TicketFilter& filter, int offset,
                                           int limit) {
    try {
        sql::Statement q = db.prepare(
            QLatin1String(ticketRowSelect()) + whereSql(filter) +
            QStringLiteral(" ORDER BY t.opened_at DESC, t.id DESC LIMIT :limit OFFSET :offset"));
        bind(q, filter);
        q.bind(":limit", limit);
        q.bind(":offset", offset);
        std::vector<TicketRow> rows;
        while (q.step())
            rows.push_back(readTicketRow(q));
        return rows;
    } catch (...) {
        return describeException(QStringLiteral("listing tickets"));
    }
}

Result<int> countTickets(Database& db, const TicketFilter& filter) {
    try {
        sql::Statement q =
            db.prepare(QStringLiteral("SELECT count(*)") + QLatin1String(kFrom) + whereSql(filter));
        bind(q, filter);
        q.step();
        return q.integer(0);
    } catch (...) {
        return describeException(QStringLiteral("counting tickets"));
    }
}

QStringList ticketCategories(Database& db) {
    QStringList out;
    try {
        sql::Statement q = db.prepare("SELECT DISTINCT category FROM ticket WHERE category <> '' "
                                      "ORDER BY category");
        while (q.step())
            out << q.text(0);
    } catch (...) {
        // No choices is a fine answer for a read that failed: the user may still type one.
    }
    return out;
}

} // namespace clientele
