#include "sales_import.h"

#include "common/ids.h"
#include "domain/customer_repository.h"
#include "domain/product_repository.h"
#include "import_run.h"
#include "kind_specs.h"
#include "reference_lookup.h"
#include "storage/database.h"
#include "storage/sqlite.h"

#include <limits>

namespace clientele {

namespace {

enum Column {
    OrderNumber,
    OrderedAt,
    CustomerRef,
    ProductSku,
    Quantity,
    UnitPrice,
    CustomerName,
    ProductName,
    Category,
    UnitCost,
    Discount,
    Channel,
    Location,
    Salesperson,
    OrderStatus,
    Campaign
};

// Keeps quantity * price well inside 64 bits, as order validation does.
constexpr qint64 kMaxLineAmount = std::numeric_limits<qint64>::max() / 1'000'000;

} // namespace

SalesImport::SalesImport(Database& db)
    : m_db(db)
    , m_schema(schemaOf(salesColumns())) {}

const QString& SalesImport::intern(const QString& text) {
    return *m_strings.insert(text);
}

void SalesImport::readRow(RowCells& cells) {
    if (m_present.empty())
        for (int i = 0; i <= Campaign; ++i)
            m_present.push_back(cells.has(i));
    std::vector<CellValue> v;
    for (int i = 0; i <= Campaign; ++i)
        v.push_back(cells.value(i));
    if (cells.failed())
        return;
    Line line;
    line.line = cells.line();
    line.sku = intern(v[ProductSku].text);
    line.quantity = v[Quantity].integer;
    line.unitPrice = v[UnitPrice].integer;
    if (!v[UnitCost].isNull())
        line.unitCost = v[UnitCost].integer;
    line.discount = v[Discount].integer;
    if (line.unitPrice > kMaxLineAmount / line.quantity) {
        cells.problem(Quantity, QStringLiteral("quantity times unit price is too large"));
        return;
    }
    if (line.discount > line.quantity * line.unitPrice) {
        cells.problem(Discount, QStringLiteral("is more than quantity times unit price"));
        return;
    }
    const QString& number = v[OrderNumber].text;
    auto found = m_orderIndex.constFind(number);
    if (found == m_orderIndex.constEnd()) {
        OrderGroup order;
        order.number = number;
        order.orderedAt = v[OrderedAt].text;
        order.customerRef = intern(v[CustomerRef].text);
        order.channel = intern(v[Channel].text);
        order.location = intern(v[Location].text);
        order.salesperson = intern(v[Salesperson].text);
        order.status = intern(v[OrderStatus].text);
        order.campaign = intern(v[Campaign].text);
        order.firstLine = line.line;
        found = m_orderIndex.insert(number, static_cast<int>(m_orders.size()));
        m_orders.push_back(std::move(order));
    } else {
        const OrderGroup& order = m_orders[static_cast<std::size_t>(*found)];
        if (order.orderedAt != v[OrderedAt].text)
            cells.problem(OrderedAt, QStringLiteral("order %1 is dated %2 on line %3; every row "
                                                    "of an order must have the same date")
                                         .arg(number, order.orderedAt)
                                         .arg(order.firstLine));
        if (order.customerRef != v[CustomerRef].text)
            cells.problem(CustomerRef,
                          QStringLiteral("order %1 is for customer %2 on line %3; every row of an "
                                         "order must have the same customer")
                              .arg(number, order.customerRef)
                              .arg(order.firstLine));
        if (cells.failed())
            return;
    }
    line.order = *found;
    ++m_orders[static_cast<std::size_t>(line.order)].lines;
    if (!m_customerNames.contains(v[CustomerRef].text))
        m_customerNames.insert(v[CustomerRef].text, v[CustomerName].text);
    if (!m_productRows.contains(line.sku))
        m_productRows.insert(line.sku, {v[ProductName].text, v[Category].text, line.unitPrice,
                                        line.unitCost.value_or(0)});
    m_lines.push_back(std::move(line));
}

void SalesImport::check(ImportRun& run) {
    checkCustomers(run);
    checkProducts(run);
    checkOrders(run);
}

void SalesImport::checkCustomers(ImportRun& run) {
    ReferenceLookup customers(m_db, RefTable::Customer);
    for (const OrderGroup& order : m_orders) {
        if (m_customerIds.contains(order.customerRef))
            continue;
        if (auto id = customers.find(order.customerRef)) {
            m_customerIds.insert(order.customerRef, *id);
        } else {
            m_customerIds.insert(order.customerRef, newId());
            m_newCustomers << order.customerRef;
        }
    }
    run.summary().alsoCreated.push_back({QStringLiteral("customers"), m_newCustomers.size()});
}

void SalesImport::checkProducts(ImportRun& run) {
    sql::Statement known(m_db.handle(), "SELECT id, unit_cost FROM product WHERE sku = ?");
    for (const Line& line : m_lines) {
        if (m_products.contains(line.sku))
            continue;
        known.bind(1, line.sku);
        if (known.step()) {
            m_products.insert(line.sku, {known.int64(0), known.int64(1)});
        } else {
            m_products.insert(line.sku, {newId(), m_productRows.value(line.sku).unitCost});
            m_newProducts << line.sku;
        }
        known.reset();
    }
    run.summary().alsoCreated.push_back({QStringLiteral("products"), m_newProducts.size()});
}

void SalesImport::checkOrders(ImportRun& run) {
    ReferenceLookup orders(m_db, RefTable::Order);
    ReferenceLookup campaigns(m_db, RefTable::Campaign);
    qint64 created = 0;
    for (OrderGroup& order : m_orders) {
        if (!order.campaign.isEmpty()) {
            order.campaignId = campaigns.find(order.campaign);
            if (!order.campaignId)
                run.problems().add(order.firstLine, QStringLiteral("campaign"),
                                   QStringLiteral("no campaign \"%1\" in the database (import "
                                                  "the campaigns first)")
                                       .arg(order.campaign));
        }
        const std::optional<qint64> existing = orders.find(order.number);
        if (!existing) {
            order.id = newId();
            ++created;
            run.summary().created += order.lines;
            continue;
        }
        order.id = *existing;
        switch (run.options().onDuplicate) {
        case OnDuplicate::Error:
            run.problems().add(order.firstLine, QStringLiteral("order_number"),
                               QStringLiteral("order %1 is already in the database (use "
                                              "--on-duplicate skip or update)")
                                   .arg(order.number));
            break;
        case OnDuplicate::Skip:
            order.action = Action::Skip;
            run.summary().skipped += order.lines;
            break;
        case OnDuplicate::Update:
            order.action = Action::Update;
            run.summary().updated += order.lines;
            break;
        }
    }
    run.summary().alsoCreated.push_back({QStringLiteral("orders"), created});
}

Status SalesImport::createCustomersAndProducts(ImportRun& run) {
    CustomerRepository customers(m_db);
    for (const QString& ref : m_newCustomers) {
        Customer c;
        c.id = m_customerIds.value(ref);
        c.ref = ref;
        c.name = m_customerNames.value(ref);
        if (c.name.isEmpty())
            c.name = ref;
        if (auto id = customers.create(c); !id)
            return id.error();
    }
    ProductRepository products(m_db);
    for (const QString& sku : m_newProducts) {
        const NewProduct& row = m_productRows[sku];
        Product p;
        p.id = m_products.value(sku).id;
        p.sku = sku;
        p.name = row.name.isEmpty() ? sku : row.name;
        p.category = row.category;
        p.unitPrice = row.unitPrice;
        p.unitCost = row.unitCost;
        p.createdAt = run.now();
        if (auto id = products.create(p); !id)
            return id.error();
    }
    return {};
}

Status SalesImport::apply(ImportRun& run) {
    if (Status s = createCustomersAndProducts(run); !s)
        return s;
    sql::Statement insertOrder(
        m_db.handle(),
        "INSERT INTO orders (id, number, ordered_at, customer_id, channel, location, salesperson, "
        "status, campaign_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    QStringList sets = {QStringLiteral("ordered_at = ?2"), QStringLiteral("customer_id = ?3"),
                        QStringLiteral("updated_at = ?4")};
    const char* optional[] = {"channel", "location", "salesperson", "status", "campaign_id"};
    for (int i = 0; i < 5; ++i)
        if (m_present[static_cast<std::size_t>(Channel + i)])
            sets << QStringLiteral("%1 = ?%2").arg(QLatin1String(optional[i])).arg(5 + i);
    sql::Statement updateOrder(
        m_db.handle(), QStringLiteral("UPDATE orders SET %1 WHERE id = ?1").arg(sets.join(u',')));
    sql::Statement deleteLines(m_db.handle(), "DELETE FROM order_line WHERE order_id = ?");
    for (const OrderGroup& order : m_orders) {
        const qint64 customer = m_customerIds.value(order.customerRef);
        if (order.action == Action::Create) {
            insertOrder.bind(1, order.id)
                .bind(2, order.number)
                .bind(3, order.orderedAt)
                .bind(4, customer)
                .bind(5, order.channel)
                .bind(6, order.location)
                .bind(7, order.salesperson)
                .bind(8, order.status)
                .bind(9, order.campaignId)
                .bind(10, run.now())
                .bind(11, run.now());
            insertOrder.exec();
            insertOrder.reset();
        } else if (order.action == Action::Update) {
            updateOrder.bind(1, order.id)
                .bind(2, order.orderedAt)
                .bind(3, customer)
                .bind(4, run.now());
            const QString* texts[] = {&order.channel, &order.location, &order.salesperson,
                                      &order.status};
            for (int i = 0; i < 4; ++i)
                if (m_present[static_cast<std::size_t>(Channel + i)])
                    updateOrder.bind(5 + i, *texts[i]);
            if (m_present[Campaign])
                updateOrder.bind(9, order.campaignId);
            updateOrder.exec();
            updateOrder.reset();
            deleteLines.bind(1, order.id).exec();
            deleteLines.reset();
        }
    }
    sql::Statement insertLine(
        m_db.handle(), "INSERT INTO order_line (id, order_id, line_no, product_id, "
                       "quantity, unit_price, unit_cost, discount) VALUES (?,?,?,?,?,?,?,?)");
    std::vector<int> lineNumbers(m_orders.size(), 0);
    qint64 done = 0;
    for (const Line& line : m_lines) {
        const OrderGroup& order = m_orders[static_cast<std::size_t>(line.order)];
        if (order.action == Action::Skip)
            continue;
        const KnownProduct product = m_products.value(line.sku);
        insertLine.bind(1, newId())
            .bind(2, order.id)
            .bind(3, ++lineNumbers[static_cast<std::size_t>(line.order)])
            .bind(4, product.id)
            .bind(5, line.quantity)
            .bind(6, qint64{line.unitPrice})
            .bind(7, qint64{line.unitCost.value_or(product.unitCost)})
            .bind(8, qint64{line.discount});
        insertLine.exec();
        insertLine.reset();
        if (++done % 4096 == 0 && !run.written(done))
            return Error::cancelled();
    }
    return {};
}

} // namespace clientele
