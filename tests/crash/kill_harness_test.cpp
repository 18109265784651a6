// Crash-safety proof: a writer is killed with SIGKILL at random moments, again and again; after
// each kill the database must be intact and hold every change the writer reported committed.
#include "common/ids.h"
#include "demo/demo_generator.h"
#include "storage/database.h"
#include "test_paths.h"
#include "test_support.h"

#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace clientele;
using namespace clientele::test;

namespace {

int iterations() {
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("CLIENTELE_KILLS", &ok);
    return ok && n > 0 ? n : 200;
}

struct Committed {
    std::vector<Id> customers, visits;
    std::map<Id, int> orderLines;
    std::map<Id, qint64> lastVersion;
    int total = 0;
};

void parse(const QByteArray& output, Committed& c) {
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 2)
            continue; // a line cut by the kill was never fully reported
        const Id id = f[1].toLongLong();
        if (f[0] == "customer")
            c.customers.push_back(id);
        else if (f[0] == "visit")
            c.visits.push_back(id);
        else if (f[0] == "order" && f.size() == 3)
            c.orderLines[id] = f[2].toInt();
        else if (f[0] == "update" && f.size() == 3)
            c.lastVersion[id] = std::max(c.lastVersion[id], f[2].toLongLong());
        else
            continue;
        ++c.total;
    }
}

// Everything the writer said it committed is there, and the file is sound.
void verify(const QString& path, const Committed& c, int kill) {
    INFO("after kill " << kill);
    auto opened = Database::open(path); // as the next program would: recovers the log
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    Database& db = **opened;
    REQUIRE(sql::queryText(db.handle(), "PRAGMA integrity_check") == QStringLiteral("ok"));
    REQUIRE(sql::queryInt(db.handle(), "SELECT count(*) FROM pragma_foreign_key_check") == 0);
    db.exec("INSERT INTO customer_fts (customer_fts, rank) VALUES ('integrity-check', 1)");
    const auto exists = [&](const char* table, Id id) {
        sql::Statement q = db.prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(QLatin1String(table)));
        q.bind(1, id).step();
        return q.integer(0) == 1;
    };
    for (Id id : c.customers)
        REQUIRE(exists("customer", id));
    for (Id id : c.visits)
        REQUIRE(exists("visit", id));
    sql::Statement lines = db.prepare("SELECT count(*) FROM order_line WHERE order_id = ?");
    for (const auto& [id, n] : c.orderLines) {
        lines.bind(1, id).step();
        REQUIRE(lines.integer(0) == n); // never half an order
        lines.reset();
    }
    sql::Statement notes = db.prepare("SELECT notes FROM customer WHERE id = ?");
    for (const auto& [id, version] : c.lastVersion) {
        REQUIRE(notes.bind(1, id).step());
        REQUIRE(notes.text(0).mid(1).toLongLong() >= version);
        notes.reset();
    }
    // Orders committed without being reported yet must be whole too.
    REQUIRE(sql::queryInt(db.handle(),
                          "SELECT count(*) FROM orders o WHERE NOT EXISTS "
                          "(SELECT 1 FROM order_line l WHERE l.order_id = o.id)") == 0);
}

// A small sales file of its own per import run: kImportOrders orders of three lines each, for
// customers and products that may or may not exist yet (the import creates them).
constexpr int kImportOrders = 200;

QString writeSalesFile(const TempDir& dir, int run) {
    QByteArray csv = "order_number,ordered_at,customer_ref,customer_name,product_sku,"
                     "product_name,quantity,unit_price,unit_cost\r\n";
    for (int o = 0; o < kImportOrders; ++o)
        for (int l = 0; l < 3; ++l)
            csv += QStringLiteral("IMP-%1-%2,2024-06-%3,KILL-C%4,Customer %4,KILL-P%5,Product %5,"
                                  "%6,%7.50,3.25\r\n")
                       .arg(run)
                       .arg(o)
                       .arg(1 + o % 28, 2, 10, QLatin1Char('0'))
                       .arg((run * 7 + o) % 90)
                       .arg((o + l) % 12)
                       .arg(1 + l)
                       .arg(10 + l)
                       .toUtf8();
    const QString path = dir.path(QStringLiteral("sales-%1.csv").arg(run));
    writeFile(path, csv);
    return path;
}

