#include "domain/customer_repository.h"
#include "io/csv_import.h"
#include "maintenance/quick_check.h"
#include "storage/backup.h"
#include "storage/sqlite.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace clientele;
using namespace clientele::test;

namespace {

Customer customer(int n) {
    Customer c;
    c.ref = QStringLiteral("C%1").arg(n);
    c.name = QStringLiteral("Customer %1 %2")
                 .arg(n)
                 .arg(QString(400, u'x')); // big rows fill the disk fast
    return c;
}

bool run(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    return p.waitForFinished() && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A small filesystem of our own (tmpfs); needs root. Unmounted when the test ends.
struct SmallFilesystem {
    QString path;
    bool mounted = false;
    SmallFilesystem(const TempDir& dir, const QString& size) {
        path = dir.path(QStringLiteral("mnt"));
        QDir().mkpath(path);
        mounted = geteuid() == 0 &&
                  run(QStringLiteral("mount"),
                      {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                       QStringLiteral("size=") + size, QStringLiteral("tmpfs"), path});
    }
    ~SmallFilesystem() {
        if (mounted)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), path});
    }
    static bool resize(const QString& mountPoint, const QString& size) {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,size=") + size, mountPoint});
    }
    bool remountReadOnly() {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,ro"), path});
    }
};

} // namespace

TEST_CASE("a full disk refuses the edit clearly, corrupts nothing, and the edit can be retried",
          "[faults]") {
    TempDir dir;
    SmallFilesystem fs(dir, QStringLiteral("2m"));
    if (!fs.mounted) {
        WARN("skipped: mounting a small tmpfs needs root");
        return;
    }
    OpenOptions o;
    o.mode = OpenMode::Create;
    o.clock = &testClock();
    auto opened = Database::open(fs.path + QStringLiteral("/shop.sqlite"), o);
    REQUIRE(opened.ok());
    Database& db = **opened;
    CustomerRepository repo(db);
    // Ballast so that space can be given back afterwards.
    writeFile(fs.path + QStringLiteral("/ballast"), QByteArray(256 * 1024, 'b'));
    int saved = 0;
    Status failure;
    for (int n = 1; n < 100000 && failure.ok(); ++n) {
        auto id = repo.create(customer(n));
        if (id)
            ++saved;
        else
            failure = id.error();
    }
    REQUIRE_FALSE(failure.ok());
    CHECK(failure.error().kind == Error::Kind::Io);
    CHECK(failure.error().message.contains(QStringLiteral("disk is full")));
    CHECK(sql::queryText(db.handle(), "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(sql::queryInt(db.handle(), "SELECT count(*) FROM customer") == saved);
    QFile::remove(fs.path + QStringLiteral("/ballast"));
    CHECK(repo.create(customer(saved + 1)).ok()); // the same edit, retried once there is space
    CHECK(sql::queryInt(db.handle(), "SELECT count(*) FROM customer") == saved + 1);
}

TEST_CASE("a full disk during an import refuses it whole, corrupts nothing, and it can be retried",
          "[faults]") {
    TempDir dir;
    SmallFilesystem fs(dir, QStringLiteral("3m"));
    if (!fs.mounted) {
        WARN("skipped: mounting a small tmpfs needs root");
        return;
    }
    OpenOptions o;
    o.mode = OpenMode::Create;
    o.clock = &testClock();
    auto opened = Database::open(fs.path + QStringLiteral("/shop.sqlite"), o);
    REQUIRE(opened.ok());
    Database& db = **opened;
    // A sales file far larger than the space left; it lives outside the small disk.
    QByteArray csv = "order_number,ordered_at,customer_ref,customer_name,product_sku,quantity,"
                     "unit_price\r\n";
    for (int n = 0; n < 20000; ++n)
        csv += QStringLiteral("SO-%1,2024-03-%2,C%3,Customer %3 %4,P%5,1,9.90\r\n")
                   .arg(n)
                   .arg(1 + n % 28, 2, 10, QLatin1Char('0'))
                   .arg(n % 5000)
                   .arg(QString(40, u'x'))
                   .arg(n % 30)
                   .toUtf8();
    const QString file = dir.path(QStringLiteral("sales.csv"));
    writeFile(file, csv);
    writeFile(fs.path + QStringLiteral("/ballast"), QByteArray(1024 * 1024, 'b'));

    auto full = importCsvFile(db, QStringLiteral("sales"), file, {});
    REQUIRE_FALSE(full.ok());
    CHECK(full.error().message.contains(QStringLiteral("disk is full")));
    CHECK(sql::queryText(db.handle(), "PRAGMA integrity_check") == QStringLiteral("ok"));
    CHECK(sql::queryInt(db.handle(), "SELECT count(*) FROM orders") == 0); // nothing half done
    CHECK(sql::queryInt(db.handle(), "SELECT count(*) FROM import_batch") == 0);

    QFile::remove(fs.path + QStringLiteral("/ballast"));
    SmallFilesystem::resize(fs.path, QStringLiteral("64m"));
    auto retried = importCsvFile(db, QStringLiteral("sales"), file, {});
    REQUIRE(retried.ok());
    CHECK(sql::queryInt(db.handle(), "SELECT count(*) FROM orders") == 20000);
}

TEST_CASE("a database on a read-only disk opens read-only and says so", "[faults]") {
    TempDir dir;
    SmallFilesystem fs(dir, QStringLiteral("4m"));
    if (!fs.mounted) {
        WARN("skipped: mounting a read-only filesystem needs root");
        return;
    }
    {
        OpenOptions o;
        o.mode = OpenMode::Create;
        auto db = Database::open(fs.path + QStringLiteral("/shop.sqlite"), o);
        REQUIRE(db.ok());
        REQUIRE(CustomerRepository(**db).create(customer(1)).ok());
    }
    REQUIRE(fs.remountReadOnly());
    OpenOptions app;
    app.mode = OpenMode::ReadWrite;
    app.readOnlyWhenLocked = true;
    auto db = Database::open(fs.path + QStringLiteral("/shop.sqlite"), app);
    REQUIRE(db.ok());
    CHECK((*db)->isReadOnly());
    CHECK_FALSE((*db)->readOnlyReason().isEmpty());
    CHECK(sql::queryInt((*db)->handle(), "SELECT count(*) FROM customer") == 1);
    auto refused = CustomerRepository(**db).create(customer(2));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("read-only")));
    // The CLI's writers refuse outright instead.
    OpenOptions cli;
    cli.mode = OpenMode::ReadWrite;
    CHECK_FALSE(Database::open(fs.path + QStringLiteral("/shop.sqlite"), cli).ok());
}

