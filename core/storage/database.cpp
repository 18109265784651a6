#include "database.h"

#include "common/money.h"
#include "database_file.h"
#include "migrations.h"
#include "sqlite_error.h"
#include "sync/change_recorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <sys/stat.h>

namespace clientele {

namespace {

// Device and inode of the file at path (0 when there is none), to notice it being swapped.
quint64 fileIdentity(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return (static_cast<quint64>(info.st_dev) << 40) ^ static_cast<quint64>(info.st_ino);
}

QString lockPath(const QString& path) {
    return path + QStringLiteral(".lock");
}

// Takes the writer's lock, or says who holds it.
Result<std::unique_ptr<QLockFile>> takeWriterLock(const QString& path) {
    auto lock = std::make_unique<QLockFile>(lockPath(path));
    lock->setStaleLockTime(0); // a lock whose process is gone is stale however young it is
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        if (!lock->getLockInfo(&pid, &host, &app)) {
            // A lock file without its owner's details: a writer killed between creating the
            // file and writing into it, or one doing that right now. A live writer fills it in
            // within microseconds; one still empty a moment later belongs to nobody, and Qt
            // would otherwise never call it stale (no process to ask).
            QThread::msleep(200);
            if (!lock->getLockInfo(&pid, &host, &app) && lock->removeStaleLockFile() &&
                lock->tryLock(0))
                return lock;
        }
        return Error::database(
            QStringLiteral("%1: in use by another program writing to it (%2, process %3 "
                           "on %4)")
                .arg(path, app.isEmpty() ? QStringLiteral("Clientele") : app)
                .arg(pid)
                .arg(host));
    }
    return Error::io(QStringLiteral("%1: cannot create the lock file %2 (is the folder writable?)")
                         .arg(path, lockPath(path)));
}

} // namespace

