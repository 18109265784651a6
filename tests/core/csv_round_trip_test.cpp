// Export, import into an empty database, export again: the files are byte for byte the same,
// for every kind, on a demo shop and on the real CDNOW purchases.
#include "csv_import_support.h"
#include "demo/demo_generator.h"
#include "io/import_kind.h"
#include "test_support.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

// Imports each file in the order that satisfies references; orders only complete what the sales
// ledger created.
void importAll(Database& db, const std::map<QString, QByteArray>& files) {
    for (const QString& kind : importKindNames()) {
        ImportOptions options;
        if (kind == QLatin1String("orders"))
            options.onDuplicate = OnDuplicate::Update;
        auto imported = importBytes(db, kind, files.at(kind), options);
        INFO(kind.toStdString() << ": "
                                << (imported ? std::string()
                                             : imported.error().message.toStdString()));
        REQUIRE(imported.ok());
    }
}

QByteArray cdnowAsSales(const QString& path) {
    // cdnowElog.csv: masterid,sampleid,date,cds,sales; one purchase per row, bought as one
    // bundle of that many CDs at the amount paid.
    QByteArray out = "order_number,ordered_at,customer_ref,product_sku,quantity,unit_price,"
                     "product_name,category\n";
    const QList<QByteArray> lines = readFile(path).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> f = lines[i].trimmed().split(',');
        if (f.size() != 5)
            continue;
        const QByteArray date = f[2];
        out += "CD" + QByteArray::number(i).rightJustified(5, '0') + ',' + date.left(4) + '-' +
               date.mid(4, 2) + '-' + date.mid(6, 2) + ",M" + f[0].rightJustified(5, '0') +
               ",BUNDLE-" + f[3] + ",1," + f[4] + ",Bundle of " + f[3] + " CDs,music\n";
    }
    return out;
}

} // namespace

TEST_CASE("every kind survives export, import into an empty database and export byte for byte",
          "[csv-import][csv-round-trip]") {
    TempDir dir;
    auto source = createDatabase(dir, QStringLiteral("source.sqlite"));
    DemoOptions demo;
    demo.customers = 250;
    demo.orders = 1200;
    demo.years = 2;
    demo.seed = 11;
    demo.endDay = dayNumber({2024, 6, 1});
    REQUIRE(generateDemo(*source, demo).ok());

    std::map<QString, QByteArray> files;
    for (const QString& kind : importKindNames()) {
        files[kind] = exportBytes(*source, kind);
        INFO(kind.toStdString());
        CHECK(files[kind].count("\r\n") > 1); // the demo has some of every kind
    }
    auto copy = createDatabase(dir, QStringLiteral("copy.sqlite"));
    importAll(*copy, files);
    for (const QString& kind : exportKindNames()) {
        if (kind == QLatin1String("customer-profitability"))
            continue;
        INFO(kind.toStdString());
        CHECK(exportBytes(*copy, kind) == exportBytes(*source, kind));
    }
}

TEST_CASE("the CDNOW purchases survive the sales ledger's round trip with every cent",
          "[csv-import][csv-round-trip][cdnow]") {
    const QString folder = sharedDataDir(QStringLiteral("cdnow"));
    if (folder.isEmpty())
        return;
    const QByteArray converted =
        cdnowAsSales(QDir(folder).filePath(QStringLiteral("cdnowElog.csv")));
    TempDir dir;
    auto first = createDatabase(dir, QStringLiteral("first.sqlite"));
    auto imported = importBytes(*first, QStringLiteral("sales"), converted);
    REQUIRE(imported.ok());
    // The figures of ../shared/data/cdnow/SOURCE.md.
    CHECK(imported->rows == 6919);
    CHECK(countRows(*first, "customer") == 2357);
    CHECK(sql::queryInt(first->handle(), "SELECT sum(unit_price) FROM order_line") == 24409194);
    CHECK(sql::queryInt(first->handle(), "SELECT min(ordered_at) = '1997-01-01' AND "
                                         "max(ordered_at) = '1998-06-30' FROM orders") == 1);

    const QByteArray exported = exportBytes(*first, QStringLiteral("sales"));
    auto second = createDatabase(dir, QStringLiteral("second.sqlite"));
    REQUIRE(importBytes(*second, QStringLiteral("sales"), exported).ok());
    CHECK(exportBytes(*second, QStringLiteral("sales")) == exported);
    CHECK(exportBytes(*second, QStringLiteral("ledger")) ==
          exportBytes(*first, QStringLiteral("ledger")));
}
