#include "sales_import.h"

#include "common/ids.h"
#include "domain/customer_repository.h"
#include "domain/product_repository.h"
#include "import_batches.h"
#include "import_run.h"
#include "kind_specs.h"
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

std::string_view view(const QByteArray& bytes) {
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QString text(std::string_view utf8) {
    return QString::fromUtf8(utf8.data(), static_cast<qsizetype>(utf8.size()));
}

std::vector<CellValue> valuesOf(RowCells& cells) {
    std::vector<CellValue> v;
    v.reserve(Campaign + 1);
    for (int i = 0; i <= Campaign; ++i)
        v.push_back(cells.value(i));
    return v;
}

} // namespace

// New orders are written kOrderBatch at a time with one INSERT of many rows: SQLite rebuilds the
// lookup table of the status CHECK (an IN list) on each execution of a statement, which made a
// one-row INSERT of an order cost several times an order line. Lines may go in before their
// order: foreign keys are checked at COMMIT.
// The lines of new orders go the same way: a statement's own start and finish (cursors, the
// statement journal) cost more than the one row it writes.
constexpr int kOrderBatch = 64;
constexpr int kOrderColumns = 11;
constexpr int kLineBatch = 64;
constexpr int kLineColumns = 8;
const char* const kInsertOrder =
    "INSERT INTO orders (id, number, ordered_at, customer_id, channel, location, salesperson, "
    "status, campaign_id, created_at, updated_at) VALUES ";
const char* const kInsertLine = "INSERT INTO order_line (id, order_id, line_no, product_id, "
                                "quantity, unit_price, unit_cost, discount) VALUES ";

QString insertSql(const char* head, int rows, int columns) {
    QStringList marks(columns, QStringLiteral("?"));
    const QString row = u'(' + marks.join(u',') + u')';
    return QLatin1String(head) + QStringList(rows, row).join(u',');
}

struct PendingLine {
    qint64 values[kLineColumns] = {};
};

struct PendingOrder {
    qint64 id = 0;
    QString number, orderedAt;
    qint64 customer = 0;
    QString channel, location, salesperson, status;
    std::optional<qint64> campaign;
};

struct SalesImport::Statements {
    sql::Statement insertOrders; // kOrderBatch rows
    sql::Statement insertLines;  // kLineBatch rows
    sql::Statement insertOrder;
    sql::Statement updateOrder;
    sql::Statement deleteLines;
    sql::Statement insertLine;
    sql::Statement findOrder;
    sql::Statement lastLine;
    std::vector<PendingOrder> pending;
    std::vector<PendingLine> pendingLines;

    void flushLines(ImportRun& run, bool recording) {
        if (pendingLines.empty())
            return;
        if (recording)
            run.recorder()->setRecording(false);
        const bool batch = pendingLines.size() == kLineBatch;
        int row = 0;
        for (const PendingLine& line : pendingLines) {
            sql::Statement& q = batch ? insertLines : insertLine;
            const int at = batch ? row++ * kLineColumns : 0;
            for (int c = 0; c < kLineColumns; ++c)
                q.bind(at + c + 1, line.values[c]);
            if (!batch) {
                insertLine.exec();
                insertLine.reset();
            }
        }
        if (batch) {
            insertLines.exec();
            insertLines.reset();
        }
        pendingLines.clear();
        if (recording)
            run.recorder()->setRecording(true);
    }

    // New orders stay out of the undo changeset (they are listed instead), whatever the recording
    // state of the row that made them go now.
    void flushOrders(ImportRun& run, bool recording) {
        if (pending.empty())
            return;
        if (recording)
            run.recorder()->setRecording(false);
        const bool batch = pending.size() == kOrderBatch;
        int row = 0;
        for (const PendingOrder& o : pending) {
            sql::Statement& q = batch ? insertOrders : insertOrder;
            const int at = batch ? row++ * kOrderColumns : 0;
            q.bind(at + 1, o.id)
                .bind(at + 2, o.number)
                .bind(at + 3, o.orderedAt)
                .bind(at + 4, o.customer)
                .bind(at + 5, o.channel)
                .bind(at + 6, o.location)
                .bind(at + 7, o.salesperson)
                .bind(at + 8, o.status)
                .bind(at + 9, o.campaign)
                .bind(at + 10, run.now())
                .bind(at + 11, run.now());
            if (!batch) {
                insertOrder.exec();
                insertOrder.reset();
            }
        }
        if (batch) {
            insertOrders.exec();
            insertOrders.reset();
        }
        for (const PendingOrder& o : pending)
            run.recorder()->addCreatedOrder(o.id);
        pending.clear();
        if (recording)
            run.recorder()->setRecording(true);
    }
};

