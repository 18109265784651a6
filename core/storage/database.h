#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "shop_settings.h"
#include "sqlite.h"

#include <QString>

#include <algorithm>
#include <memory>
#include <vector>

struct sqlite3;
class QLockFile;

namespace clientele {
class TransactionObserver;
}

namespace clientele {

enum class OpenMode {
    ReadOnly,  // never writes; no lock taken
    ReadWrite, // the file must exist; takes the writer's lock
    Create,    // as ReadWrite, creating and initialising the file when missing
};

struct OpenOptions {
    OpenMode mode = OpenMode::ReadWrite;
    // When another process holds the writer's lock, open read-only instead of failing
    // (the desktop app does this and says so; the CLI refuses).
    bool readOnlyWhenLocked = false;
    QString currency = QStringLiteral("CNY"); // for a new database
    QString locale;                           // for a new database; empty = system locale
    const Clock* clock = nullptr;             // nullptr = system clock
};

// One open Clientele database file: one SQLite connection, the writer's lock beside the file,
// and the shop's settings. One instance per thread (SQLite connections are not shared).
class Database {
public:
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Another connection to the same file for a worker thread (read-only unless asked).
    // A ReadWrite sibling of a database that holds the writer's lock shares that lock instead of
    // taking it again (the lock keeps other processes out; between this process's connections
    // SQLite's own locking orders the writes: a second writer waits, then gets SQLITE_BUSY).
    // It must be closed before this database, and takes part in no transaction observer.
    Result<std::unique_ptr<Database>> openSibling(OpenMode mode = OpenMode::ReadOnly) const;

    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the database is read-only when the caller asked for writing (empty otherwise).
    const QString& readOnlyReason() const { return m_readOnlyReason; }

    sqlite3* handle() const { return m_db; }
    sql::Statement prepare(const char* text) const {
        return sql::Statement(m_db, std::string_view(text));
    }
    sql::Statement prepare(std::string_view text) const { return sql::Statement(m_db, text); }
    sql::Statement prepare(const QString& text) const { return sql::Statement(m_db, text); }
    void exec(const char* text) const { sql::exec(m_db, text); } // throws sql::Exception
    void exec(const std::string& text) const { sql::exec(m_db, text); }
    const Clock& clock() const { return *m_clock; }
    void setClock(const Clock* clock) { m_clock = clock ? clock : &Clock::system(); }

    const ShopSettings& settings() const { return m_settings; }
    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);

    // Takes part in every outermost write transaction (see transaction_observer.h). The observer
    // must outlive the database or be removed first. The change recorder stays last, so that
    // what other observers write before commit travels to the other copies too.
    void addTransactionObserver(TransactionObserver* observer) {
        m_observers.insert(
            std::find(m_observers.begin(), m_observers.end(), m_changeRecorder.get()), observer);
    }
    void removeTransactionObserver(TransactionObserver* observer) {
        m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer),
                          m_observers.end());
    }
    const std::vector<TransactionObserver*>& transactionObservers() const { return m_observers; }

    // Refuses when the file at path() is no longer the one opened (moved, deleted or replaced
    // behind the program's back): writing on would go to a file nobody will see again.
    Status checkStillInPlace() const;

    // Changes whenever this or another connection commits: caches (analysis facts) compare it.
    qint64 changeStamp() const;

    static int schemaVersion();

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options,
                                                  bool lockHeld);
    Status configure(bool fresh, const OpenOptions& options);
    void loadSettings();

    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    sqlite3* m_db = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    const Clock* m_clock = &Clock::system();
    quint64 m_identity = 0;
    std::vector<TransactionObserver*> m_observers;
    // Records every write for the other copies of the database (core/sync); writable only.
    std::unique_ptr<TransactionObserver> m_changeRecorder;
    ShopSettings m_settings;
};

} // namespace clientele
