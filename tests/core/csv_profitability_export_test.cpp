// The accountants' customer-profitability report against the same sums made in SQL.
#include "demo/demo_generator.h"
#include "io/csv_export.h"
#include "qt_catch_strings.h"
#include "test_support.h"

#include <QBuffer>
#include <QMap>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

TEST_CASE("customer-profitability exports each buyer's orders, revenue, cost and profit",
          "[export]") {
    TempDir dir;
    auto db = createDatabase(dir);
    DemoOptions demo;
    demo.customers = 120;
    demo.orders = 900;
    demo.endDay = dayNumber({2024, 12, 31});
    REQUIRE(generateDemo(*db, demo).ok());

    ExportOptions options;
    options.from = QStringLiteral("2024-01-01");
    options.to = QStringLiteral("2024-06-30");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    REQUIRE(exportCsv(*db, QStringLiteral("customer-profitability"), out, options).ok());
    const QList<QByteArray> lines = out.data().split('\n');
    REQUIRE(lines.first().trimmed() ==
            "ref,name,orders,revenue,cost,profit,margin,tier,cost_to_serve,net_profit");

    QMap<QString, QString> expected; // ref -> "orders,revenue,cost,profit"
    sql::Statement q = db->prepare(
        "SELECT c.ref, count(DISTINCT o.id), printf('%.2f', sum(l.quantity * l.unit_price - "
        "l.discount) / 100.0), printf('%.2f', sum(l.quantity * l.unit_cost) / 100.0), "
        "printf('%.2f', sum(l.quantity * (l.unit_price - l.unit_cost) - l.discount) / 100.0) "
        "FROM orders o JOIN order_line l ON l.order_id = o.id JOIN customer c ON c.id = "
        "o.customer_id WHERE o.status IN ('confirmed', 'delivered', 'paid') AND "
        "substr(o.ordered_at, 1, 10) BETWEEN '2024-01-01' AND '2024-06-30' GROUP BY c.ref");
    while (q.step())
        expected.insert(q.text(0),
                        QStringList{q.text(1), q.text(2), q.text(3), q.text(4)}.join(u','));
    REQUIRE(expected.size() > 20);
    // Cost to serve: visit costs, task costs (on the day done, else the due day) and expenses of
    // the period, in minor units.
    QMap<QString, qint64> served;
    sql::Statement costs = db->prepare(
        "SELECT c.ref, sum(x.amount) FROM (SELECT customer_id, substr(occurred_at, 1, 10) AS day, "
        "cost AS amount FROM visit UNION ALL SELECT customer_id, substr(coalesce(done_at, due_on), "
        "1, 10), cost FROM task UNION ALL SELECT customer_id, spent_on, amount FROM expense) x "
        "JOIN customer c ON c.id = x.customer_id WHERE x.day BETWEEN '2024-01-01' AND "
        "'2024-06-30' GROUP BY c.ref");
    while (costs.step())
        served.insert(costs.text(0), costs.int64(1));
    const auto minor = [](const QString& money) {
        return qRound64(money.toDouble() * 100); // the export's two decimals, back to cents
    };
    int rows = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(u',');
        REQUIRE(cells.size() >= 8);
        INFO(line.toStdString());
        CHECK(cells.mid(2, 4).join(u',') == expected.value(cells[0]));
        REQUIRE(cells.size() == 10);
        CHECK(minor(cells[8]) == served.value(cells[0], 0));
        CHECK(minor(cells[9]) == minor(cells[5]) - served.value(cells[0], 0));
        ++rows;
    }
    CHECK(rows == expected.size());
    CHECK(std::any_of(served.begin(), served.end(), [](qint64 v) { return v > 0; }));
}

TEST_CASE("customer-profitability takes a period but refuses a bad date", "[export]") {
    TempDir dir;
    auto db = createDatabase(dir);
    ExportOptions options;
    options.from = QStringLiteral("2024-02-30");
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto written = exportCsv(*db, QStringLiteral("customer-profitability"), out, options);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QStringLiteral("--from")));
    CHECK(isDatedExport(QStringLiteral("customer-profitability")));
}
