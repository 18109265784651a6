// clientele-cli and the cost of serving customers: visits, tasks and expenses imported with
// their costs, profitability ranked by profit or net profit, and the export's added columns.
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

void importFile(const TempDir& dir, const QString& db, const char* kind, const QByteArray& csv) {
    const QString file = dir.path(QLatin1String(kind) + QStringLiteral(".csv"));
    writeFile(file, csv);
    const CliResult imported =
        runCli({QStringLiteral("import"), QLatin1String(kind), file, QStringLiteral("--db"), db});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
}

// Window 2024-01-01 .. 2024-12-31:
//   A bought 1 x 100.00 at a cost of 40.00: profit 60.00. Served: a visit of 5.00 and a task
//     done on 2024-04-02 of 3.00 = 8.00 (a visit of 99.00 in 2023 is before the window);
//     net 52.00.
//   B bought 2 x 50.00 at 40.00: revenue 100.00, cost 80.00, profit 20.00. Served: a visit of
//     12.00 and an expense of 15.00 = 27.00 (an open task due in 2025 is after it); net -7.00.
QString servedShop(const TempDir& dir) {
    const QString db = dir.path(QStringLiteral("shop.sqlite"));
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode == 0);
    importFile(dir, db, "sales",
               "order_number,ordered_at,customer_ref,customer_name,product_sku,quantity,"
               "unit_price,unit_cost\n"
               "A-1,2024-03-01,A,Ann,T,1,100,40\n"
               "B-1,2024-03-05,B,Bo,T,2,50,40\n");
    importFile(dir, db, "visits",
               "customer_ref,occurred_at,kind,cost\n"
               "A,2024-03-02 10:00,visit,5\n"
               "B,2024-01-10 15:00,visit,12\n"
               "A,2023-12-01 09:00,visit,99\n");
    importFile(dir, db, "tasks",
               "title,due_on,customer_ref,done_at,cost\n"
               "Deliver samples,2024-04-01,A,2024-04-02 11:00,3\n"
               "Bring the new catalogue,2025-01-05,B,,50\n");
    importFile(dir, db, "expenses",
               "customer_ref,spent_on,amount,category\n"
               "B,2024-06-01,15,gifts\n");
    return db;
}

QStringList period(const QString& db) {
    return {QStringLiteral("--db"),    db,
            QStringLiteral("--from"),  QStringLiteral("2024-01-01"),
            QStringLiteral("--to"),    QStringLiteral("2024-12-31"),
            QStringLiteral("--as-of"), QStringLiteral("2024-12-31")};
}

QJsonObject profitability(const QString& db, const QStringList& more) {
    const CliResult r =
        runCli(QStringList{QStringLiteral("analyze"), QStringLiteral("profitability")} +
               period(db) + more);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QString refsAndTiers(const QJsonObject& json) {
    QStringList out;
    for (const QJsonValue& v : json[QStringLiteral("customers")].toArray())
        out << v[QStringLiteral("ref")].toString() + u':' + v[QStringLiteral("tier")].toString();
    return out.join(u' ');
}

} // namespace

