// Three copies edit at random through the repositories (orders moving stock and stock counts
// among the edits) and exchange packets in random order, with duplicates and delays; once every
// packet has reached every copy, all copies must hold the same content and stock on hand, with
// references and the file intact, and no edit silently lost.
// CLIENTELE_SYNC_SEEDS (default 20), CLIENTELE_SYNC_FIRST_SEED (default 1) and
// CLIENTELE_SYNC_EDITS (edits per copy, default 100) run it longer or on other seeds.
#include "domain/customer_repository.h"
#include "domain/order_repository.h"
#include "domain/product_repository.h"
#include "domain/stock.h"
#include "storage/sqlite.h"
#include "sync/sync_exchange.h"
#include "sync_support.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace clientele;
using namespace clientele::test;

namespace {

int envInt(const char* name, int fallback) {
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

// An update of one field, with the clock its device gave it.
struct FieldEdit {
    QString table;
    Id row = 0;
    QString column;
    QString value;
    qint64 clock = 0;
    qint64 device = 0;
    std::map<qint64, qint64> seen; // what its device had applied of each device then
};

class Copy {
public:
    Copy(Database& db, int index)
        : m_db(db)
        , m_index(index) {}

    Database& db() { return m_db; }

    void randomEdit(std::mt19937_64& rng, std::vector<FieldEdit>& edits) {
        const int what = static_cast<int>(rng() % 100);
        if (what < 15)
            addCustomer(rng);
        else if (what < 50)
            editCustomer(rng, edits);
        else if (what < 57)
            removeCustomer(rng);
        else if (what < 64)
            addProduct(rng);
        else if (what < 75)
            editProduct(rng, edits);
        else if (what < 78)
            removeProduct(rng);
        else if (what < 88)
            addOrder(rng);
        else if (what < 93)
            changeOrderStatus(rng);
        else if (what < 96)
            countStock(rng);
        else
            removeOrder(rng);
    }

private:
    std::vector<Id> ids(const char* sql) {
        std::vector<Id> out;
        sql::Statement q(m_db.handle(), sql);
        while (q.step())
            out.push_back(q.int64(0));
        return out;
    }
    std::optional<Id> pick(std::mt19937_64& rng, const char* sql) {
        const std::vector<Id> all = ids(sql);
        if (all.empty())
            return std::nullopt;
        return all[rng() % all.size()];
    }
    QString unique(const char* prefix) {
        return QStringLiteral("%1%2-%3").arg(QLatin1String(prefix)).arg(m_index).arg(++m_counter);
    }
    // The edit just saved, stamped with its clock, device and what the device had applied.
    FieldEdit stamped(const QString& table, Id row, const QString& column, const QString& value) {
        FieldEdit e{table, row, column, value, 0, 0, {}};
        e.device = sql::queryInt(m_db.handle(), "SELECT device_id FROM sync_self");
        sql::Statement q(m_db.handle(), "SELECT origin, hlc FROM sync_applied");
        while (q.step())
            e.seen[q.int64(0)] = q.int64(1);
        e.clock = e.seen[e.device];
        return e;
    }

    void addCustomer(std::mt19937_64& rng) {
        Customer c;
        c.ref = unique("C");
        c.name = QStringLiteral("Customer %1").arg(rng() % 1000);
        c.city = QStringLiteral("City %1").arg(rng() % 20);
        (void)CustomerRepository(m_db).create(c);
    }
    void editCustomer(std::mt19937_64& rng, std::vector<FieldEdit>& edits) {
        const auto id = pick(rng, "SELECT id FROM customer ORDER BY id");
        if (!id)
            return;
        CustomerRepository repo(m_db);
        auto c = repo.get(*id);
        REQUIRE(c.ok());
        const QString value = QStringLiteral("v%1-%2").arg(m_index).arg(++m_counter);
        static const char* const columns[] = {"name", "city", "notes", "phones"};
        const QString column = QLatin1String(columns[rng() % 4]);
        if (column == QLatin1String("name"))
            c->name = value;
        else if (column == QLatin1String("city"))
            c->city = value;
        else if (column == QLatin1String("notes"))
            c->notes = value;
        else
            // Unique per copy: the same number typed on two copies would be no edit on the second.
            c->phones =
                QStringLiteral("13%1%2").arg(m_index).arg(m_counter, 8, 10, QLatin1Char('0'));
        REQUIRE(repo.update(*c).ok());
        edits.push_back(stamped(QStringLiteral("customer"), *id, column,
                                column == QLatin1String("phones") ? c->phones : value));
    }
    void removeCustomer(std::mt19937_64& rng) {
        if (const auto id = pick(rng, "SELECT id FROM customer ORDER BY id"))
            (void)CustomerRepository(m_db).remove(*id); // refused while it has orders
    }
    void addProduct(std::mt19937_64& rng) {
        Product p;
        p.sku = unique("P");
        p.name = QStringLiteral("Product %1").arg(rng() % 1000);
        p.unitPrice = static_cast<Money>(100 + rng() % 10000);
        p.unitCost = p.unitPrice / 2;
        (void)ProductRepository(m_db).create(p);
    }
    std::optional<Product> pickProduct(std::mt19937_64& rng) {
        const auto id = pick(rng, "SELECT id FROM product ORDER BY id");
        if (!id)
            return std::nullopt;
        auto p = ProductRepository(m_db).get(*id);
        REQUIRE(p.ok());
        return *p;
    }
    void editProduct(std::mt19937_64& rng, std::vector<FieldEdit>& edits) {
        auto p = pickProduct(rng);
        if (!p)
            return;
        ProductRepository repo(m_db);
        QString column;
        QString value;
        if (rng() % 2) {
            column = QStringLiteral("unit_price");
            // Never the price it has: an unchanged price is no edit.
            const Money before = p->unitPrice;
            p->unitPrice = static_cast<Money>(100 + rng() % 100000);
            if (p->unitPrice == before)
                ++p->unitPrice;
            value = QString::number(p->unitPrice);
        } else {
            column = QStringLiteral("name");
            p->name = QStringLiteral("p%1-%2").arg(m_index).arg(++m_counter);
            value = p->name;
        }
        REQUIRE(repo.update(*p).ok());
        edits.push_back(stamped(QStringLiteral("product"), p->id, column, value));
    }
    void removeProduct(std::mt19937_64& rng) {
        if (const auto id = pick(rng, "SELECT id FROM product ORDER BY id"))
            (void)ProductRepository(m_db).remove(*id); // refused while order lines use it
    }
    void addOrder(std::mt19937_64& rng) {
        const auto customer = pick(rng, "SELECT id FROM customer ORDER BY id");
        const std::vector<Id> products = ids("SELECT id FROM product ORDER BY id");
        if (!customer || products.empty())
            return;
        Order o;
        o.number = unique("O");
        o.orderedAt =
            QStringLiteral("2024-06-%1 10:00:00").arg(1 + rng() % 28, 2, 10, QLatin1Char('0'));
        o.customerId = *customer;
        const int lines = 1 + static_cast<int>(rng() % 3);
        for (int i = 0; i < lines; ++i) {
            OrderLine line;
            line.productId = products[rng() % products.size()];
            line.quantity = 1 + static_cast<qint64>(rng() % 5);
            line.unitPrice = static_cast<Money>(100 + rng() % 5000);
            o.lines.push_back(line);
        }
        auto made = OrderRepository(m_db).create(o);
        INFO((made ? QString() : made.error().message).toStdString());
        REQUIRE(made.ok());
    }
    // Moves stock: confirming takes it, cancelling or returning gives it back.
    void changeOrderStatus(std::mt19937_64& rng) {
        const auto id = pick(rng, "SELECT id FROM orders ORDER BY id");
        if (!id)
            return;
        const QString& status = order_values::statuses[static_cast<qsizetype>(
            rng() % static_cast<std::uint64_t>(order_values::statuses.size()))];
        REQUIRE(OrderRepository(m_db).setStatus(*id, status).ok());
    }
    // A count of the stock on hand.
    void countStock(std::mt19937_64& rng) {
        if (auto p = pickProduct(rng)) {
            p->stock = static_cast<qint64>(rng() % 50);
            REQUIRE(ProductRepository(m_db).update(*p).ok());
        }
    }
    void removeOrder(std::mt19937_64& rng) {
        if (const auto id = pick(rng, "SELECT id FROM orders ORDER BY id"))
            REQUIRE(OrderRepository(m_db).remove(*id).ok());
    }

    Database& m_db;
    int m_index;
    int m_counter = 0;
};

struct Mail {
    QString path;
    int to = 0;
};

// Every packet ever written for a copy is delivered to it at some point, maybe late, maybe twice.
class Postman {
public:
    Postman(const TempDir& dir, std::vector<Copy>& copies)
        : m_dir(dir)
        , m_copies(copies) {}

    void write(std::mt19937_64& rng, int from, int to) {
        auto target = sync::syncStatus(m_copies[static_cast<std::size_t>(to)].db());
        REQUIRE(target.ok());
        const QString path = m_dir.path(QStringLiteral("mail-%1.sync").arg(++m_count));
        Database& source = m_copies[static_cast<std::size_t>(from)].db();
        auto written = sync::exportPacket(source, rng() % 4 ? target->self.name : QString(), path);
        if (!written)
            written = sync::exportPacket(source, QString(), path); // not heard of it yet
        REQUIRE(written.ok());
        m_pending.push_back({path, to});
    }

    void deliverSome(std::mt19937_64& rng) {
        for (std::size_t n = rng() % (m_pending.size() + 1); n > 0 && !m_pending.empty(); --n) {
            const std::size_t i = rng() % m_pending.size();
            deliver(m_pending[i]);
            if (rng() % 5 == 0)
                deliver(m_pending[i]); // a duplicate
            m_delivered.push_back(m_pending[i]);
            m_pending.erase(m_pending.begin() + static_cast<std::ptrdiff_t>(i));
        }
        if (!m_delivered.empty() && rng() % 3 == 0)
            deliver(m_delivered[rng() % m_delivered.size()]); // an old one again
    }

    void deliverAll() {
        while (!m_pending.empty()) {
            deliver(m_pending.back());
            m_pending.pop_back();
        }
    }

private:
    void deliver(const Mail& mail) {
        auto imported =
            sync::importPacket(m_copies[static_cast<std::size_t>(mail.to)].db(), mail.path);
        INFO((imported ? QString() : imported.error().message).toStdString());
        REQUIRE(imported.ok());
    }

    const TempDir& m_dir;
    std::vector<Copy>& m_copies;
    std::vector<Mail> m_pending;
    std::vector<Mail> m_delivered;
    int m_count = 0;
};

QString currentValue(Database& db, const FieldEdit& e, bool* exists) {
    sql::Statement q(db.handle(),
                     QStringLiteral("SELECT \"%1\" FROM %2 WHERE id = ?").arg(e.column, e.table));
    q.bind(1, e.row);
    *exists = q.step();
    return *exists ? q.text(0) : QString();
}

bool listedAsLost(std::vector<Copy>& copies, const FieldEdit& e) {
    for (Copy& c : copies) {
        sql::Statement q(c.db().handle(),
                         "SELECT count(*) FROM sync_conflict WHERE tbl = ? AND row = ? AND col = ? "
                         "AND CAST(lost_value AS TEXT) = ?");
        q.bind(1, e.table).bind(2, QString::number(e.row)).bind(3, e.column).bind(4, e.value);
        if (q.step() && q.int64(0) > 0)
            return true;
    }
    return false;
}

// An edit is in the final content, or a later edit of the same field made knowing it replaced
// it, or it lost to a concurrent edit and a copy lists it among the conflicts.
void checkEditKept(std::vector<Copy>& copies, const std::vector<FieldEdit>& edits,
                   const FieldEdit& e) {
    bool exists = false;
    const QString value = currentValue(copies.front().db(), e, &exists);
    if (!exists || value == e.value)
        return;
    for (const FieldEdit& later : edits) {
        const auto seen = later.seen.find(e.device);
        if (later.table == e.table && later.row == e.row && later.column == e.column &&
            &later != &e && seen != later.seen.end() && seen->second >= e.clock)
            return;
    }
    INFO(QStringLiteral("%1 %2 %3 = %4 lost without a trace")
             .arg(e.table)
             .arg(e.row)
             .arg(e.column, e.value)
             .toStdString());
    CHECK(listedAsLost(copies, e));
}

void checkSame(std::vector<Copy>& copies) {
    const QStringList first = userContent(copies.front().db());
    for (std::size_t i = 1; i < copies.size(); ++i) {
        const QStringList other = userContent(copies[i].db());
        if (other != first) {
            for (int r = 0; r < std::min(first.size(), other.size()); ++r)
                if (first[r] != other[r]) {
                    INFO(first[r].toStdString() + "\n" + other[r].toStdString());
                    CHECK(first[r] == other[r]);
                    break;
                }
        }
        REQUIRE(other.size() == first.size());
        REQUIRE(other == first);
    }
    const QString onHand = QStringLiteral("SELECT group_concat(%1, ' ') FROM (SELECT * FROM "
                                          "product p ORDER BY id) p")
                               .arg(onHandSql(QStringLiteral("p")));
    for (Copy& c : copies) {
        CHECK(sql::queryText(c.db().handle(), onHand.toStdString()) ==
              sql::queryText(copies.front().db().handle(), onHand.toStdString()));
        CHECK(sql::queryText(c.db().handle(), "PRAGMA integrity_check") == QStringLiteral("ok"));
        CHECK(queryCount(c.db(), "SELECT count(*) FROM pragma_foreign_key_check") == 0);
        CHECK(queryCount(c.db(), "SELECT count(*) FROM customer") ==
              queryCount(c.db(), "SELECT count(*) FROM customer_fts"));
        CHECK(sql::queryText(c.db().handle(), "INSERT INTO customer_fts (customer_fts, rank) "
                                              "VALUES ('integrity-check', 1) RETURNING 'ok'") ==
              QStringLiteral("ok"));
    }
}

// Packets and clones are written with fsync, as they should be; the simulation only needs them
// to be bytes, so it runs in memory where there is a memory file system.
class TempFolderInMemory {
public:
    TempFolderInMemory()
        : m_saved(qgetenv("TMPDIR")) {
        if (QFileInfo(QStringLiteral("/dev/shm")).isWritable())
            qputenv("TMPDIR", "/dev/shm");
    }
    ~TempFolderInMemory() {
        if (m_saved.isEmpty())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", m_saved);
    }
    TempFolderInMemory(const TempFolderInMemory&) = delete;
    TempFolderInMemory& operator=(const TempFolderInMemory&) = delete;

private:
    QByteArray m_saved;
};

void runSeed(std::uint64_t seed, int editsPerCopy, qint64* conflicts) {
    const TempFolderInMemory inMemory;
    TempDir dir;
    auto family = makeFamily(dir, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    std::vector<Copy> copies;
    for (std::size_t i = 0; i < family.size(); ++i) {
        family[i]->exec("PRAGMA synchronous = OFF"); // merging is under test, not durability
        copies.emplace_back(*family[i], static_cast<int>(i));
    }
    std::mt19937_64 rng(seed);
    std::vector<FieldEdit> edits;
    Postman postman(dir, copies);
    const int rounds = 10;
    for (int round = 0; round < rounds; ++round) {
        for (Copy& c : copies)
            for (int e = 0; e < editsPerCopy / rounds; ++e)
                c.randomEdit(rng, edits);
        for (int k = 0; k < 3; ++k) {
            const int from = static_cast<int>(rng() % 3);
            postman.write(rng, from, (from + 1 + static_cast<int>(rng() % 2)) % 3);
        }
        postman.deliverSome(rng);
    }
    postman.deliverAll();
    // Until every copy has everything: every pair, both ways, twice (relays need a second hop).
    for (int pass = 0; pass < 2; ++pass)
        for (int from = 0; from < 3; ++from)
            for (int to = 0; to < 3; ++to)
                if (from != to)
                    sendPacket(copies[static_cast<std::size_t>(from)].db(),
                               copies[static_cast<std::size_t>(to)].db(), dir);
    checkSame(copies);
    for (const FieldEdit& e : edits)
        checkEditKept(copies, edits, e);
    *conflicts += queryCount(copies.front().db(), "SELECT count(*) FROM sync_conflict");
}

} // namespace

TEST_CASE("copies editing at random and exchanging packets in any order end up identical",
          "[sync][simulation]") {
    const int seeds = envInt("CLIENTELE_SYNC_SEEDS", 20);
    const int edits = envInt("CLIENTELE_SYNC_EDITS", 100);
    qint64 conflicts = 0;
    const int firstSeed = envInt("CLIENTELE_SYNC_FIRST_SEED", 1);
    for (int seed = firstSeed; seed < firstSeed + seeds; ++seed) {
        INFO("seed " << seed);
        runSeed(static_cast<std::uint64_t>(seed), edits, &conflicts);
    }
    CHECK(conflicts > 0); // the runs did meet concurrent edits of one field
}
