#include "storage/database.h"
#include "storage/database_file.h"
#include "test_support.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace clientele;
using namespace clientele::test;

namespace {

QByteArray fileHash(const QString& path) {
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

Result<std::unique_ptr<Database>> openAs(const QString& path, OpenMode mode,
                                         bool readOnlyWhenLocked = false) {
    OpenOptions o;
    o.mode = mode;
    o.readOnlyWhenLocked = readOnlyWhenLocked;
    return Database::open(path, o);
}

void makeSqliteFile(const QString& path, const char* sqlText) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, sqlText, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

} // namespace

TEST_CASE("a new database gets the schema, the application id and the shop settings", "[storage]") {
    TempDir dir;
    auto db = createDatabase(dir);
    CHECK(sql::queryInt(db->handle(), "PRAGMA application_id") == kApplicationId);
    CHECK(sql::queryInt(db->handle(), "PRAGMA user_version") == Database::schemaVersion());
    CHECK(sql::queryText(db->handle(), "PRAGMA journal_mode") == QStringLiteral("wal"));
    CHECK(sql::queryInt(db->handle(), "PRAGMA foreign_keys") == 1);
    CHECK(sql::queryInt(db->handle(), "PRAGMA synchronous") == 2); // FULL
    CHECK(db->settings().currency == QStringLiteral("CNY"));
    CHECK(db->settings().minorDigits == 2);
    CHECK(db->settings().locale == QStringLiteral("zh_CN"));
}

TEST_CASE("opening refuses a file that is not SQLite without touching it", "[storage]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.txt"));
    writeFile(path, "name,phone\nAlice,123\n");
    const QByteArray before = fileHash(path);
    auto db = openAs(path, OpenMode::ReadWrite);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Database);
    CHECK(db.error().message.contains(QStringLiteral("not an SQLite file")));
    CHECK(fileHash(path) == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("opening refuses another application's SQLite file without touching it", "[storage]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    makeSqliteFile(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hello');");
    const QByteArray before = fileHash(path);
    auto db = openAs(path, OpenMode::Create);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().message.contains(QStringLiteral("another application")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("opening refuses a database written by a newer Clientele", "[storage]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("newer.sqlite"));
    {
        auto db = createDatabase(dir, QStringLiteral("newer.sqlite"));
        db->exec("PRAGMA user_version = 999");
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    const QByteArray before = fileHash(path);
    auto db = openAs(path, OpenMode::ReadWrite);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Database);
    CHECK(db.error().message.contains(QStringLiteral("newer Clientele")));
    CHECK(fileHash(path) == before);
}

TEST_CASE("opening reports a damaged file as a database problem", "[storage]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("damaged.sqlite"));
    createDatabase(dir, QStringLiteral("damaged.sqlite"))->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    // Keep the 100-byte header (so it still claims to be ours) and wreck the schema page.
    QByteArray bytes = readFile(path);
    for (int i = 100; i < 4096; ++i)
        bytes[i] = static_cast<char>(0xA5);
    writeFile(path, bytes);
    auto db = openAs(path, OpenMode::ReadOnly);
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().kind == Error::Kind::Database);
    CHECK(db.error().message.contains(QStringLiteral("damaged")));
}

TEST_CASE("a missing file is created only when asked", "[storage]") {
    TempDir dir;
    auto refused = openAs(dir.path(QStringLiteral("missing.sqlite")), OpenMode::ReadWrite);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("no such database")));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("missing.sqlite"))));
    auto created = openAs(dir.path(QStringLiteral("sub/new.sqlite")), OpenMode::Create);
    REQUIRE(created.ok());
}

TEST_CASE("a second writer is refused, or opens read-only when it asks to", "[storage]") {
    TempDir dir;
    auto first = createDatabase(dir);
    const QString path = first->path();
    auto second = openAs(path, OpenMode::ReadWrite);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Database);
    CHECK(second.error().message.contains(QStringLiteral("in use by another program")));

    auto readOnly = openAs(path, OpenMode::ReadWrite, true);
    REQUIRE(readOnly.ok());
    CHECK((*readOnly)->isReadOnly());
    CHECK((*readOnly)->readOnlyReason().contains(QStringLiteral("in use")));
    CHECK_FALSE((*readOnly)->setSetting(QStringLiteral("x"), QStringLiteral("y")).ok());

    first.reset(); // the lock goes with the first writer
    CHECK(openAs(path, OpenMode::ReadWrite).ok());
}

TEST_CASE("a lock left by a killed process does not block the next writer", "[storage]") {
    TempDir dir;
    const QString path = createDatabase(dir)->path();
    // This test program, started again in its holding mode, takes the writer's lock; it is then
    // killed with SIGKILL, as when a laptop's battery dies, and leaves its lock file behind.
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CLIENTELE_TEST_HOLD_DATABASE"), path);
    writer.setProcessEnvironment(env);
    writer.start(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath(), {});
    REQUIRE(writer.waitForReadyRead(10000));
    REQUIRE(writer.readAllStandardOutput().trimmed() == "holding");
    CHECK_FALSE(openAs(path, OpenMode::ReadWrite).ok());
    writer.kill();
    REQUIRE(writer.waitForFinished());
    CHECK(QFile::exists(path + QStringLiteral(".lock")));
    CHECK(openAs(path, OpenMode::ReadWrite).ok());
}

TEST_CASE("the header probe reads what SQLite wrote", "[storage]") {
    TempDir dir;
    const QString path = createDatabase(dir)->path();
    auto header = readDatabaseHeader(path);
    REQUIRE(header.ok());
    CHECK(header->applicationId == kApplicationId);
    CHECK(header->userVersion == Database::schemaVersion());
}

TEST_CASE("a reader upgrades a file an older version wrote when nobody is writing", "[storage]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("old.sqlite"));
    {
        auto db = createDatabase(dir, QStringLiteral("old.sqlite"));
        // What schema 1 looked like: no import batches, sync tables, message templates or stock
        // movements yet.
        db->exec("DROP TABLE stock_movement; "
                 "DROP TABLE import_batch_order; DROP TABLE import_batch; DROP TABLE sync_self; "
                 "DROP TABLE sync_device; "
                 "DROP TABLE sync_outbox; DROP TABLE sync_applied; DROP TABLE sync_ack; "
                 "DROP TABLE sync_field; DROP TABLE sync_tombstone; DROP TABLE sync_conflict; "
                 "DROP TABLE message_template; PRAGMA user_version = 1");
    }
    OpenOptions readOnly;
    readOnly.mode = OpenMode::ReadOnly;
    auto reader = Database::open(path, readOnly);
    REQUIRE(reader.ok());
    CHECK(sql::queryInt((*reader)->handle(), "PRAGMA user_version") == Database::schemaVersion());
    CHECK(sql::queryInt((*reader)->handle(),
                        "SELECT count(*) FROM sqlite_schema WHERE name = 'import_batch'") == 1);
    CHECK(sql::queryInt((*reader)->handle(), "SELECT count(*) FROM message_template") == 14);
}

TEST_CASE("an empty lock file left by a writer killed while taking the lock does not block",
          "[storage]") {
    TempDir dir;
    const QString path = dir.path(QStringLiteral("shop.sqlite"));
    createDatabase(dir, QStringLiteral("shop.sqlite")).reset();
    writeFile(path + QStringLiteral(".lock"), QByteArray()); // created, never filled in
    auto writer = Database::open(path, {});
    INFO((writer.ok() ? QString() : writer.error().message).toStdString());
    REQUIRE(writer.ok());
    CHECK_FALSE((*writer)->isReadOnly());
}
