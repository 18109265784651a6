#include "domain/customer_repository.h"
#include "storage/backup.h"
#include "storage/backup_folder.h"
#include "storage/backup_rotation.h"
#include "storage/encrypted_file.h"
#include "test_support.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

QStringList sorted(QStringList l) {
    l.sort();
    return l;
}

class SettableClock final : public Clock {
public:
    QString now = QStringLiteral("2024-06-15 12:00:00");
    DayNumber today() const override { return dayOfStoredDate(now); }
    QString nowText() const override { return now; }
};

} // namespace

TEST_CASE("rotation keeps the newest backup of each of 7 days, then of 4 earlier weeks",
          "[backup]") {
    // Two backups a day for 60 days, ending Saturday 2024-06-15.
    std::vector<DatedBackup> all;
    for (int d = 0; d < 60; ++d) {
        const QString day = formatIsoDate(dayNumber({2024, 6, 15}) - d);
        all.push_back({QStringLiteral("%1-a").arg(day), day + QStringLiteral(" 09:00:00")});
        all.push_back({QStringLiteral("%1-b").arg(day), day + QStringLiteral(" 18:00:00")});
    }
    const QStringList removed = backupsToRemove(all, {7, 4});
    QStringList kept;
    for (const auto& b : all)
        if (!removed.contains(b.name))
            kept << b.name;
    // Daily: 06-09..06-15 (the evening ones). Weekly: the newest of each earlier week, weeks
    // starting Monday: 06-08 (Sat, week of 06-03... covered? no: 06-09 is Sunday of that week,
    // already kept as a daily), so the weekly ones are 06-02, 05-26, 05-19, 05-12 (Sundays).
    CHECK(sorted(kept) == sorted({QStringLiteral("2024-06-15-b"), QStringLiteral("2024-06-14-b"),
                                  QStringLiteral("2024-06-13-b"), QStringLiteral("2024-06-12-b"),
                                  QStringLiteral("2024-06-11-b"), QStringLiteral("2024-06-10-b"),
                                  QStringLiteral("2024-06-09-b"), QStringLiteral("2024-06-02-b"),
                                  QStringLiteral("2024-05-26-b"), QStringLiteral("2024-05-19-b"),
                                  QStringLiteral("2024-05-12-b")}));
    CHECK(backupsToRemove({{QStringLiteral("only"), QStringLiteral("2020-01-01 00:00:00")}}, {0, 0})
              .isEmpty());
}

TEST_CASE("an encrypted file round-trips and refuses a wrong passphrase, tampering and truncation",
          "[backup]") {
    TempDir dir;
    QByteArray plain;
    for (int i = 0; i < 200000; ++i)
        plain += static_cast<char>(i * 7 % 251);
    writeFile(dir.path(QStringLiteral("plain")), plain);
    REQUIRE(encryptFile(dir.path(QStringLiteral("plain")), dir.path(QStringLiteral("enc")),
                        "correct horse")
                .ok());
    const QByteArray encrypted = readFile(dir.path(QStringLiteral("enc")));
    CHECK(isEncryptedFile(dir.path(QStringLiteral("enc"))));
    CHECK_FALSE(encrypted.contains(plain.mid(1000, 64)));

    REQUIRE(decryptFile(dir.path(QStringLiteral("enc")), dir.path(QStringLiteral("out")),
                        "correct horse")
                .ok());
    CHECK(readFile(dir.path(QStringLiteral("out"))) == plain);

    const auto refused = [&](const QByteArray& bytes, const QByteArray& pass) {
        writeFile(dir.path(QStringLiteral("bad")), bytes);
        QFile::remove(dir.path(QStringLiteral("bad.out")));
        const Status s =
            decryptFile(dir.path(QStringLiteral("bad")), dir.path(QStringLiteral("bad.out")), pass);
        CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("bad.out")))); // nothing written
        return !s.ok() && s.error().kind == Error::Kind::Invalid;
    };
    CHECK(refused(encrypted, "wrong horse"));
    QByteArray flipped = encrypted;
    flipped[150000] = static_cast<char>(flipped[150000] ^ 1);
    CHECK(refused(flipped, "correct horse"));
    QByteArray header = encrypted;
    header[9] = static_cast<char>(header[9] ^ 1); // the key-derivation cost is authenticated too
    CHECK(refused(header, "correct horse"));
    CHECK(
        refused(encrypted.left(encrypted.size() - 70000), "correct horse")); // whole chunks cut off
    CHECK(refused(encrypted + "x", "correct horse"));
}

