#include "database_check.h"

#include "common/phone.h"
#include "common/text_lists.h"
#include "storage/database.h"
#include "storage/sqlite_error.h"

#include <sqlite3.h>

namespace clientele {

namespace {

void integrity(Database& db, CheckReport& report) {
    sql::Statement q = db.prepare("PRAGMA integrity_check");
    QStringList found;
    while (q.step())
        if (q.text(0) != QLatin1String("ok"))
            found << q.text(0);
    if (found.isEmpty())
        report.passed << QStringLiteral("integrity check");
    for (const QString& f : found)
        report.problems << QStringLiteral("integrity: %1").arg(f);
}

void foreignKeys(Database& db, CheckReport& report) {
    sql::Statement q = db.prepare("PRAGMA foreign_key_check");
    int n = 0;
    while (q.step()) {
        if (++n <= 20)
            report.problems << QStringLiteral("foreign key: %1 row %2 refers to a missing %3")
                                   .arg(q.text(0), q.text(1), q.text(2));
    }
    if (n > 20)
        report.problems << QStringLiteral("foreign key: %1 more").arg(n - 20);
    if (n == 0)
        report.passed << QStringLiteral("foreign keys");
}

void searchIndex(Database& db, CheckReport& report) {
    // FTS5 runs its check as an INSERT, which a read-only connection refuses even though nothing
    // is written; a private read-write connection (SQLite's own locking keeps it safe next to a
    // running app) does it without taking the app's writer lock.
    sqlite3* connection = db.handle();
    sqlite3* own = nullptr;
    if (db.isReadOnly()) {
        if (sqlite3_open_v2(db.path().toUtf8().constData(), &own, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK) {
            sqlite3_close(own);
            report.passed << QStringLiteral("search index (not checked: the file is read-only)");
            return;
        }
        sqlite3_busy_timeout(own, 5000);
        connection = own;
    }
    try {
        // rank = 1 makes FTS5 compare the index with the content table, not only its own structure.
        sql::exec(connection,
                  "INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)");
        report.passed << QStringLiteral("search index");
    } catch (const sql::Exception& e) {
        report.problems << QStringLiteral("search index: does not match the customers (%1)")
                               .arg(QString::fromUtf8(e.what()));
    }
    sqlite3_close(own);
}

void derivedColumns(Database& db, CheckReport& report) {
    sql::Statement q = db.prepare("SELECT ref, phones, phone_digits FROM customer");
    int wrong = 0;
    while (q.step()) {
        QStringList digits;
        for (const QString& phone : splitList(q.text(1)))
            digits << phoneDigits(phone);
        if (digits.join(u' ') != q.text(2) && ++wrong <= 5)
            report.problems << QStringLiteral("customer %1: its phone search column is out of date")
                                   .arg(q.text(0));
    }
    if (wrong == 0)
        report.passed << QStringLiteral("phone search column");
}

void orders(Database& db, CheckReport& report) {
    const auto count = [&](const char* sqlText) { return sql::queryInt(db.handle(), sqlText); };
    const qint64 companiesOfCompanies =
        count("SELECT count(*) FROM customer p JOIN customer c ON c.id = p.company_id "
              "WHERE c.kind <> 'company' OR p.kind = 'company'");
    if (companiesOfCompanies > 0)
        report.problems << QStringLiteral("%1 customers belong to a customer that is not a company")
                               .arg(companiesOfCompanies);
    const qint64 emptyOrders = count("SELECT count(*) FROM orders o WHERE NOT EXISTS "
                                     "(SELECT 1 FROM order_line l WHERE l.order_id = o.id)");
    if (emptyOrders > 0)
        report.problems << QStringLiteral("%1 orders have no lines").arg(emptyOrders);
    const qint64 negativeLines =
        count("SELECT count(*) FROM order_line WHERE discount > quantity * unit_price");
    if (negativeLines > 0)
        report.problems << QStringLiteral("%1 order lines have a discount larger than their amount")
                               .arg(negativeLines);
    if (companiesOfCompanies == 0 && emptyOrders == 0 && negativeLines == 0)
        report.passed << QStringLiteral("orders and companies");
}

} // namespace

Result<CheckReport> checkDatabase(Database& db) {
    CheckReport report;
    try {
        integrity(db, report);
        foreignKeys(db, report);
        searchIndex(db, report);
        derivedColumns(db, report);
        orders(db, report);
    } catch (...) {
        return describeException(QStringLiteral("checking %1").arg(db.path()));
    }
    return report;
}

} // namespace clientele
