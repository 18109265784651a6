#pragma once

#include "common/dates.h"
#include "common/ids.h"
#include "common/money.h"
#include "common/progress.h"
#include "demo_generator.h"
#include "demo_random.h"
#include "demo_words.h"

#include <QString>

#include <optional>
#include <vector>

namespace clientele {
class Database;
}

namespace clientele::demo {

struct DemoCustomer {
    Id id = 0;
    QString ref;
    bool company = false;
    std::optional<Id> companyId;
    std::vector<Id> contacts; // people at this company
    int city = 0;
    int salesperson = 0;
    QString channel;
    QString location;
    DayNumber created = 0;
    DayNumber acquired = 0; // first order
    DayNumber lapse = 0;    // after this day they buy no more
    double weight = 1;      // how much they buy
    int favouriteCategory = 0;
    bool buyer = false;
    int orders = 0;
    Money spend = 0;
};

struct DemoCampaign {
    Id id = 0;
    QString code;
    DayNumber starts = 0;
    DayNumber ends = 0;
    std::vector<int> members; // customer indexes
};

struct DemoOrder {
    DayNumber day = 0;
    int customer = 0;
    int campaign = -1;
};

// State shared by the generation steps, which run in order inside one transaction.
struct DemoContext {
    DemoContext(Database& database, const DemoOptions& o, Progress p)
        : db(database)
        , options(o)
        , random(o.seed)
        , progress(std::move(p)) {}

    Database& db;
    DemoOptions options;
    Random random;
    Progress progress;
    DayNumber start = 0;
    DayNumber end = 0;
    qint64 nextIdCounter = 0;
    std::vector<DemoCustomer> customers;
    std::vector<Id> productIds;
    std::vector<DemoCampaign> campaigns;
    std::vector<DemoOrder> orders;
    std::vector<QString> categories;
    DemoSummary summary;

    Id nextId() { return idAt(qint64(start) * 86400000 + ++nextIdCounter, random.bits()); }
    QString timestamp(DayNumber day) // a plausible time of day during opening hours
    {
        return formatStoredDateTime({day, 9 * 3600 + random.between(0, 10 * 3600), true});
    }
};

Status generateCatalog(DemoContext& ctx);
Status generateCustomers(DemoContext& ctx);
Status generateCampaigns(DemoContext& ctx);
Status planOrders(DemoContext& ctx);
Status writeOrders(DemoContext& ctx);
Status generateActivity(
    DemoContext& ctx); // visits, preferences, notes, competitors, tickets, tasks, expenses

double seasonWeight(int month);

} // namespace clientele::demo
