#include "domain/customer_repository.h"
#include "storage/transaction_observer.h"
#include "storage/write_transaction.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace clientele;
using namespace clientele::test;

namespace {

// Records the calls, and writes a row of its own before commit (as a change outbox would).
struct Recorder final : TransactionObserver {
    QStringList calls;
    bool failBeforeCommit = false;
    Status begun(Database&) override {
        calls << QStringLiteral("begun");
        return {};
    }
    Status beforeCommit(Database& db) override {
        calls << QStringLiteral("beforeCommit");
        if (failBeforeCommit)
            return Error::io(QStringLiteral("recording failed"));
        db.exec("INSERT INTO setting (key, value) VALUES ('observed', 'yes') "
                "ON CONFLICT (key) DO UPDATE SET value = value || '+'");
        return {};
    }
    void ended(Database&, bool committed) override {
        calls << (committed ? QStringLiteral("committed") : QStringLiteral("rolled back"));
    }
};

Customer someone(const QString& ref) {
    Customer c;
    c.ref = ref;
    c.name = ref;
    return c;
}

} // namespace

TEST_CASE("observers take part once in each outermost write transaction, inside it", "[storage]") {
    TempDir dir;
    auto db = createDatabase(dir);
    Recorder recorder;
    db->addTransactionObserver(&recorder);
    // Two repository writes nested in one batch: one observed transaction.
    REQUIRE(writeInTransaction(*db, QStringLiteral("batch"), [&]() -> Status {
                CustomerRepository repo(*db);
                if (auto a = repo.create(someone(QStringLiteral("A"))); !a)
                    return a.error();
                if (auto b = repo.create(someone(QStringLiteral("B"))); !b)
                    return b.error();
                return {};
            }).ok());
    CHECK(recorder.calls == QStringList{QStringLiteral("begun"), QStringLiteral("beforeCommit"),
                                        QStringLiteral("committed")});
    CHECK(db->setting(QStringLiteral("observed")) == QStringLiteral("yes"));

    // A failing observer rolls the whole transaction back: no change without its record.
    recorder.calls.clear();
    recorder.failBeforeCommit = true;
    auto refused = CustomerRepository(*db).create(someone(QStringLiteral("C")));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("recording failed")));
    CHECK(sql::queryInt(db->handle(), "SELECT count(*) FROM customer WHERE ref = 'C'") == 0);
    CHECK(recorder.calls.last() == QStringLiteral("rolled back"));
    db->removeTransactionObserver(&recorder);
}
