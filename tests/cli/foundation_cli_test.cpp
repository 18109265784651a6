#include "domain/customer_repository.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

QByteArray hashOf(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

void addCustomer(Database& db, const QString& ref, const QString& name, const QString& phones) {
    Customer c;
    c.ref = ref;
    c.name = name;
    c.phones = phones;
    REQUIRE(CustomerRepository(db).create(c).ok());
}

} // namespace

TEST_CASE("clientele-cli prints its version and refuses unknown commands with exit 2", "[cli]") {
    const CliResult version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("clientele-cli ")));
    const CliResult unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    const CliResult badOption =
        runCli({QStringLiteral("find"), QStringLiteral("--bogus"), QStringLiteral("x")});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.startsWith(QStringLiteral("clientele-cli: find: ")));
}

TEST_CASE("clientele-cli init creates a database once and refuses to overwrite it", "[cli]") {
    TempDir dir;
    const QString db = dir.path(QStringLiteral("shop.sqlite"));
    const CliResult first = runCli({QStringLiteral("init"), QStringLiteral("--db"), db,
                                    QStringLiteral("--currency"), QStringLiteral("usd")});
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("currency USD")));
    const QByteArray before = hashOf(db);
    const CliResult second = runCli({QStringLiteral("init"), QStringLiteral("--db"), db});
    CHECK(second.exitCode == 1);
    CHECK(second.err.contains(QStringLiteral("already exists")));
    CHECK(hashOf(db) == before);
}

TEST_CASE("clientele-cli exits 3 with one line for files it must not use, leaving them untouched",
          "[cli]") {
    TempDir dir;
    const QString text = dir.path(QStringLiteral("notes.txt"));
    writeFile(text, "just some notes\n");
    const QString newer = dir.path(QStringLiteral("newer.sqlite"));
    {
        auto db = createDatabase(dir, QStringLiteral("newer.sqlite"));
        db->exec("PRAGMA user_version = 77");
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    struct Case {
        QString path;
        QString why;
    };
    for (const Case& c : {Case{text, QStringLiteral("not an SQLite file")},
                          Case{newer, QStringLiteral("newer Clientele")},
                          Case{dir.path(QStringLiteral("absent.sqlite")),
                               QStringLiteral("no such database file")}}) {
        const QByteArray before = QFile::exists(c.path) ? hashOf(c.path) : QByteArray();
        for (const QString& command : {QStringLiteral("find"), QStringLiteral("check")}) {
            QStringList args{command, QStringLiteral("--db"), c.path};
            if (command == QLatin1String("find"))
                args << QStringLiteral("abc");
            const CliResult r = runCli(args);
            INFO(c.path.toStdString()
                 << " " << command.toStdString() << " -> " << r.err.toStdString());
            CHECK(r.exitCode == 3);
            CHECK(r.err.count(u'\n') == 1);
            CHECK(r.err.contains(c.why));
        }
        if (!before.isEmpty())
            CHECK(hashOf(c.path) == before);
        else
            CHECK_FALSE(QFile::exists(c.path));
    }
}

TEST_CASE("clientele-cli refuses a second writer while the first holds the database", "[cli]") {
    TempDir dir;
    auto holder = createDatabase(dir); // this process is the first writer
    const CliResult r = runCli({QStringLiteral("restore"), dir.path(QStringLiteral("x.sqlite")),
                                QStringLiteral("--db"), holder->path(), QStringLiteral("--force")});
    CHECK(r.exitCode != 0);
    const QString backup = dir.path(QStringLiteral("copy.sqlite"));
    REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), holder->path(),
                    QStringLiteral("--out"), backup})
                .exitCode == 0);
    const CliResult locked = runCli({QStringLiteral("restore"), backup, QStringLiteral("--db"),
                                     holder->path(), QStringLiteral("--force")});
    CHECK(locked.exitCode == 3);
    CHECK(locked.err.contains(QStringLiteral("in use by another program")));
}

