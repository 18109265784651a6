#include "backup.h"

#include "database.h"
#include "database_file.h"
#include "encrypted_file.h"
#include "migrations.h"
#include "sqlite.h"
#include "sqlite_error.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sqlite3.h>

namespace clientele {

namespace {

const QStringList kCompanionSuffixes = {QStringLiteral("-wal"), QStringLiteral("-shm")};

void removeWithCompanions(const QString& path) {
    QFile::remove(path);
    for (const QString& suffix : kCompanionSuffixes)
        QFile::remove(path + suffix);
}

struct Connection {
    sqlite3* db = nullptr;
    ~Connection() { sqlite3_close_v2(db); }
};

} // namespace

Status backupDatabase(Database& db, const QString& outPath, const Progress& progress) {
    const QString out = QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo(out).canonicalFilePath() == QFileInfo(db.path()).canonicalFilePath())
        return Error::usage(
            QStringLiteral("%1: the backup cannot replace the database itself").arg(outPath));
    const QString partial = out + QStringLiteral(".partial");
    removeWithCompanions(partial);
    {
        Connection dest;
        if (sqlite3_open_v2(partial.toUtf8().constData(), &dest.db,
                            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
            return Error::io(QStringLiteral("%1: cannot be written: %2")
                                 .arg(outPath, QString::fromUtf8(sqlite3_errmsg(dest.db))));
        sqlite3_backup* backup = sqlite3_backup_init(dest.db, "main", db.handle(), "main");
        if (!backup)
            return Error::io(
                QStringLiteral("%1: %2").arg(outPath, QString::fromUtf8(sqlite3_errmsg(dest.db))));
        int rc = SQLITE_OK;
        // Steps of 1024 pages (4 MB) let other connections in between and progress be shown.
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            rc = sqlite3_backup_step(backup, 1024);
            const int total = sqlite3_backup_pagecount(backup);
            if (!reportProgress(progress, total - sqlite3_backup_remaining(backup), total)) {
                sqlite3_backup_finish(backup);
                sqlite3_close_v2(dest.db);
                dest.db = nullptr;
                removeWithCompanions(partial);
                return Error::cancelled();
            }
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                sqlite3_sleep(50);
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            const Error e = sqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)),
                                        QStringLiteral("backing up to %1").arg(outPath));
            sqlite3_close_v2(dest.db);
            dest.db = nullptr;
            removeWithCompanions(partial);
            return e;
        }
        // A backup is one self-contained file: no -wal beside it.
        sql::exec(dest.db, "PRAGMA journal_mode = DELETE");
    }
    if (Status verified = verifyDatabaseFile(partial); !verified) {
        removeWithCompanions(partial);
        return Error::io(QStringLiteral("%1: the copy did not verify: %2")
                             .arg(outPath, verified.error().message));
    }
    QFile::remove(out);
    if (!QFile::rename(partial, out)) {
        removeWithCompanions(partial);
        return Error::io(QStringLiteral("%1: cannot be written").arg(outPath));
    }
    return {};
}

Status backupDatabaseEncrypted(Database& db, const QString& outPath, const QByteArray& passphrase,
                               const Progress& progress) {
    if (passphrase.isEmpty())
        return Error::invalid(QStringLiteral("an encrypted backup needs a passphrase"));
    const QString plain = db.path() + QStringLiteral(".encrypting");
    // Half the progress for the copy, half for the encryption.
    const auto half = [&progress](qint64 offset) {
        return [&progress, offset](qint64 done, qint64 total) {
            return reportProgress(progress, offset + (total ? 500 * done / total : 0), 1000);
        };
    };
    Status done = backupDatabase(db, plain, half(0));
    if (done)
        done = encryptFile(plain, outPath, passphrase, half(500));
    removeWithCompanions(plain);
    return done;
}

