// Cost of change recording and of packets between copies:
// - demo generation (one large write transaction) with and without the change recorder;
// - a week of a salesperson's work (500 visits, 300 orders, 200 customer edits, each saved on
//   its own) exported from a laptop's copy and applied to the shop's;
// - one packet of a very large transaction (a demo shop generated on one copy) applied.
//
//   clientele_sync_bench [--work DIR] [--customers N] [--orders N]
#include "demo/demo_generator.h"
#include "domain/customer_repository.h"
#include "domain/order_repository.h"
#include "domain/visit_repository.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "sync/change_recorder.h"
#include "sync/sync_exchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <random>

using namespace clientele;

namespace {

std::unique_ptr<Database> openOrDie(const QString& path, OpenMode mode) {
    OpenOptions options;
    options.mode = mode;
    auto db = Database::open(path, options);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return std::move(*db);
}

void orDie(const Status& s) {
    if (!s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().message));
        std::exit(1);
    }
}

double demoSeconds(const QString& path, const DemoOptions& options, bool recorded) {
    QFile::remove(path);
    auto db = openOrDie(path, OpenMode::Create);
    if (!recorded)
        db->removeTransactionObserver(sync::ChangeRecorder::of(*db));
    QElapsedTimer timer;
    timer.start();
    auto made = generateDemo(*db, options);
    if (!made)
        orDie(made.error());
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

std::vector<Id> ids(Database& db, const char* sql) {
    std::vector<Id> out;
    sql::Statement q(db.handle(), sql);
    while (q.step())
        out.push_back(q.int64(0));
    return out;
}

void aWeekOfWork(Database& db) {
    std::mt19937_64 rng(7);
    const std::vector<Id> customers = ids(db, "SELECT id FROM customer ORDER BY id");
    const std::vector<Id> products = ids(db, "SELECT id FROM product WHERE active ORDER BY id");
    for (int i = 0; i < 500; ++i) {
        Visit v;
        v.customerId = customers[rng() % customers.size()];
        v.occurredAt = QStringLiteral("2024-06-1%1 10:00:00").arg(rng() % 7);
        v.subject = QStringLiteral("visit %1").arg(i);
        v.notes = QStringLiteral("talked about the new season");
        auto made = VisitRepository(db).create(v);
        if (!made)
            orDie(made.error());
    }
    for (int i = 0; i < 300; ++i) {
        Order o;
        o.number = QStringLiteral("WEEK-%1").arg(i);
        o.orderedAt = QStringLiteral("2024-06-1%1 11:00:00").arg(rng() % 7);
        o.customerId = customers[rng() % customers.size()];
        for (int l = 0; l < 3; ++l) {
            OrderLine line;
            line.productId = products[rng() % products.size()];
            line.quantity = 1 + static_cast<qint64>(rng() % 4);
            line.unitPrice = 1000;
            o.lines.push_back(line);
        }
        auto made = OrderRepository(db).create(o);
        if (!made)
            orDie(made.error());
    }
    CustomerRepository repo(db);
    for (int i = 0; i < 200; ++i) {
        auto c = repo.get(customers[rng() % customers.size()]);
        if (!c)
            orDie(c.error());
        c->notes = QStringLiteral("called back on day %1").arg(i);
        orDie(repo.update(*c));
    }
}

double timed(const std::function<void()>& work) {
    QElapsedTimer timer;
    timer.start();
    work();
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

void exchange(const char* what, Database& from, Database& to, const QString& toName,
              const QString& packet) {
    sync::ExportOutcome written;
    const double exportSeconds = timed([&] {
        auto w = sync::exportPacket(from, toName, packet);
        if (!w)
            orDie(w.error());
        written = *w;
    });
    sync::ImportOutcome applied;
    const double importSeconds = timed([&] {
        auto i = sync::importPacket(to, packet);
        if (!i)
            orDie(i.error());
        applied = *i;
    });
    std::printf("%s: %lld changesets, %lld row changes, packet %.1f MB; export %.2f s, "
                "import %.2f s (%.0f row changes/s)\n",
                what, static_cast<long long>(written.changesets),
                static_cast<long long>(applied.rows), static_cast<double>(written.bytes) / 1e6,
                exportSeconds, importSeconds, static_cast<double>(applied.rows) / importSeconds);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, const QString& fallback) {
        const int i = static_cast<int>(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args[i + 1] : fallback;
    };
    QTemporaryDir temp;
    const QString work = option("--work", temp.path());
    QDir().mkpath(work);
    DemoOptions demo;
    demo.customers = option("--customers", QStringLiteral("2000")).toInt();
    demo.orders = option("--orders", QStringLiteral("20000")).toInt();

    const QString plainPath = work + QStringLiteral("/plain.sqlite");
    const double plain = demoSeconds(plainPath, demo, false);
    const double recorded = demoSeconds(work + QStringLiteral("/recorded.sqlite"), demo, true);
    std::printf("demo %d customers, %d orders: %.2f s without recording, %.2f s with "
                "(%+.0f%%)\n",
                demo.customers, demo.orders, plain, recorded, 100.0 * (recorded / plain - 1));

    // The shop's copy and a salesperson's laptop cloned from it.
    const QString shopPath = work + QStringLiteral("/shop.sqlite");
    const QString laptopPath = work + QStringLiteral("/laptop.sqlite");
    QFile::remove(laptopPath);
    QFile::remove(shopPath);
    QFile::copy(plainPath, shopPath);
    auto shop = openOrDie(shopPath, OpenMode::ReadWrite);
    auto cloned = sync::cloneDatabase(*shop, laptopPath, QStringLiteral("laptop"));
    if (!cloned)
        orDie(cloned.error());
    {
        // The same saves on a copy that records nothing, for the cost of recording per save.
        const QString barePath = work + QStringLiteral("/bare.sqlite");
        QFile::remove(barePath);
        QFile::copy(plainPath, barePath);
        auto bare = openOrDie(barePath, OpenMode::ReadWrite);
        bare->removeTransactionObserver(sync::ChangeRecorder::of(*bare));
        const double unrecorded = timed([&] { aWeekOfWork(*bare); });
        std::printf("a week of work (1000 saves) without recording: %.2f s\n", unrecorded);
    }
    auto laptop = openOrDie(laptopPath, OpenMode::ReadWrite);
    const double week = timed([&] { aWeekOfWork(*laptop); });
    std::printf("a week of work (1000 saves) recorded on the laptop: %.2f s\n", week);
    auto shopStatus = sync::syncStatus(*shop);
    if (!shopStatus)
        orDie(shopStatus.error());
    exchange("a week of work", *laptop, *shop, shopStatus->self.name,
             work + QStringLiteral("/week.sync"));

    // One very large transaction: a whole demo shop generated on an empty copy, whose clone
    // then receives it.
    const QString emptyPath = work + QStringLiteral("/empty.sqlite");
    const QString twinPath = work + QStringLiteral("/twin.sqlite");
    QFile::remove(emptyPath);
    QFile::remove(twinPath);
    auto empty = openOrDie(emptyPath, OpenMode::Create);
    if (auto twin = sync::cloneDatabase(*empty, twinPath, QStringLiteral("twin")); !twin)
        orDie(twin.error());
    auto twin = openOrDie(twinPath, OpenMode::ReadWrite);
    if (auto made = generateDemo(*empty, demo); !made)
        orDie(made.error());
    exchange("one large transaction", *empty, *twin, QStringLiteral("twin"),
             work + QStringLiteral("/big.sync"));
    return 0;
}
