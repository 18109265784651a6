#include "write_transaction.h"

#include "sqlite_error.h"
#include "transaction_observer.h"

#include <sqlite3.h>

#include <atomic>

namespace clientele {

WriteTransaction::WriteTransaction(Database& db)
    : m_db(db) {}

WriteTransaction::~WriteTransaction() {
    if (m_open)
        rollback();
}

Status WriteTransaction::begin() {
    if (m_db.isReadOnly())
        return Error::database(
            m_db.readOnlyReason().isEmpty()
                ? QStringLiteral("%1: the database is open read-only").arg(m_db.path())
                : QStringLiteral("the database is open read-only: %1").arg(m_db.readOnlyReason()));
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    if (!m_nested) {
        if (Status inPlace = m_db.checkStillInPlace(); !inPlace)
            return inPlace;
    }
    try {
        if (m_nested) {
            static std::atomic<int> counter{0};
            m_savepoint = QStringLiteral("w%1").arg(++counter);
            m_db.exec(QStringLiteral("SAVEPOINT %1").arg(m_savepoint).toStdString());
        } else {
            m_db.exec("BEGIN IMMEDIATE");
        }
        m_open = true;
    } catch (...) {
        return describeException(QStringLiteral("starting a change"));
    }
    if (!m_nested) {
        for (TransactionObserver* observer : m_db.transactionObservers()) {
            if (Status s = observer->begun(m_db); !s) {
                rollback();
                return s;
            }
        }
    }
    return {};
}

Status WriteTransaction::commit() {
    if (!m_open)
        return Error::usage(QStringLiteral("commit without an open transaction"));
    if (!m_nested) {
        for (TransactionObserver* observer : m_db.transactionObservers()) {
            if (Status s = observer->beforeCommit(m_db); !s) {
                rollback();
                return s;
            }
        }
    }
    try {
        if (m_nested)
            m_db.exec(QStringLiteral("RELEASE %1").arg(m_savepoint).toStdString());
        else
            m_db.exec("COMMIT");
        m_open = false;
    } catch (...) {
        Error error = describeException(QStringLiteral("saving"));
        rollback();
        return error;
    }
    if (!m_nested)
        for (TransactionObserver* observer : m_db.transactionObservers())
            observer->ended(m_db, true);
    return {};
}

void WriteTransaction::rollback() {
    if (!m_open)
        return;
    m_open = false;
    try {
        if (m_nested) {
            m_db.exec(QStringLiteral("ROLLBACK TO %1").arg(m_savepoint).toStdString());
            m_db.exec(QStringLiteral("RELEASE %1").arg(m_savepoint).toStdString());
        } else if (sqlite3_get_autocommit(m_db.handle()) == 0) {
            m_db.exec("ROLLBACK");
        }
    } catch (const sql::Exception&) {
        // A failed rollback leaves SQLite to roll back on close; nothing more can be done here.
    }
    if (!m_nested)
        for (TransactionObserver* observer : m_db.transactionObservers())
            observer->ended(m_db, false);
}

} // namespace clientele
