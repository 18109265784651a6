#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

// One generated shop for all the tests of this file (made on first use).
const QString& shopPath() {
    static TempDir dir;
    static const QString path = [] {
        const QString p = dir.path(QStringLiteral("shop.sqlite"));
        const CliResult made =
            runCli({QStringLiteral("demo"), QStringLiteral("--db"), p,
                    QStringLiteral("--customers"), QStringLiteral("60"), QStringLiteral("--orders"),
                    QStringLiteral("400"), QStringLiteral("--end"), QStringLiteral("2024-06-15")});
        REQUIRE(made.exitCode == 0);
        return p;
    }();
    return path;
}

CliResult analyze(QStringList args) {
    args.prepend(QStringLiteral("analyze"));
    args << QStringLiteral("--db") << shopPath();
    return runCli(args);
}

QJsonObject jsonOf(const CliResult& result) {
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    return doc.object();
}

void checkKeys(const QJsonObject& json, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        INFO(key);
        CHECK(json.contains(QString::fromLatin1(key)));
    }
}

} // namespace

TEST_CASE("clientele-cli analyze profitability prints the spec's JSON", "[cli][analyze]") {
    const QJsonObject json =
        jsonOf(analyze({QStringLiteral("profitability"), QStringLiteral("--as-of"),
                        QStringLiteral("2024-06-15")}));
    checkKeys(json, {"analysis", "as_of", "from", "to", "currency", "totals", "customers", "pareto",
                     "by_month"});
    CHECK(json[QStringLiteral("analysis")].toString() == QStringLiteral("profitability"));
    CHECK(json[QStringLiteral("as_of")].toString() == QStringLiteral("2024-06-15"));
    CHECK(json[QStringLiteral("currency")].toString() == QStringLiteral("CNY"));
    checkKeys(json[QStringLiteral("totals")].toObject(),
              {"revenue", "cost", "profit", "margin", "customers"});
    checkKeys(json[QStringLiteral("pareto")].toObject(),
              {"top20_profit_share", "customers_for_80pct", "customers_for_80pct_share", "curve"});
    CHECK(json[QStringLiteral("totals")].toObject()[QStringLiteral("customers")].toInt() > 0);
}

TEST_CASE("clientele-cli analyze respects --as-of, --from and --to", "[cli][analyze]") {
    const QJsonObject json = jsonOf(analyze(
        {QStringLiteral("profitability"), QStringLiteral("--as-of"), QStringLiteral("2024-01-31"),
         QStringLiteral("--from"), QStringLiteral("2023-11-01")}));
    CHECK(json[QStringLiteral("as_of")].toString() == QStringLiteral("2024-01-31"));
    CHECK(json[QStringLiteral("from")].toString() == QStringLiteral("2023-11-01"));
    CHECK(json[QStringLiteral("to")].toString() == QStringLiteral("2024-01-31"));
    const QJsonArray months = json[QStringLiteral("by_month")].toArray();
    REQUIRE(months.size() == 3);
    CHECK(months[0].toObject()[QStringLiteral("month")].toString() == QStringLiteral("2023-11"));
    CHECK(months[2].toObject()[QStringLiteral("month")].toString() == QStringLiteral("2024-01"));
}