Status verifyDatabaseFile(const QString& path) {
    auto header = readDatabaseHeader(path);
    if (!header) // the file given is the input here: refusing it is not a database failure
        return Error::invalid(header.error().message);
    if (!header->exists)
        return Error::invalid(QStringLiteral("%1: no such file").arg(path));
    if (header->empty)
        return Error::invalid(
            QStringLiteral("%1: not a Clientele database (the file is empty)").arg(path));
    if (Status checked = checkDatabaseHeader(path, *header, latestSchemaVersion()); !checked)
        return Error::invalid(checked.error().message);
    Connection c;
    if (sqlite3_open_v2(path.toUtf8().constData(), &c.db, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK)
        return Error::invalid(QStringLiteral("%1: cannot be opened").arg(path));
    try {
        const QString result = sql::queryText(c.db, "PRAGMA integrity_check(1)");
        if (result != QLatin1String("ok"))
            return Error::invalid(QStringLiteral("%1: damaged (%2)").arg(path, result));
    } catch (const sql::Exception& e) {
        return Error::invalid(
            QStringLiteral("%1: damaged (%2)").arg(path, QString::fromUtf8(e.what())));
    }
    return {};
}

namespace {

// The backup as a plain database file: itself, or decrypted beside the target (removed by the
// caller through `temporary`).
Result<QString> plainBackup(const QString& backupPath, const QString& target,
                            const QByteArray& passphrase, QString& temporary) {
    if (!isEncryptedFile(backupPath))
        return backupPath;
    if (passphrase.isEmpty())
        return Error::invalid(
            QStringLiteral("%1: the backup is encrypted; give its passphrase (--passphrase-file)")
                .arg(backupPath));
    temporary = target + QStringLiteral(".decrypting");
    if (Status s = decryptFile(backupPath, temporary, passphrase); !s)
        return s.error();
    return temporary;
}

struct RemoveOnExit {
    QString& path;
    ~RemoveOnExit() {
        if (!path.isEmpty())
            QFile::remove(path);
    }
};

} // namespace

Result<RestoreOutcome> restoreDatabase(const QString& backupPath, const QString& dbPath, bool force,
                                       const Clock& clock, const QByteArray& passphrase) {
    const QString target = QFileInfo(dbPath).absoluteFilePath();
    QString temporary;
    const RemoveOnExit cleanup{temporary};
    auto source = plainBackup(backupPath, target, passphrase, temporary);
    if (!source)
        return source.error();
    if (Status ok = verifyDatabaseFile(*source); !ok)
        return ok.error();
    const bool exists = QFileInfo::exists(target);
    if (exists && !force)
        return Error::invalid(
            QStringLiteral("%1: a database is already there; use --force to replace it (it is kept "
                           "beside it as %2.replaced-DATE)")
                .arg(dbPath, QFileInfo(dbPath).fileName()));
    QLockFile lock(target + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return Error::database(
            QStringLiteral("%1: in use by another program; close it before restoring").arg(dbPath));

    RestoreOutcome outcome;
    if (exists) {
        {
            // Fold the write-ahead log into the file so the kept copy is complete on its own.
            Connection old;
            if (sqlite3_open_v2(target.toUtf8().constData(), &old.db, SQLITE_OPEN_READWRITE,
                                nullptr) == SQLITE_OK)
                sqlite3_exec(old.db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
        }
        QString stamp = clock.nowText();
        stamp.remove(u'-').remove(u':').replace(u' ', u'-');
        outcome.replacedPath = QStringLiteral("%1.replaced-%2").arg(target, stamp);
        if (!QFile::rename(target, outcome.replacedPath))
            return Error::io(QStringLiteral("%1: cannot be moved aside to %2")
                                 .arg(dbPath, outcome.replacedPath));
        for (const QString& suffix : kCompanionSuffixes)
            if (QFileInfo::exists(target + suffix))
                QFile::rename(target + suffix, outcome.replacedPath + suffix);
    }
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (!QFile::copy(*source, partial) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        if (!outcome.replacedPath.isEmpty())
            QFile::rename(outcome.replacedPath, target); // put the old one back
        return Error::io(QStringLiteral("%1: cannot be written").arg(dbPath));
    }
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return outcome;
}

} // namespace clientele
