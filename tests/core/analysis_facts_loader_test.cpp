#include "analysis/facts_cache.h"
#include "analysis/facts_loader.h"
#include "analysis/persistency.h"
#include "analysis/profiling.h"
#include "analysis/profitability.h"
#include "domain/campaign_repository.h"
#include "domain/preference_repository.h"
#include "domain_fixture.h"

#include <QThread>

using namespace clientele;
using namespace clientele::analysis;
using namespace clientele::test;

namespace {

std::shared_ptr<const Facts> load(const Database& db) {
    auto facts = loadFacts(db);
    INFO(message(facts));
    REQUIRE(facts.ok());
    return *facts;
}

int orderIndex(const Facts& f, const QString& number) {
    for (int i = 0; i < f.orders.size(); ++i)
        if (f.orders.number.at(i) == number)
            return i;
    return kNone;
}

// Two customers, two products and five orders of which three count.
struct Shop {
    TempDir dir;
    std::unique_ptr<Database> db = createDatabase(dir);
    Id zed = addCustomer(*db, QStringLiteral("ZED"));
    Id amy = addCustomer(*db, QStringLiteral("AMY"));
    Id tea = addProduct(*db, QStringLiteral("TEA"), 1000, 600);
    Id cup = addProduct(*db, QStringLiteral("CUP"), 250, 100);

    Shop() {
        // Counted, on one day and given out of number order: B-2 before B-10 would be the
        // numeric order, but numbers sort as text, so "B-10" < "B-2".
        addOrder(*db, makeOrder(QStringLiteral("B-2"), amy, QStringLiteral("2024-03-05 08:00"),
                                {line(cup, 4, 250, 0, 80)}, QStringLiteral("delivered")));
        addOrder(*db, makeOrder(QStringLiteral("B-10"), zed, QStringLiteral("2024-03-05 17:00"),
                                {line(tea, 2, 1000, 100, 600), line(cup, 1, 250, 0, 100)},
                                QStringLiteral("paid")));
        addOrder(*db, makeOrder(QStringLiteral("A-1"), zed, QStringLiteral("2024-01-10"),
                                {line(tea, 1, 1000, 0, 600)}));
        // Never counted.
        addOrder(*db, makeOrder(QStringLiteral("Q-1"), amy, QStringLiteral("2024-02-01"),
                                {line(tea, 9, 1000)}, QStringLiteral("quote")));
        addOrder(*db, makeOrder(QStringLiteral("X-1"), amy, QStringLiteral("2024-02-02"),
                                {line(tea, 9, 1000)}, QStringLiteral("cancelled")));
        addOrder(*db, makeOrder(QStringLiteral("R-1"), zed, QStringLiteral("2024-02-03"),
                                {line(tea, 9, 1000)}, QStringLiteral("returned")));
    }
};

} // namespace

TEST_CASE("the facts loader keeps only counted orders, sorted by day then number",
          "[analysis][facts]") {
    Shop shop;
    auto f = load(*shop.db);
    REQUIRE(f->orders.size() == 3);
    CHECK(f->orders.number.at(0) == QStringLiteral("A-1"));
    CHECK(f->orders.number.at(1) == QStringLiteral("B-10"));
    CHECK(f->orders.number.at(2) == QStringLiteral("B-2"));
    CHECK(f->orders.day == std::vector<DayNumber>{dayNumber({2024, 1, 10}), dayNumber({2024, 3, 5}),
                                                  dayNumber({2024, 3, 5})});
    // Customers sorted by ref: AMY 0, ZED 1.
    CHECK(f->customers.ref == std::vector<QString>{QStringLiteral("AMY"), QStringLiteral("ZED")});
    CHECK(f->orders.customer == std::vector<int>{1, 1, 0});
}

TEST_CASE("the facts loader groups lines by order and computes their money", "[analysis][facts]") {
    Shop shop;
    auto f = load(*shop.db);
    const LineFacts& l = f->lines;
    REQUIRE(l.size() == 4);
    CHECK(f->orders.firstLine == std::vector<int>{0, 1, 3, 4});
    CHECK(l.order == std::vector<int>{0, 1, 1, 2});
    // Products sorted by sku: CUP 0, TEA 1.
    CHECK(l.product == std::vector<int>{1, 1, 0, 0});
    CHECK(l.quantity == std::vector<qint64>{1, 2, 1, 4});
    // 1 x 1000 = 1000, cost 600. B-10: 2 x 1000 - 100 = 1900, cost 1200; 1 x 250, cost 100.
    // B-2: 4 x 250 = 1000, cost 4 x 80 = 320.
    CHECK(l.revenue == std::vector<Money>{1000, 1900, 250, 1000});
    CHECK(l.cost == std::vector<Money>{600, 1200, 100, 320});
    CHECK(l.profit(1) == 700);
}

