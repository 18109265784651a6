#include "caller_lookup.h"

#include "common/phone.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

#include <QStringList>

namespace clientele {

namespace {

constexpr int kShortestSuffix = 7;

// 0 = the same number, 1 = the same but for a prefix, -1 = another number.
int closeness(const QString& stored, const QString& caller) {
    if (stored == caller)
        return 0;
    const QString& shorter = stored.size() < caller.size() ? stored : caller;
    const QString& longer = stored.size() < caller.size() ? caller : stored;
    if (shorter.size() >= kShortestSuffix && longer.endsWith(shorter))
        return 1;
    return -1;
}

} // namespace

QString callerDigits(const QString& number) {
    QString text = number.trimmed();
    if (text.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        text = text.mid(4);
    const qsizetype parameters = text.indexOf(u';'); // tel:+86...;phone-context=...
    if (parameters >= 0)
        text.truncate(parameters);
    return phoneDigits(text);
}

Result<std::vector<Id>> lookUpCaller(const Database& db, const QString& number) {
    const QString digits = callerDigits(number);
    if (digits.size() < 3)
        return Error::invalid(QStringLiteral("\"%1\" is not a phone number").arg(number));
    try {
        // The last 7 digits narrow the search through the trigram index; closeness decides.
        const QString tail = digits.right(kShortestSuffix);
        sql::Statement q = db.prepare(
            "SELECT c.id, c.phone_digits FROM customer_fts f JOIN customer c ON c.id = f.rowid "
            "WHERE customer_fts MATCH :match ORDER BY c.id");
        q.bind(":match", QStringLiteral("phone_digits : \"%1\"").arg(tail));
        std::vector<Id> exact, close;
        while (q.step()) {
            int best = -1;
            for (const QString& stored : q.text(1).split(u' ', Qt::SkipEmptyParts)) {
                const int c = closeness(stored, digits);
                if (c >= 0 && (best < 0 || c < best))
                    best = c;
            }
            if (best == 0)
                exact.push_back(q.int64(0));
            else if (best == 1)
                close.push_back(q.int64(0));
        }
        exact.insert(exact.end(), close.begin(), close.end());
        return exact;
    } catch (...) {
        return describeException(QStringLiteral("looking up the caller"));
    }
}

} // namespace clientele