// An import is all or nothing: either every order of the run's file is there with all its
// lines and one batch records it, or none is and no batch does.
bool verifyImport(const QString& path, int run, bool reportedDone) {
    OpenOptions options;
    options.mode = OpenMode::ReadOnly;
    auto db = Database::open(path, options);
    REQUIRE(db.ok());
    sql::Statement q =
        (*db)->prepare("SELECT count(DISTINCT o.id), count(l.id) FROM orders o JOIN order_line l "
                       "ON l.order_id = o.id WHERE o.number LIKE ?");
    q.bind(1, QStringLiteral("IMP-%1-%").arg(run)).step();
    const int orders = q.integer(0), lines = q.integer(1);
    INFO("import run " << run << ": " << orders << " orders, " << lines << " lines");
    REQUIRE((orders == 0 || orders == kImportOrders));
    REQUIRE(lines == orders * 3);
    sql::Statement b = (*db)->prepare("SELECT count(*) FROM import_batch WHERE file LIKE ?");
    b.bind(1, QStringLiteral("%sales-%1.csv").arg(run)).step();
    REQUIRE(b.integer(0) == (orders ? 1 : 0));
    if (reportedDone)
        REQUIRE(orders == kImportOrders);
    return orders != 0;
}

} // namespace

TEST_CASE("killing a writer at random moments loses no committed change and corrupts nothing",
          "[crash]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shop.sqlite"));
    {
        auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
        DemoOptions demo;
        demo.customers = 60;
        demo.orders = 200;
        demo.endDay = dayNumber({2024, 6, 15});
        REQUIRE(generateDemo(*db, demo).ok());
    }
    std::mt19937 random(20240615);
    Committed committed;
    const int kills = iterations();
    int killedMidWrite = 0;
    int imports = 0, importsApplied = 0;
    for (int kill = 1; kill <= kills; ++kill) {
        if (kill % 2 == 0) {
            // Every other writer is clientele-cli importing a small file of its own.
            const QString file = writeSalesFile(dir, kill);
            QProcess import;
            import.start(QStringLiteral(CLIENTELE_TEST_CLI),
                         {QStringLiteral("import"), QStringLiteral("sales"), file,
                          QStringLiteral("--db"), path});
            REQUIRE(import.waitForStarted());
            QThread::msleep(std::uniform_int_distribution<int>(0, 60)(random));
            import.kill();
            REQUIRE(import.waitForFinished(15000));
            const bool done = import.exitStatus() == QProcess::NormalExit && import.exitCode() == 0;
            ++imports;
            importsApplied += verifyImport(path, kill, done) ? 1 : 0;
            verify(path, committed, kill);
            continue;
        }
        QProcess writer;
        writer.start(QStringLiteral(CLIENTELE_TEST_CRASH_WRITER), {path, QString::number(kill)});
        REQUIRE(writer.waitForStarted());
        REQUIRE(writer.waitForReadyRead(15000)); // it is writing
        QThread::msleep(std::uniform_int_distribution<int>(0, 120)(random));
        writer.kill(); // SIGKILL: no chance to finish a transaction or clean up
        REQUIRE(writer.waitForFinished(15000));
        if (writer.exitStatus() == QProcess::CrashExit)
            ++killedMidWrite;
        parse(writer.readAllStandardOutput(), committed);
        verify(path, committed, kill);
    }
    CHECK(killedMidWrite == kills - imports);
    WARN("kills: " << kills << " (" << imports << " of them clientele-cli imports, "
                   << importsApplied << " applied whole, the rest not at all), committed changes "
                   << "verified: " << committed.total);
}
