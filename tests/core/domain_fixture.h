#pragma once

// Small builders for the domain tests: each REQUIREs success, so a test reads as its scenario.
#include "domain/customer_repository.h"
#include "domain/order_repository.h"
#include "domain/product_repository.h"
#include "test_support.h"

#include <catch2/catch.hpp>

namespace clientele::test {

inline std::string message(const Status& s) {
    return s ? std::string() : s.error().message.toStdString();
}

template <typename T>
std::string message(const Result<T>& r) {
    return r ? std::string() : r.error().message.toStdString();
}

inline Id addCustomer(Database& db, const QString& ref,
                      const QString& kind = QStringLiteral("person"),
                      std::optional<Id> company = std::nullopt) {
    Customer c;
    c.ref = ref;
    c.name = QStringLiteral("Name of ") + ref;
    c.kind = kind;
    c.companyId = company;
    auto id = CustomerRepository(db).create(c);
    INFO(message(id));
    REQUIRE(id.ok());
    return *id;
}

inline Id addProduct(Database& db, const QString& sku, Money price, Money cost,
                     const QString& category = QStringLiteral("tea")) {
    Product p;
    p.sku = sku;
    p.name = QStringLiteral("Product ") + sku;
    p.category = category;
    p.unitPrice = price;
    p.unitCost = cost;
    auto id = ProductRepository(db).create(p);
    INFO(message(id));
    REQUIRE(id.ok());
    return *id;
}

inline OrderLine line(Id product, qint64 quantity, Money unitPrice, Money discount = 0,
                      std::optional<Money> unitCost = std::nullopt) {
    OrderLine l;
    l.productId = product;
    l.quantity = quantity;
    l.unitPrice = unitPrice;
    l.discount = discount;
    l.unitCost = unitCost;
    return l;
}

inline Order makeOrder(const QString& number, Id customer, const QString& orderedAt,
                       std::vector<OrderLine> lines,
                       const QString& status = QStringLiteral("confirmed")) {
    Order o;
    o.number = number;
    o.customerId = customer;
    o.orderedAt = orderedAt;
    o.status = status;
    o.lines = std::move(lines);
    return o;
}

inline Id addOrder(Database& db, const Order& order) {
    auto id = OrderRepository(db).create(order);
    INFO(message(id));
    REQUIRE(id.ok());
    return *id;
}

} // namespace clientele::test