TEST_CASE("clientele-cli analyze profitability ranks by profit or by net profit after the cost "
          "to serve",
          "[cli][analyze][cost-to-serve]") {
    TempDir dir;
    const QString db = servedShop(dir);

    const QJsonObject byProfit = profitability(db, {});
    CHECK(byProfit[QStringLiteral("measure")].toString() == QStringLiteral("profit"));
    // Profit 60 and 20 of 80: B has 60 / 80 = 0.75 before it, under 0.8, so both are A.
    CHECK(refsAndTiers(byProfit) == QStringLiteral("A:A B:A"));
    const QJsonObject a = byProfit[QStringLiteral("customers")].toArray()[0].toObject();
    CHECK(a[QStringLiteral("profit")].toDouble() == 60.0);
    CHECK(a[QStringLiteral("cost_to_serve")].toDouble() == 8.0);
    CHECK(a[QStringLiteral("net_profit")].toDouble() == 52.0);
    const QJsonObject totals = byProfit[QStringLiteral("totals")].toObject();
    CHECK(totals[QStringLiteral("cost_to_serve")].toDouble() == 35.0); // 8 + 27
    CHECK(totals[QStringLiteral("net_profit")].toDouble() == 45.0);    // 80 - 35

    const QJsonObject byNet =
        profitability(db, {QStringLiteral("--measure"), QStringLiteral("net_profit")});
    CHECK(byNet[QStringLiteral("measure")].toString() == QStringLiteral("net_profit"));
    // Net 52 and -7: B loses money once served, tier C.
    CHECK(refsAndTiers(byNet) == QStringLiteral("A:A B:C"));
    const QJsonObject b = byNet[QStringLiteral("customers")].toArray()[1].toObject();
    CHECK(b[QStringLiteral("cost_to_serve")].toDouble() == 27.0);
    CHECK(b[QStringLiteral("net_profit")].toDouble() == -7.0);
    // Pareto on the net total 52 - 7 = 45: the first customer (ceil(0.2 x 2) = 1) has 52 / 45.
    const QJsonObject pareto = byNet[QStringLiteral("pareto")].toObject();
    CHECK(pareto[QStringLiteral("top20_profit_share")].toDouble() == Approx(52.0 / 45.0));
    CHECK(pareto[QStringLiteral("customers_for_80pct")].toInt() == 1);

    const CliResult csv = runCli(
        QStringList{QStringLiteral("analyze"), QStringLiteral("profitability")} + period(db) +
        QStringList{QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--measure"),
                    QStringLiteral("net_profit")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.split(QStringLiteral("\r\n")).mid(0, 3) ==
          QStringList{QStringLiteral("ref,name,orders,revenue,cost,profit,margin,tier,"
                                     "cost_to_serve,net_profit"),
                      QStringLiteral("A,Ann,1,100.00,40.00,60.00,0.6,A,8.00,52.00"),
                      QStringLiteral("B,Bo,1,100.00,80.00,20.00,0.2,C,27.00,-7.00")});

    const CliResult bad =
        runCli(QStringList{QStringLiteral("analyze"), QStringLiteral("profitability")} +
               period(db) + QStringList{QStringLiteral("--measure"), QStringLiteral("revenue")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("--measure: \"revenue\" is not profit or net_profit")));
}

TEST_CASE("clientele-cli export customer-profitability appends the cost to serve and the net "
          "profit",
          "[cli][export][cost-to-serve]") {
    TempDir dir;
    const QString db = servedShop(dir);
    const CliResult exported =
        runCli({QStringLiteral("export"), QStringLiteral("customer-profitability"),
                QStringLiteral("--db"), db, QStringLiteral("--from"), QStringLiteral("2024-01-01"),
                QStringLiteral("--to"), QStringLiteral("2024-12-31")});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.out == QStringLiteral("ref,name,orders,revenue,cost,profit,margin,tier,"
                                         "cost_to_serve,net_profit\r\n"
                                         "A,Ann,1,100.00,40.00,60.00,0.6,A,8.00,52.00\r\n"
                                         "B,Bo,1,100.00,80.00,20.00,0.2,A,27.00,-7.00\r\n"));
}

TEST_CASE("clientele-cli refuses an expense without a customer and writes nothing",
          "[cli][csv-import][cost-to-serve]") {
    TempDir dir;
    const QString db = servedShop(dir);
    const QString file = dir.path(QStringLiteral("more.csv"));
    writeFile(file, "customer_ref,spent_on,amount,category\nA,2024-07-01,8,dinner\n,2024-07-02,9,"
                    "dinner\n");
    const CliResult refused = runCli(
        {QStringLiteral("import"), QStringLiteral("expenses"), file, QStringLiteral("--db"), db});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(file +
                               QStringLiteral(":3: column customer_ref: a value is required")));
    const QJsonObject after = profitability(db, {});
    CHECK(after[QStringLiteral("totals")].toObject()[QStringLiteral("cost_to_serve")].toDouble() ==
          35.0);
}