int Database::schemaVersion() {
    return latestSchemaVersion();
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options) {
    return open(path, options, false);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options,
                                                 bool lockHeld) {
    auto header = readDatabaseHeader(path);
    if (!header)
        return header.error();
    if (auto checked = checkDatabaseHeader(path, *header, latestSchemaVersion()); !checked)
        return checked.error();
    const bool missing = !header->exists;
    if (missing && options.mode != OpenMode::Create)
        return Error::database(QStringLiteral("%1: no such database file").arg(path));
    if (header->empty && options.mode == OpenMode::ReadOnly)
        return Error::database(
            QStringLiteral("%1: not a Clientele database (the file is empty)").arg(path));
    if (options.mode == OpenMode::ReadOnly && !missing && header->applicationId == kApplicationId &&
        header->userVersion < latestSchemaVersion() && QFileInfo(path).isWritable()) {
        // A reader of a file an older version wrote: upgrade it once as a writer would (when
        // nobody else is writing), so that reports work on it without a writing command first.
        OpenOptions upgrade = options;
        upgrade.mode = OpenMode::ReadWrite;
        upgrade.readOnlyWhenLocked = false;
        (void)Database::open(path, upgrade); // failing leaves the refusal below to explain
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = QFileInfo(path).absoluteFilePath();
    db->m_clock = options.clock ? options.clock : &Clock::system();
    db->m_readOnly = options.mode == OpenMode::ReadOnly;

    if (!db->m_readOnly && !lockHeld) {
        if (missing && !QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error::io(QStringLiteral("%1: cannot create its folder").arg(path));
        auto lock = takeWriterLock(db->m_path);
        if (lock) {
            db->m_lock = std::move(*lock);
        } else if (options.readOnlyWhenLocked && !missing) {
            db->m_readOnly = true;
            db->m_readOnlyReason = lock.error().message;
        } else {
            return lock.error();
        }
        if (!db->m_readOnly && !missing && !QFileInfo(path).isWritable()) {
            if (!options.readOnlyWhenLocked)
                return Error::database(QStringLiteral("%1: the file is read-only").arg(path));
            db->m_lock.reset();
            db->m_readOnly = true;
            db->m_readOnlyReason = QStringLiteral("%1: the file is read-only").arg(path);
        }
    }

    const int flags =
        (db->m_readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) |
        SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(db->m_path.toUtf8().constData(), &db->m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            QString::fromUtf8(db->m_db ? sqlite3_errmsg(db->m_db) : sqlite3_errstr(rc));
        return sqliteError(rc, why, QStringLiteral("%1: cannot open").arg(path));
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    Status configured = db->configure(missing || header->empty, options);
    if (!configured && db->m_readOnly && !missing) {
        // In a read-only folder SQLite cannot create the -shm file a WAL database needs even for
        // reading; nobody can write there either, so the file can be read as immutable.
        sqlite3_close_v2(db->m_db);
        db->m_db = nullptr;
        const QByteArray uri = QByteArrayLiteral("file:") +
                               QUrl::toPercentEncoding(db->m_path, "/") +
                               QByteArrayLiteral("?immutable=1");
        if (sqlite3_open_v2(uri.constData(), &db->m_db,
                            SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX,
                            nullptr) == SQLITE_OK) {
            sqlite3_extended_result_codes(db->m_db, 1);
            configured = db->configure(false, options);
            if (configured && db->m_readOnlyReason.isEmpty() && options.mode != OpenMode::ReadOnly)
                db->m_readOnlyReason = QStringLiteral("%1: the folder is read-only").arg(path);
        }
    }
    if (!configured)
        return configured.error();
    db->m_identity = fileIdentity(db->m_path);
    if (!db->m_readOnly) {
        db->m_changeRecorder = std::make_unique<sync::ChangeRecorder>();
        db->addTransactionObserver(db->m_changeRecorder.get());
    }
    return db;
}

Status Database::checkStillInPlace() const {
    if (fileIdentity(m_path) != m_identity)
        return Error::database(
            QStringLiteral("%1: the database file was moved, replaced or deleted while open; "
                           "nothing was saved. Reopen the database to continue")
                .arg(m_path));
    return {};
}

Status Database::configure(bool fresh, const OpenOptions& options) {
    try {
        sqlite3_busy_timeout(m_db, 5000);
        // Reading the schema is the first real page access: a damaged file fails here.
        sql::queryInt(m_db, "SELECT count(*) FROM sqlite_schema");
        if (!m_readOnly)
            exec("PRAGMA journal_mode = WAL");
        exec(
            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; "
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = -32000; PRAGMA mmap_size = 268435456");
        const auto appId = static_cast<quint32>(sql::queryInt(m_db, "PRAGMA application_id"));
        const int version = static_cast<int>(sql::queryInt(m_db, "PRAGMA user_version"));
        if (!fresh && appId != kApplicationId)
            return Error::database(QStringLiteral("%1: not a Clientele database").arg(m_path));
        if (version < latestSchemaVersion()) {
            if (m_readOnly)
                return Error::database(
                    QStringLiteral(
                        "%1: needs upgrading to schema %2, which a read-only open cannot do")
                        .arg(m_path)
                        .arg(latestSchemaVersion()));
            if (auto migrated = migrate(m_db); !migrated)
                return migrated.error();
            // Keep the header current in the main file, so a later probe reads the real version.
            exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        if (fresh) {
            const QString locale =
                options.locale.isEmpty() ? QLocale::system().name() : options.locale;
            const QString currency = options.currency.toUpper();
            for (const auto& [key, value] :
                 {std::pair{setting_keys::currency, currency},
                  std::pair{setting_keys::minorDigits,
                            QString::number(minorDigitsForCurrency(currency))},
                  std::pair{setting_keys::locale, locale},
                  std::pair{setting_keys::createdAt, m_clock->nowText()}}) {
                if (auto saved = setSetting(key, value); !saved)
                    return saved;
            }
        }
    } catch (...) {
        return describeException(m_path);
    }
    loadSettings();
    return {};
}

void Database::loadSettings() {
    m_settings.currency = setting(setting_keys::currency, QStringLiteral("CNY"));
    m_settings.minorDigits = setting(setting_keys::minorDigits, QStringLiteral("2")).toInt();
    m_settings.locale = setting(setting_keys::locale, QLocale::system().name());
}

Database::~Database() {
    // Statements are owned by their callers and finalised before; close_v2 copes if not.
    sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::openSibling(OpenMode mode) const {
    OpenOptions options;
    options.mode = mode;
    options.clock = m_clock;
    const bool shareLock = mode != OpenMode::ReadOnly && !m_readOnly && m_lock;
    return open(m_path, options, shareLock);
}

QString Database::setting(const QString& key, const QString& fallback) const {
    try {
        sql::Statement query(m_db, "SELECT value FROM setting WHERE key = ?");
        query.bind(1, key);
        if (query.step())
            return query.text(0);
    } catch (const sql::Exception&) {
        // An unreadable setting reads as its default; the damage shows up in `check`.
    }
    return fallback;
}

Status Database::setSetting(const QString& key, const QString& value) {
    try {
        sql::Statement upsert(m_db, "INSERT INTO setting (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        upsert.bind(1, key).bind(2, value).exec();
    } catch (...) {
        return describeException(QStringLiteral("saving setting %1").arg(key));
    }
    loadSettings();
    return {};
}

qint64 Database::changeStamp() const {
    // data_version moves when another connection commits; total_changes when this one writes.
    const qint64 external = sql::queryInt(m_db, "PRAGMA data_version");
    return (external << 32) ^ sqlite3_total_changes64(m_db);
}

} // namespace clientele