TEST_CASE("the facts loader groups lines stored out of order by order and line number",
          "[analysis][facts]") {
    Shop shop;
    // B-10's lines swap numbers (cup becomes line 1), and A-1 gets a second line stored after
    // every other line of the table.
    shop.db->exec("UPDATE order_line SET line_no = 99 WHERE line_no = 1 AND order_id = "
                  "(SELECT id FROM orders WHERE number = 'B-10')");
    shop.db->exec("UPDATE order_line SET line_no = 1 WHERE line_no = 2 AND order_id = "
                  "(SELECT id FROM orders WHERE number = 'B-10')");
    shop.db->exec("UPDATE order_line SET line_no = 2 WHERE line_no = 99");
    shop.db->exec("INSERT INTO order_line (order_id, line_no, product_id, quantity, unit_price, "
                  "unit_cost) SELECT id, 2, (SELECT id FROM product WHERE sku = 'CUP'), 3, 250, "
                  "100 FROM orders WHERE number = 'A-1'");
    auto f = load(*shop.db);
    // tea 1000, then the late cup 3 x 250 = 750. B-10: cup 250, then tea 1900. B-2: 1000.
    CHECK(f->orders.firstLine == std::vector<int>{0, 2, 4, 5});
    CHECK(f->lines.order == std::vector<int>{0, 0, 1, 1, 2});
    CHECK(f->lines.product == std::vector<int>{1, 0, 0, 1, 0});
    CHECK(f->lines.revenue == std::vector<Money>{1000, 750, 250, 1900, 1000});
    CHECK(f->lines.cost == std::vector<Money>{600, 300, 100, 1200, 320});
}

TEST_CASE("the facts loader keeps an erased customer's orders without a customer",
          "[analysis][facts]") {
    Shop shop;
    shop.db->exec("UPDATE orders SET customer_id = NULL WHERE number = 'A-1'");
    auto f = load(*shop.db);
    CHECK(f->orders.customer[static_cast<std::size_t>(orderIndex(*f, QStringLiteral("A-1")))] ==
          kNone);
    CHECK(f->orders.customer[static_cast<std::size_t>(orderIndex(*f, QStringLiteral("B-10")))] ==
          1);
}

TEST_CASE("the facts loader reads customers' attributes, campaigns and preferences",
          "[analysis][facts]") {
    Shop shop;
    shop.db->exec("UPDATE customer SET tags = ' vip ;; tea lover;vip', city = 'Hangzhou', "
                  "birthday = '1980-02-29', status = 'lost', kind = 'company' WHERE ref = 'ZED'");
    Campaign spring;
    spring.code = QStringLiteral("SPRING");
    spring.name = QStringLiteral("Spring tea");
    spring.startsOn = QStringLiteral("2024-03-01");
    spring.cost = 5000;
    auto campaign = CampaignRepository(*shop.db).create(spring);
    REQUIRE(campaign.ok());
    REQUIRE(CampaignRepository(*shop.db).addMembers(*campaign, {shop.zed, shop.amy}).ok());
    Preference p;
    p.customerId = shop.amy;
    p.category = QStringLiteral("tea");
    p.value = QStringLiteral("oolong");
    p.sentiment = QStringLiteral("dislike");
    REQUIRE(PreferenceRepository(*shop.db).create(p).ok());

    auto f = load(*shop.db);
    const CustomerFacts& c = f->customers;
    REQUIRE(c.tags[1].size() == 2);
    CHECK(f->tags.text(c.tags[1][0]) == QStringLiteral("vip"));
    CHECK(f->tags.text(c.tags[1][1]) == QStringLiteral("tea lover"));
    CHECK(c.tags[0].empty());
    CHECK(f->cities.text(c.city[1]) == QStringLiteral("Hangzhou"));
    CHECK(c.city[0] == 0);
    CHECK(c.birthday[1] == dayNumber({1980, 2, 29}));
    CHECK(c.birthday[0] == kNoDay);
    CHECK(c.status[1] == CustomerStatus::Lost);
    CHECK(c.kind[1] == CustomerKind::Company);
    CHECK(c.kind[0] == CustomerKind::Person);

    REQUIRE(f->campaigns.size() == 1);
    CHECK(f->campaigns.code[0] == QStringLiteral("SPRING"));
    CHECK(f->campaigns.cost[0] == 5000);
    CHECK(f->campaigns.startsOn[0] == dayNumber({2024, 3, 1}));
    CHECK(f->campaigns.endsOn[0] == kNoDay);
    CHECK(f->campaigns.members[0] == std::vector<int>{0, 1});

    REQUIRE(f->preferences.size() == 1);
    CHECK(f->preferences.customer[0] == 0);
    CHECK(f->preferenceValues.text(f->preferences.value[0]) == QStringLiteral("oolong"));
    CHECK(f->preferences.sentiment[0] == Sentiment::Dislike);
}