TEST_CASE("clientele-cli analyze --format csv prints the main table with a header",
          "[cli][analyze]") {
    const CliResult result =
        analyze({QStringLiteral("profitability"), QStringLiteral("--as-of"),
                 QStringLiteral("2024-06-15"), QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QStringLiteral("\r\n"));
    CHECK(lines.first() == QStringLiteral("ref,name,orders,revenue,cost,profit,margin,tier,"
                                          "cost_to_serve,net_profit"));
    CHECK(lines.size() > 10);
}

TEST_CASE("clientele-cli analyze --format text prints a summary", "[cli][analyze]") {
    const CliResult result =
        analyze({QStringLiteral("profitability"), QStringLiteral("--as-of"),
                 QStringLiteral("2024-06-15"), QStringLiteral("--format"), QStringLiteral("text")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("Profitability ")));
}

TEST_CASE("clientele-cli analyze refuses a bad date naming the option", "[cli][analyze]") {
    const CliResult badAsOf = analyze(
        {QStringLiteral("profitability"), QStringLiteral("--as-of"), QStringLiteral("2024-02-30")});
    CHECK(badAsOf.exitCode == 2);
    CHECK(badAsOf.err.contains(QStringLiteral("--as-of")));
    const CliResult badFrom = analyze(
        {QStringLiteral("profitability"), QStringLiteral("--from"), QStringLiteral("yesterday")});
    CHECK(badFrom.exitCode == 2);
    CHECK(badFrom.err.contains(QStringLiteral("--from")));
    const CliResult inverted = analyze({QStringLiteral("profitability"), QStringLiteral("--from"),
                                        QStringLiteral("2024-05-01"), QStringLiteral("--to"),
                                        QStringLiteral("2024-04-01")});
    CHECK(inverted.exitCode == 2);
}

TEST_CASE("clientele-cli analyze refuses unknown analyses, options and formats", "[cli][analyze]") {
    const CliResult unknown = analyze({QStringLiteral("pricing")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown analysis \"pricing\"")));
    CHECK(analyze({QStringLiteral("profitability"), QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(analyze(
              {QStringLiteral("profitability"), QStringLiteral("--format"), QStringLiteral("xml")})
              .exitCode == 2);
    CHECK(analyze({}).exitCode == 2);
    CHECK(analyze({QStringLiteral("all"), QStringLiteral("--format"), QStringLiteral("csv")})
              .exitCode == 2);
}

TEST_CASE("clientele-cli analyze exits 3 when the database cannot be used", "[cli][analyze]") {
    TempDir dir;
    const CliResult missing =
        runCli({QStringLiteral("analyze"), QStringLiteral("profitability"), QStringLiteral("--db"),
                dir.path(QStringLiteral("none.sqlite"))});
    CHECK(missing.exitCode == 3);
    writeFile(dir.path(QStringLiteral("junk.sqlite")), QByteArray(4096, 'x'));
    CHECK(runCli({QStringLiteral("analyze"), QStringLiteral("profitability"),
                  QStringLiteral("--db"), dir.path(QStringLiteral("junk.sqlite"))})
              .exitCode == 3);
}

TEST_CASE("clientele-cli analyze all prints every analysis keyed by name", "[cli][analyze]") {
    const QJsonObject json = jsonOf(
        analyze({QStringLiteral("all"), QStringLiteral("--as-of"), QStringLiteral("2024-06-15")}));
    checkKeys(json, {"profiling", "persistency", "profitability"});
    for (const QString& name : json.keys()) {
        INFO(name.toStdString());
        CHECK(json[name].toObject()[QStringLiteral("analysis")].toString() == name);
        CHECK(json[name].toObject()[QStringLiteral("as_of")].toString() ==
              QStringLiteral("2024-06-15"));
    }
}

TEST_CASE("clientele-cli analyze persistency takes --lapse-days and --risk-factor",
          "[cli][analyze]") {
    const QJsonObject json = jsonOf(analyze(
        {QStringLiteral("persistency"), QStringLiteral("--as-of"), QStringLiteral("2024-06-15")}));
    checkKeys(json, {"analysis", "as_of", "from", "to", "currency", "repeat_rate", "customers",
                     "cohorts", "status_counts"});
    const int customers = json[QStringLiteral("customers")].toArray().size();
    REQUIRE(customers > 0);
    // With lapse after 10000 days nobody is lapsed; with a risk factor of 1000 nobody is at risk
    // either (the demo's history is three years long).
    const QJsonObject lenient = jsonOf(analyze(
        {QStringLiteral("persistency"), QStringLiteral("--as-of"), QStringLiteral("2024-06-15"),
         QStringLiteral("--lapse-days"), QStringLiteral("10000"), QStringLiteral("--risk-factor"),
         QStringLiteral("1000")}));
    const QJsonObject counts = lenient[QStringLiteral("status_counts")].toObject();
    CHECK(counts[QStringLiteral("active")].toInt() == customers);
    CHECK(counts[QStringLiteral("lapsed")].toInt() == 0);
    CHECK(analyze({QStringLiteral("persistency"), QStringLiteral("--risk-factor"),
                   QStringLiteral("-1")})
              .exitCode == 2);
    const CliResult foreign = analyze(
        {QStringLiteral("profitability"), QStringLiteral("--lapse-days"), QStringLiteral("30")});
    CHECK(foreign.exitCode == 2);
    CHECK(foreign.err.contains(QStringLiteral("--lapse-days")));
}

TEST_CASE("clientele-cli analyze profiling prints counts, RFM and segments", "[cli][analyze]") {
    const QJsonObject json = jsonOf(analyze(
        {QStringLiteral("profiling"), QStringLiteral("--as-of"), QStringLiteral("2024-06-15")}));
    checkKeys(json, {"analysis", "as_of", "from", "to", "currency", "rfm", "segments", "counts"});
    checkKeys(
        json[QStringLiteral("counts")].toObject(),
        {"kind", "status", "tier", "source", "region", "city", "salesperson", "tag", "age_band"});
    CHECK(json[QStringLiteral("segments")].toArray().size() == 9);
    const QJsonArray rfm = json[QStringLiteral("rfm")].toArray();
    REQUIRE_FALSE(rfm.isEmpty());
    checkKeys(rfm[0].toObject(),
              {"ref", "name", "recency_days", "frequency", "monetary", "r", "f", "m", "segment"});
}

TEST_CASE("clientele-cli analyze profiling --customer shows one customer's value",
          "[cli][analyze]") {
    const QJsonObject all = jsonOf(analyze(
        {QStringLiteral("profiling"), QStringLiteral("--as-of"), QStringLiteral("2024-06-15")}));
    const QJsonObject first = all[QStringLiteral("rfm")].toArray()[0].toObject();
    const QString ref = first[QStringLiteral("ref")].toString();
    const QJsonObject one =
        jsonOf(analyze({QStringLiteral("profiling"), QStringLiteral("--as-of"),
                        QStringLiteral("2024-06-15"), QStringLiteral("--customer"), ref}));
    const QJsonObject customer = one[QStringLiteral("customer")].toObject();
    CHECK(customer[QStringLiteral("ref")].toString() == ref);
    CHECK(customer[QStringLiteral("segment")] == first[QStringLiteral("segment")]);
    CHECK(customer[QStringLiteral("r")] == first[QStringLiteral("r")]);
    checkKeys(customer, {"tier", "profit", "status", "days_since_last"});
    const CliResult unknown = analyze(
        {QStringLiteral("profiling"), QStringLiteral("--customer"), QStringLiteral("NO-SUCH-REF")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QStringLiteral("NO-SUCH-REF")));
}
