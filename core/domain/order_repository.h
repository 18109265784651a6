#pragma once

#include "common/result.h"
#include "order.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace clientele::sql {
class Statement;
}

namespace clientele {

class Database;
class OrderStock;

struct OrderFilter {
    QString from; // YYYY-MM-DD, inclusive; empty = no bound
    QString to;   // YYYY-MM-DD, inclusive; empty = no bound
    QString status;
    QString channel;
    QString location;
    QString salesperson;
    std::optional<Id> customerId;
    bool unpaidOnly = false; // counted orders whose payments fall short of their revenue
    // The start of an order number, or what finds the customer in quick-find (name, ref, phone).
    QString text;
};

enum class OrderSort {
    Date,
    Number,
    Customer,
    Status,
    Revenue,
    Profit,
    Paid,
    DueDate,
    Channel,
    Salesperson,
    Lines
};

// What one row of an orders list shows; the money figures come from the lines.
struct OrderListRow {
    Id id = 0;
    QString number;
    QString orderedAt;
    std::optional<Id> customerId;
    QString customerRef;
    QString customerName;
    QString channel;
    QString location;
    QString salesperson;
    QString status;
    QString dueDate;
    Money revenue = 0;
    Money cost = 0;
    Money paidAmount = 0;
    QString paidAt;
    Money outstanding = 0; // revenue - paid for counted orders, 0 otherwise
    int lineCount = 0;
};

class OrderRepository {
public:
    explicit OrderRepository(Database& db);
    ~OrderRepository();

    // The order and its lines in one transaction. Lines are numbered by their position; a line
    // without a unit cost takes the product's current cost, which then stays with the line.
    // create, update, setStatus and remove move stock in the same transaction (order_stock.h).
    Result<Id> create(Order order);
    // Replaces the order's fields and all of its lines (same rules as create).
    Status update(Order order);
    Status setStatus(Id id, const QString& status);
    // paidAt is required when something was paid; amount 0 with an empty date clears the payment.
    Status recordPayment(Id id, Money paidAmount, const QString& paidAt);
    Status remove(Id id);

    Result<Order> get(Id id) const;
    std::optional<Id> idForNumber(const QString& number) const;

    Result<std::vector<OrderListRow>> listForCustomer(Id customerId) const; // newest first
    Result<std::vector<OrderListRow>> list(const OrderFilter& filter, OrderSort sort,
                                           bool ascending, int offset, int limit) const;
    Result<int> count(const OrderFilter& filter) const;

private:
    Status write(Order& order, bool insert);
    Status checkReferences(Order& order);
    void writeLines(const Order& order);

    Database& m_db;
    // Cached: the sales import and the demo generator write orders row by row.
    std::unique_ptr<sql::Statement> m_insert;
    std::unique_ptr<sql::Statement> m_update;
    std::unique_ptr<sql::Statement> m_insertLine;
    std::unique_ptr<sql::Statement> m_deleteLines;
    std::unique_ptr<sql::Statement> m_productCost;
    std::unique_ptr<sql::Statement> m_customerExists;
    std::unique_ptr<OrderStock> m_stock;
};

} // namespace clientele