TEST_CASE("an encrypted backup restores only with its passphrase", "[backup]") {
    TempDir dir;
    {
        auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
        Customer c;
        c.ref = QStringLiteral("C1");
        c.name = QStringLiteral("保密客户");
        REQUIRE(CustomerRepository(*db).create(c).ok());
        REQUIRE(
            backupDatabaseEncrypted(*db, dir.path(QStringLiteral("shop.enc")), "pass phrase").ok());
    }
    CHECK_FALSE(readFile(dir.path(QStringLiteral("shop.enc")))
                    .contains(QStringLiteral("保密客户").toUtf8()));
    CHECK_FALSE(QFile::exists(dir.path(QStringLiteral("shop.sqlite.encrypting"))));
    const QString target = dir.path(QStringLiteral("restored.sqlite"));
    auto wrong =
        restoreDatabase(dir.path(QStringLiteral("shop.enc")), target, false, testClock(), "nope");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message.contains(QStringLiteral("wrong passphrase")));
    CHECK_FALSE(QFile::exists(target));
    REQUIRE(restoreDatabase(dir.path(QStringLiteral("shop.enc")), target, false, testClock(),
                            "pass phrase")
                .ok());
    OpenOptions o;
    o.mode = OpenMode::ReadOnly;
    auto restored = Database::open(target, o);
    REQUIRE(restored.ok());
    CHECK(sql::queryText((*restored)->handle(), "SELECT name FROM customer") ==
          QStringLiteral("保密客户"));
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".decrypting")));
}

TEST_CASE("automatic backups are due daily, verified, listed and rotated", "[backup]") {
    TempDir dir;
    auto db = createDatabase(dir, QStringLiteral("shop.sqlite"));
    SettableClock clock;
    db->setClock(&clock);
    BackupFolder folder(*db);
    CHECK(folder.folder() == db->path() + QStringLiteral(".backups"));
    CHECK(folder.isDue());
    for (int day = 1; day <= 20; ++day) {
        clock.now = formatIsoDate(dayNumber({2024, 6, 1}) + day - 1) + QStringLiteral(" 10:00:00");
        REQUIRE(folder.backupNow().ok());
        CHECK_FALSE(folder.isDue());
    }
    clock.now = QStringLiteral("2024-06-21 09:59:59");
    CHECK_FALSE(folder.isDue()); // not yet a day since 06-20 10:00
    clock.now = QStringLiteral("2024-06-21 10:00:00");
    CHECK(folder.isDue());
    const auto backups = folder.list();
    // 7 daily (06-14..06-20) and the Sundays of the 2 earlier weeks that exist (06-09, 06-02).
    REQUIRE(backups.size() == 9);
    CHECK(backups.front().takenAt == QStringLiteral("2024-06-20 10:00:00"));
    CHECK(backups.back().takenAt == QStringLiteral("2024-06-02 10:00:00"));
    for (const auto& b : backups)
        CHECK(b.state == BackupEntry::State::Verified);
    // A copy that changed on the stick after it was verified is flagged.
    QFile f(backups.back().path);
    REQUIRE(f.open(QIODevice::Append));
    f.write("x");
    f.close();
    CHECK(folder.list().back().state == BackupEntry::State::ChangedSinceVerified);

    const QString stick = dir.path(QStringLiteral("usb"));
    QDir().mkpath(stick);
    REQUIRE(db->setSetting(BackupFolder::folderSettingKey(), stick).ok());
    CHECK(BackupFolder(*db).folder() == stick);
}
