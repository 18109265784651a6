#include "distinct_values.h"

#include "storage/database.h"

namespace clientele {

QStringList distinctCustomerValues(const Database& db, const char* column, int limit) {
    QStringList values;
    sql::Statement q = db.prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM customer WHERE %1 <> '' ORDER BY 1 LIMIT %2")
            .arg(QLatin1String(column))
            .arg(limit));
    while (q.step())
        values << q.text(0);
    return values;
}

} // namespace clientele