TEST_CASE("clientele-cli find prints ref, name, phones and company, best match first", "[cli]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shop.sqlite"));
    {
        auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
        addCustomer(*db, QStringLiteral("C1"), QStringLiteral("欧阳明华"),
                    QStringLiteral("13800138000"));
        addCustomer(*db, QStringLiteral("C2"), QStringLiteral("明月"),
                    QStringLiteral("021-5555-1234"));
    }
    const CliResult byName =
        runCli({QStringLiteral("find"), QStringLiteral("明"), QStringLiteral("--db"), path});
    CHECK(byName.exitCode == 0);
    CHECK(byName.out == QStringLiteral("C2\t明月\t021-5555-1234\t\nC1\t欧阳明华\t13800138000\t\n"));
    const CliResult byPhone =
        runCli({QStringLiteral("find"), QStringLiteral("5555 12"), QStringLiteral("--db"), path});
    CHECK(byPhone.out.startsWith(QStringLiteral("C2\t")));
    CHECK(byPhone.out.count(u'\n') == 1);
    const CliResult viaEnv = runCli({QStringLiteral("find"), QStringLiteral("0013")}, {},
                                    {QStringLiteral("CLIENTELE_DB=") + path});
    CHECK(viaEnv.out.startsWith(QStringLiteral("C1\t")));
}

TEST_CASE("clientele-cli check reports a clean database and exits 1 on a broken invariant",
          "[cli]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shop.sqlite"));
    {
        auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
        addCustomer(*db, QStringLiteral("C1"), QStringLiteral("Ann"),
                    QStringLiteral("13800138000"));
    }
    const CliResult clean = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("no problems found")));
    {
        auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
        // Edited behind the application's back: the derived phone column no longer matches.
        db->exec("UPDATE customer SET phone_digits = '999'");
    }
    const CliResult broken = runCli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(
        QStringLiteral("PROBLEM  customer C1: its phone search column is out of date")));
}

TEST_CASE("clientele-cli backup and restore keep the replaced database and refuse without --force",
          "[cli]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shop.sqlite"));
    const QString backup = dir.path(QStringLiteral("backup.sqlite"));
    {
        auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
        addCustomer(*db, QStringLiteral("C1"), QStringLiteral("Before"), {});
    }
    REQUIRE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), path, QStringLiteral("--out"),
                    backup})
                .exitCode == 0);
    {
        auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
        addCustomer(*db, QStringLiteral("C2"), QStringLiteral("After"), {});
    }
    const CliResult refused =
        runCli({QStringLiteral("restore"), backup, QStringLiteral("--db"), path});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("--force")));
    const CliResult restored = runCli({QStringLiteral("restore"), backup, QStringLiteral("--db"),
                                       path, QStringLiteral("--force")});
    REQUIRE(restored.exitCode == 0);
    CHECK(runCli({QStringLiteral("find"), QStringLiteral("After"), QStringLiteral("--db"), path})
              .out.isEmpty());
    CHECK(runCli({QStringLiteral("find"), QStringLiteral("Before"), QStringLiteral("--db"), path})
              .out.startsWith(QStringLiteral("C1")));
    const QStringList kept =
        QDir(dir.root()).entryList({QStringLiteral("shop.sqlite.replaced-*")}, QDir::Files);
    REQUIRE(kept.size() == 1);
    // The kept file is complete on its own: it still has the customer added after the backup.
    const CliResult old = runCli({QStringLiteral("find"), QStringLiteral("After"),
                                  QStringLiteral("--db"), dir.path(kept.first())});
    CHECK(old.out.startsWith(QStringLiteral("C2")));
    // A backup that is not a Clientele database is refused and nothing is replaced.
    writeFile(dir.path(QStringLiteral("junk.sqlite")), "junk");
    const CliResult junk =
        runCli({QStringLiteral("restore"), dir.path(QStringLiteral("junk.sqlite")),
                QStringLiteral("--db"), path, QStringLiteral("--force")});
    CHECK(junk.exitCode == 1);
    CHECK(runCli({QStringLiteral("find"), QStringLiteral("Before"), QStringLiteral("--db"), path})
              .exitCode == 0);
}
