#pragma once

// A small shop for the GUI tests: a company with two people (one Chinese name), a duplicate of
// one of them, a product, an order and a visit that quoted a price.
#include "../core/qt_catch_strings.h"
#include "domain/customer_repository.h"
#include "domain/order_repository.h"
#include "domain/product_repository.h"
#include "domain/visit_repository.h"
#include "shell/app_context.h"
#include "shell/main_window.h"
#include "test_support.h"

#include <QApplication>
#include <QTest>

#include <catch2/catch.hpp>

namespace clientele::test {

struct Shop {
    Id acme = 0;
    Id wang = 0;     // 王小明, at Acme, phone 138-0013-8000
    Id li = 0;       // 李华, phone 139 1234 5678
    Id wangCopy = 0; // a duplicate of 王小明 entered later
    Id tea = 0;      // product GT-1, catalogue price 12.50
    Id order = 0;    // 王小明 bought 2 x GT-1 at 12.00 on 2024-05-01
};

inline Id addPerson(Database& db, const QString& ref, const QString& name, const QString& phones,
                    std::optional<Id> company = std::nullopt) {
    Customer c;
    c.ref = ref;
    c.name = name;
    c.phones = phones;
    c.companyId = company;
    if (company)
        c.decisionRole = QStringLiteral("decision_maker");
    auto id = CustomerRepository(db).create(c);
    REQUIRE(id.ok());
    return *id;
}

inline Shop makeShop(Database& db) {
    Shop s;
    Customer acme;
    acme.ref = QStringLiteral("C000001");
    acme.kind = QStringLiteral("company");
    acme.name = QStringLiteral("Acme Trading");
    s.acme = *CustomerRepository(db).create(acme);
    s.wang = addPerson(db, QStringLiteral("C000002"), QStringLiteral("王小明"),
                       QStringLiteral("138-0013-8000"), s.acme);
    s.li = addPerson(db, QStringLiteral("C000003"), QStringLiteral("李华"),
                     QStringLiteral("139 1234 5678"));
    s.wangCopy = addPerson(db, QStringLiteral("C000004"), QStringLiteral("王小明 (copy)"),
                           QStringLiteral("021-5555-0101"));
    Product tea;
    tea.sku = QStringLiteral("GT-1");
    tea.name = QStringLiteral("Green tea");
    tea.unitPrice = 1250;
    tea.unitCost = 700;
    s.tea = *ProductRepository(db).create(tea);
    Order o;
    o.number = QStringLiteral("SO-1");
    o.customerId = s.wang;
    o.orderedAt = QStringLiteral("2024-05-01 10:00:00");
    OrderLine line;
    line.productId = s.tea;
    line.quantity = 2;
    line.unitPrice = 1200;
    o.lines.push_back(line);
    auto order = OrderRepository(db).create(o);
    REQUIRE(order.ok());
    s.order = *order;
    Visit v;
    v.customerId = s.wang;
    v.occurredAt = QStringLiteral("2024-04-01 09:00:00");
    v.subject = QStringLiteral("First call");
    v.quotedProductId = s.tea;
    v.quotedPrice = 1280;
    REQUIRE(VisitRepository(db).create(v).ok());
    return s;
}

// For the Today page: 李华's birthday is 1990-06-17 (a Monday in 2024), and 王小明's order, due
// 2024-06-01, has 5.00 of its 24.00 paid.
inline void addBirthdayAndDebt(Database& db, const Shop& shop) {
    Customer li = *CustomerRepository(db).get(shop.li);
    li.birthday = QStringLiteral("1990-06-17");
    REQUIRE(CustomerRepository(db).update(li).ok());
    Order o = *OrderRepository(db).get(shop.order);
    o.dueDate = QStringLiteral("2024-06-01");
    o.paidAmount = 500;
    o.paidAt = QStringLiteral("2024-05-20 10:00:00");
    REQUIRE(OrderRepository(db).update(o).ok());
}

// Types text the way an input method delivers it (QTest::keyClicks aborts on non-ASCII).
inline void typeText(QWidget* widget, const QString& text) {
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// The window-modal dialog of type D the window opened, waiting for it briefly.
template <typename D>
D* openDialog(QWidget* parent) {
    D* dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = parent->findChild<D*>();
            return dialog != nullptr && dialog->isVisible();
        },
        2000);
    return shown ? dialog : nullptr;
}

// Waits until a list model that reads in the background has the latest rows.
template <typename M>
void waitUntilLoaded(M* model) {
    REQUIRE(QTest::qWaitFor([&] { return !model->isLoading(); }, 5000));
}

inline qint64 countRows(Database& db, const char* sql) {
    return sql::queryInt(db.handle(), sql);
}

} // namespace clientele::test
