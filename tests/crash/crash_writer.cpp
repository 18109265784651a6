// The victim of the kill harness: an edit loop through core that prints each committed change
// ("KIND ID DETAIL") only after its transaction committed, until it is killed.
#include "domain/customer_repository.h"
#include "domain/order_repository.h"
#include "domain/product_repository.h"
#include "domain/visit_repository.h"
#include "storage/database.h"

#include <QCoreApplication>

#include <cstdio>
#include <random>

using namespace clientele;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc < 3)
        return 2;
    auto opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 3;
    }
    Database& db = **opened;
    const qint64 seed = std::strtoll(argv[2], nullptr, 10);
    std::mt19937_64 random(static_cast<quint64>(seed));
    CustomerRepository customers(db);
    OrderRepository orders(db);
    VisitRepository visits(db);
    std::vector<Id> customerIds, productIds;
    for (sql::Statement q = db.prepare("SELECT id FROM product"); q.step();)
        productIds.push_back(q.int64(0));
    for (sql::Statement q = db.prepare("SELECT id FROM customer"); q.step();)
        customerIds.push_back(q.int64(0));
    const qint64 run = static_cast<qint64>(random() % 1000000);
    for (qint64 n = 0;; ++n) {
        const int op = customerIds.empty() ? 0 : static_cast<int>(random() % 4);
        if (op == 0) {
            Customer c;
            c.ref = QStringLiteral("K%1-%2").arg(run).arg(n);
            c.name = QStringLiteral("客户 %1 %2").arg(run).arg(n);
            c.phones = QStringLiteral("138%1").arg(random() % 100000000, 8, 10, QLatin1Char('0'));
            auto id = customers.create(c);
            if (!id)
                return 1;
            customerIds.push_back(*id);
            std::printf("customer %lld\n", *id);
        } else if (op == 1) {
            Order o;
            o.number = QStringLiteral("KO%1-%2").arg(run).arg(n);
            o.orderedAt = QStringLiteral("2024-06-15 10:00:00");
            o.customerId = customerIds[random() % customerIds.size()];
            const int lines = 1 + static_cast<int>(random() % 5);
            for (int l = 0; l < lines; ++l)
                o.lines.push_back({0,
                                   0,
                                   productIds[random() % productIds.size()],
                                   1 + static_cast<qint64>(random() % 3),
                                   1000 + static_cast<Money>(random() % 5000),
                                   std::nullopt,
                                   0,
                                   {},
                                   {}});
            auto id = orders.create(o);
            if (!id)
                return 1;
            std::printf("order %lld %d\n", *id, lines);
        } else if (op == 2) {
            Visit v;
            v.customerId = customerIds[random() % customerIds.size()];
            v.occurredAt = QStringLiteral("2024-06-15 11:00:00");
            v.kind = QStringLiteral("call");
            v.notes = QStringLiteral("call %1").arg(n);
            auto id = visits.create(v);
            if (!id)
                return 1;
            std::printf("visit %lld\n", *id);
        } else {
            const Id id = customerIds[random() % customerIds.size()];
            auto c = customers.get(id);
            if (!c)
                return 1;
            // Versions grow across runs: the harness passes increasing seeds.
            const qint64 version = seed * 1000000 + n;
            c->notes = QStringLiteral("v%1").arg(version);
            if (!customers.update(*c))
                return 1;
            std::printf("update %lld %lld\n", id, version);
        }
        std::fflush(stdout);
    }
}