TEST_CASE("the facts loader never sees a customer whose only order was cancelled buy anything",
          "[analysis][facts]") {
    Shop shop;
    const Id bob = addCustomer(*shop.db, QStringLiteral("BOB"));
    addOrder(*shop.db, makeOrder(QStringLiteral("X-2"), bob, QStringLiteral("2024-04-01"),
                                 {line(shop.tea, 1, 1000)}, QStringLiteral("cancelled")));
    auto f = load(*shop.db);
    REQUIRE(f->customers.ref[1] == QStringLiteral("BOB"));
    for (int customer : f->orders.customer)
        CHECK(customer != 1);
    // So none of the analyses counts BOB among the customers who bought: AMY and ZED only.
    const Window w{dayNumber({2024, 1, 1}), dayNumber({2024, 6, 30}), dayNumber({2024, 6, 30})};
    const ProfitabilityResult profit = computeProfitability(*f, w);
    REQUIRE(profit.customers.size() == 2);
    for (const CustomerProfit& c : profit.customers)
        CHECK(c.customer != 1);
    const PersistencyResult persistency = computePersistency(*f, w);
    REQUIRE(persistency.customers.size() == 2);
    CHECK(persistency.customers[1].customer == 2);
    const ProfilingResult profiling = computeProfiling(*f, w);
    REQUIRE(profiling.rfm.size() == 2);
    CHECK(profiling.customers == 3);
    CHECK(profileCustomer(*f, w, 1).orders == 0);
}

TEST_CASE("the facts loader stops when asked to", "[analysis][facts]") {
    Shop shop;
    auto facts = loadFacts(*shop.db, [](qint64, qint64) { return false; });
    REQUIRE_FALSE(facts.ok());
    CHECK(facts.error().kind == Error::Kind::Cancelled);
}

TEST_CASE("the facts loader reports progress up to the total", "[analysis][facts]") {
    Shop shop;
    qint64 lastDone = -1, lastTotal = 0;
    auto facts = loadFacts(*shop.db, [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    REQUIRE(facts.ok());
    CHECK(lastDone == lastTotal);
    // The rows read: 2 customers, 6 orders and 7 lines (B-10 has two), whatever their ids.
    CHECK(lastTotal == 15);
}

TEST_CASE("the facts cache reloads after a write and not otherwise", "[analysis][facts]") {
    Shop shop;
    FactsCache cache;
    auto first = cache.facts(*shop.db);
    REQUIRE(first.ok());
    auto again = cache.facts(*shop.db);
    REQUIRE(again.ok());
    CHECK(cache.loads() == 1);
    CHECK(again->get() == first->get());

    addOrder(*shop.db, makeOrder(QStringLiteral("C-1"), shop.amy, QStringLiteral("2024-05-01"),
                                 {line(shop.tea, 1, 1000)}));
    auto after = cache.facts(*shop.db);
    REQUIRE(after.ok());
    CHECK(cache.loads() == 2);
    CHECK((*after)->orders.size() == 4);
}

TEST_CASE("the facts cache sees another connection's commit from a worker thread",
          "[analysis][facts]") {
    Shop shop;
    FactsCache cache;
    auto sibling = shop.db->openSibling();
    REQUIRE(sibling.ok());
    std::unique_ptr<Database> worker = std::move(*sibling);
    auto onWorker = [&] {
        Result<std::shared_ptr<const Facts>> result = Error::cancelled();
        std::unique_ptr<QThread> thread(QThread::create([&] { result = cache.facts(*worker); }));
        thread->start();
        thread->wait();
        return result;
    };
    auto first = onWorker();
    REQUIRE(first.ok());
    CHECK((*first)->orders.size() == 3);
    REQUIRE(onWorker().ok());
    CHECK(cache.loads() == 1);

    addOrder(*shop.db, makeOrder(QStringLiteral("C-1"), shop.amy, QStringLiteral("2024-05-01"),
                                 {line(shop.tea, 1, 1000)}));
    auto after = onWorker();
    REQUIRE(after.ok());
    CHECK(cache.loads() == 2);
    CHECK((*after)->orders.size() == 4);
}

TEST_CASE("the facts cache loads afresh through another connection and after clear",
          "[analysis][facts]") {
    Shop shop;
    FactsCache cache;
    REQUIRE(cache.facts(*shop.db).ok());
    auto sibling = shop.db->openSibling();
    REQUIRE(sibling.ok());
    // Change stamps of two connections do not compare, so the other connection reloads.
    REQUIRE(cache.facts(**sibling).ok());
    CHECK(cache.loads() == 2);
    REQUIRE(cache.facts(**sibling).ok());
    CHECK(cache.loads() == 2);
    cache.clear();
    REQUIRE(cache.facts(**sibling).ok());
    CHECK(cache.loads() == 3);
}