SalesImport::SalesImport(Database& db)
    : m_db(db)
    , m_schema(schemaOf(salesColumns())) {}

SalesImport::~SalesImport() = default;

quint32 SalesImport::campaignIndex(const QString& code) {
    if (code.isEmpty())
        return 0;
    auto found = m_campaignIndex.constFind(code);
    if (found == m_campaignIndex.constEnd()) {
        m_campaigns << code;
        found = m_campaignIndex.insert(code, static_cast<quint32>(m_campaigns.size()));
    }
    return *found;
}

void SalesImport::readRow(RowCells& cells) {
    if (m_present.empty())
        for (int i = 0; i <= Campaign; ++i)
            m_present.push_back(cells.has(i));
    const std::vector<CellValue> v = valuesOf(cells);
    if (cells.failed())
        return;
    const qint64 quantity = v[Quantity].integer;
    const Money unitPrice = v[UnitPrice].integer;
    if (unitPrice > kMaxLineAmount / quantity) {
        cells.problem(Quantity, QStringLiteral("quantity times unit price is too large"));
        return;
    }
    if (v[Discount].integer > quantity * unitPrice) {
        cells.problem(Discount, QStringLiteral("is more than quantity times unit price"));
        return;
    }
    const QString& number = v[OrderNumber].text;
    const QByteArray numberBytes = number.toUtf8();
    const QByteArray date = v[OrderedAt].text.toUtf8();
    const QByteArray ref = v[CustomerRef].text.toUtf8();
    std::optional<quint32> index = m_orderKeys.find(view(numberBytes));
    if (!index) {
        bool added = false;
        const quint32 customer =
            m_customers.insert(view(ref), view(v[CustomerName].text.toUtf8()), added);
        index = m_orderKeys.insert(view(numberBytes), view(date), added);
        m_orders.push_back({customer, cells.line(), 0, campaignIndex(v[Campaign].text)});
    } else {
        const OrderState& order = m_orders[*index];
        if (m_orderKeys.companion(*index) != view(date))
            cells.problem(OrderedAt, QStringLiteral("order %1 is dated %2 on line %3; every row "
                                                    "of an order must have the same date")
                                         .arg(number, text(m_orderKeys.companion(*index)))
                                         .arg(order.firstLine));
        if (m_customers.key(order.customer) != view(ref))
            cells.problem(CustomerRef,
                          QStringLiteral("order %1 is for customer %2 on line %3; every row of an "
                                         "order must have the same customer")
                              .arg(number, text(m_customers.key(order.customer)))
                              .arg(order.firstLine));
        if (cells.failed())
            return;
    }
    ++m_orders[*index].lines;
    const QString& sku = v[ProductSku].text;
    if (!m_productRows.contains(sku)) {
        m_productRows.insert(sku, {v[ProductName].text, v[Category].text, unitPrice,
                                   v[UnitCost].isNull() ? 0 : v[UnitCost].integer});
        m_skus << sku;
    }
}

void SalesImport::check(ImportRun& run) {
    checkCustomers(run);
    checkProducts(run);
    checkOrders(run);
}

void SalesImport::checkCustomers(ImportRun& run) {
    sql::Statement known(m_db.handle(), "SELECT id FROM customer WHERE ref = ?");
    m_customerIds.resize(m_customers.size());
    m_customerIsNew.resize(m_customers.size());
    for (quint32 i = 0; i < m_customers.size(); ++i) {
        known.bind(1, m_customers.key(i));
        if (known.step()) {
            m_customerIds[i] = known.int64(0);
        } else {
            m_customerIds[i] = newId();
            m_customerIsNew[i] = true;
            ++m_newCustomers;
        }
        known.reset();
    }
    run.summary().alsoCreated.push_back({QStringLiteral("customers"), m_newCustomers});
}