TEST_CASE("a database file moved away while open refuses further edits instead of losing them",
          "[faults]") {
    TempDir dir;
    auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
    CustomerRepository repo(*db);
    REQUIRE(repo.create(customer(1)).ok());
    REQUIRE(QFile::rename(db->path(), dir.path(QStringLiteral("moved.sqlite"))));
    auto refused = repo.create(customer(2));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Database);
    CHECK(refused.error().message.contains(QStringLiteral("moved")));
    REQUIRE(QFile::rename(dir.path(QStringLiteral("moved.sqlite")), db->path()));
    CHECK(repo.create(customer(2)).ok()); // back in place: edits work again
    QFile::remove(db->path());
    CHECK_FALSE(repo.create(customer(3)).ok());
}

TEST_CASE("quick check finds a damaged page that opening alone does not notice", "[faults]") {
    TempDir dir;
    qint64 customerPage = 0;
    {
        auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
        CustomerRepository repo(*db);
        for (int n = 1; n <= 300; ++n)
            REQUIRE(repo.create(customer(n)).ok());
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
        // A leaf page of the customer table, from the middle of it: the middle of the file may
        // be an overflow page of a blob (the sync outbox), whose content quick_check never reads.
        customerPage = sql::queryInt(
            db->handle(), "SELECT pageno FROM dbstat WHERE name = 'customer' AND pagetype = "
                          "'leaf' ORDER BY pageno LIMIT 1 OFFSET (SELECT count(*) / 2 FROM "
                          "dbstat WHERE name = 'customer' AND pagetype = 'leaf')");
    }
    const QString copy = dir.path(QStringLiteral("copy.sqlite"));
    REQUIRE(QFile::copy(dir.path(QStringLiteral("shop.sqlite")), copy));
    auto clean = quickCheckFile(copy);
    REQUIRE(clean.ok());
    CHECK(clean->isEmpty());
    // Flip bytes of a table page, not the header or the schema.
    QByteArray bytes = readFile(copy);
    const int page = 4096;
    const int target = static_cast<int>(customerPage - 1) * page;
    for (int i = target + 8; i < target + 200; ++i)
        bytes[i] = static_cast<char>(bytes[i] ^ 0x5A);
    writeFile(copy, bytes);
    OpenOptions o;
    o.mode = OpenMode::ReadOnly;
    CHECK(Database::open(copy, o).ok()); // opening only reads the schema
    auto damaged = quickCheckFile(copy);
    REQUIRE(damaged.ok());
    CHECK_FALSE(damaged->isEmpty());
    CHECK_FALSE(verifyDatabaseFile(copy).ok());
}