void SalesImport::checkProducts(ImportRun& run) {
    sql::Statement known(m_db.handle(), "SELECT id, unit_cost FROM product WHERE sku = ?");
    for (const QString& sku : std::as_const(m_skus)) {
        known.bind(1, sku);
        if (known.step()) {
            m_products.insert(sku, {known.int64(0), known.int64(1)});
        } else {
            m_products.insert(sku, {newId(), m_productRows.value(sku).unitCost});
            m_newProducts << sku;
        }
        known.reset();
    }
    run.summary().alsoCreated.push_back({QStringLiteral("products"), m_newProducts.size()});
}

void SalesImport::checkOrders(ImportRun& run) {
    sql::Statement campaigns(m_db.handle(), "SELECT id FROM campaign WHERE code = ?");
    for (const QString& code : std::as_const(m_campaigns)) {
        campaigns.bind(1, code);
        m_campaignIds.push_back(campaigns.step() ? std::optional(campaigns.int64(0))
                                                 : std::nullopt);
        campaigns.reset();
    }
    sql::Statement existing(m_db.handle(), "SELECT 1 FROM orders WHERE number = ?");
    qint64 created = 0;
    for (quint32 i = 0; i < m_orders.size(); ++i) {
        OrderState& order = m_orders[i];
        if (order.campaign != 0 && !m_campaignIds[order.campaign - 1])
            run.problems().add(order.firstLine, QStringLiteral("campaign"),
                               QStringLiteral("no campaign \"%1\" in the database (import "
                                              "the campaigns first)")
                                   .arg(m_campaigns[order.campaign - 1]));
        existing.bind(1, m_orderKeys.key(i));
        const bool exists = existing.step();
        existing.reset();
        if (!exists) {
            ++created;
            run.summary().created += order.lines;
            continue;
        }
        switch (run.options().onDuplicate) {
        case OnDuplicate::Error:
            run.problems().add(order.firstLine, QStringLiteral("order_number"),
                               QStringLiteral("order %1 is already in the database (use "
                                              "--on-duplicate skip or update)")
                                   .arg(text(m_orderKeys.key(i))));
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
    customers.setWithinCallerTransaction(true);
    for (quint32 i = 0; i < m_customers.size(); ++i) {
        if (!m_customerIsNew[i])
            continue;
        Customer c;
        c.id = m_customerIds[i];
        c.ref = text(m_customers.key(i));
        c.name = text(m_customers.companion(i));
        if (c.name.isEmpty())
            c.name = c.ref;
        if (auto id = customers.create(c); !id)
            return id.error();
    }
    ProductRepository products(m_db);
    for (const QString& sku : std::as_const(m_newProducts)) {
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

// Only the changes to orders that existed before go into the undo changeset; the orders the
// import creates are listed by id instead (ImportBatchRecorder::setRecording).
void SalesImport::record(ImportRun& run, bool on) {
    if (m_recording != on)
        run.recorder()->setRecording(on);
    m_recording = on;
}

void SalesImport::startOrder(quint32 index, OrderState& order, const std::vector<CellValue>& v,
                             ImportRun& run, Statements& sql) {
    m_current = index;
    if (order.written) {
        // Its lines are not together in the file: find where the order got to.
        sql.flushOrders(run, m_recording);
        sql.findOrder.bind(1, m_orderKeys.key(index));
        sql.findOrder.step();
        m_currentId = sql.findOrder.int64(0);
        sql.findOrder.reset();
        sql.flushLines(run, m_recording);
        sql.lastLine.bind(1, m_currentId);
        sql.lastLine.step();
        m_lineNo = static_cast<int>(sql.lastLine.int64(0));
        sql.lastLine.reset();
        return;
    }
    order.written = true;
    m_lineNo = 0;
    const qint64 customer = m_customerIds[order.customer];
    const std::optional<qint64> campaign =
        order.campaign != 0 ? m_campaignIds[order.campaign - 1] : std::nullopt;
    if (order.action == Action::Create) {
        m_currentId = newId();
        sql.pending.push_back({m_currentId, v[OrderNumber].text, v[OrderedAt].text, customer,
                               v[Channel].text, v[Location].text, v[Salesperson].text,
                               v[OrderStatus].text, campaign});
        if (sql.pending.size() == kOrderBatch)
            sql.flushOrders(run, m_recording);
        return;
    }
    sql.findOrder.bind(1, m_orderKeys.key(index));
    sql.findOrder.step();
    m_currentId = sql.findOrder.int64(0);
    sql.findOrder.reset();
    sql.updateOrder.bind(1, m_currentId)
        .bind(2, v[OrderedAt].text)
        .bind(3, customer)
        .bind(4, run.now());
    for (int i = 0; i < 4; ++i)
        if (m_present[static_cast<std::size_t>(Channel + i)])
            sql.updateOrder.bind(5 + i, v[static_cast<std::size_t>(Channel + i)].text);
    if (m_present[Campaign])
        sql.updateOrder.bind(9, campaign);
    sql.updateOrder.exec();
    sql.updateOrder.reset();
    sql.deleteLines.bind(1, m_currentId).exec();
    sql.deleteLines.reset();
}

Status SalesImport::writeRow(RowCells& cells, ImportRun& run, Statements& sql) {
    const std::vector<CellValue> v = valuesOf(cells);
    if (cells.failed())
        return {};
    const QByteArray number = v[OrderNumber].text.toUtf8();
    const std::optional<quint32> index = m_orderKeys.find(view(number));
    if (!index) {
        cells.problem(OrderNumber, QStringLiteral("was not in the file when it was checked"));
        return {};
    }
    OrderState& order = m_orders[*index];
    if (order.action == Action::Skip)
        return {};
    record(run, order.action == Action::Update);
    if (m_current != index)
        startOrder(*index, order, v, run, sql);
    const KnownProduct product = m_products.value(v[ProductSku].text);
    const PendingLine line{{newId(), m_currentId, ++m_lineNo, product.id, v[Quantity].integer,
                            v[UnitPrice].integer,
                            v[UnitCost].isNull() ? qint64{product.unitCost} : v[UnitCost].integer,
                            v[Discount].integer}};
    // The lines of an updated order are recorded for undo, so they go one by one.
    if (order.action == Action::Update) {
        for (int c = 0; c < kLineColumns; ++c)
            sql.insertLine.bind(c + 1, line.values[c]);
        sql.insertLine.exec();
        sql.insertLine.reset();
        return {};
    }
    sql.pendingLines.push_back(line);
    if (sql.pendingLines.size() == kLineBatch)
        sql.flushLines(run, m_recording);
    return {};
}

Status SalesImport::apply(ImportRun& run) {
    if (Status s = createCustomersAndProducts(run); !s)
        return s;
    QStringList sets = {QStringLiteral("ordered_at = ?2"), QStringLiteral("customer_id = ?3"),
                        QStringLiteral("updated_at = ?4")};
    const char* optional[] = {"channel", "location", "salesperson", "status", "campaign_id"};
    for (int i = 0; i < 5; ++i)
        if (m_present[static_cast<std::size_t>(Channel + i)])
            sets << QStringLiteral("%1 = ?%2").arg(QLatin1String(optional[i])).arg(5 + i);
    sqlite3* h = m_db.handle();
    // Checked at COMMIT instead of after each statement: an immediate foreign key makes every
    // INSERT open a statement journal (a savepoint), a large part of the cost of a line. The
    // references written are the ids just created or looked up; a wrong one still fails the
    // COMMIT. Set before the statements are prepared, as it shapes the code SQLite generates.
    sql::exec(h, "PRAGMA defer_foreign_keys = ON");
    Statements sql{{h, insertSql(kInsertOrder, kOrderBatch, kOrderColumns)},
                   {h, insertSql(kInsertLine, kLineBatch, kLineColumns)},
                   {h, insertSql(kInsertOrder, 1, kOrderColumns)},
                   {h, QStringLiteral("UPDATE orders SET %1 WHERE id = ?1").arg(sets.join(u','))},
                   {h, "DELETE FROM order_line WHERE order_id = ?"},
                   {h, insertSql(kInsertLine, 1, kLineColumns)},
                   {h, "SELECT id FROM orders WHERE number = ?"},
                   {h, "SELECT coalesce(max(line_no), 0) FROM order_line WHERE order_id = ?"},
                   {},
                   {}};
    m_current.reset();
    qint64 done = 0;
    const Status written = run.replayRows([&](RowCells& cells) -> Status {
        if (Status s = writeRow(cells, run, sql); !s)
            return s;
        if (++done % 4096 == 0 && !run.written(done))
            return Error::cancelled();
        return {};
    });
    if (written) {
        sql.flushLines(run, m_recording);
        sql.flushOrders(run, m_recording);
    }
    record(run, true);
    return written;
}

} // namespace clientele
