#pragma once

#include "domain/field_error.h"
#include "domain/order.h"

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace clientele {

class AppContext;
class Database;
class OrderHeaderForm;
class OrderLinesModel;
class ProductSearch;

// A new order or an existing one: the order's fields, its lines (a product found by sku or
// name, quantity, unit price from the catalogue, the unit cost of the day, a line discount) and
// totals and profit that follow the typing. Save (Ctrl+Return) writes the whole order in one
// transaction as an undoable edit; problems are shown next to their fields and nothing is
// written. Escape asks before dropping unsaved changes. The core has no order-level discount,
// so discounts are given per line. Each line shows its product's stock on hand; an order that
// would take some below zero is warned about under the lines, and can still be saved (the
// goods may be on their way, or the count behind).
class OrderEditor : public QDialog {
    Q_OBJECT
public:
    OrderEditor(AppContext& app, const Order& order, QWidget* parent = nullptr);

    // Open window-modal and deleted when closed; nullptr when the order cannot be read.
    static OrderEditor* startNew(AppContext& app, Id customerId, QWidget* parent);
    static OrderEditor* startEdit(AppContext& app, Id orderId, QWidget* parent);
    // A fresh order dated now, numbered after the last of this year ("SO2024-000124").
    static Order newOrder(const Database& db, Id customerId);

    void accept() override;
    void reject() override;
    bool hasUnsavedChanges() const;
    Id savedId() const { return m_savedId; }

    OrderHeaderForm* header() const { return m_header; }
    OrderLinesModel* linesModel() const { return m_lines; }
    QTableView* linesView() const { return m_view; }
    ProductSearch* productSearch() const { return m_search; }
    QLabel* linesError() const { return m_linesError; }
    QLabel* generalError() const { return m_generalError; }
    QLabel* stockWarning() const { return m_stockWarning; }
    // The live figures by key: "total", "cost", "profit", "outstanding".
    QString figure(const QString& key) const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildLines();
    QWidget* buildTotals();
    QWidget* buildButtons();
    QLabel* addFigure(QWidget* parent, const QString& key);
    void addProductLine(int row);
    void removeCurrentLine();
    void updateTotals();
    void updateStockWarning();
    std::optional<Order> edited();
    void showLineErrors(const FieldErrors& errors);

    AppContext& m_app;
    std::optional<Order> m_original; // empty for a new order
    Order m_base;                    // what the fields were filled from
    OrderHeaderForm* m_header = nullptr;
    OrderLinesModel* m_lines = nullptr;
    ProductSearch* m_search = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_linesError = nullptr;
    QLabel* m_stockWarning = nullptr;
    QLabel* m_generalError = nullptr;
    QPushButton* m_save = nullptr;
    QString m_savedState;
    Id m_savedId = 0;
};

} // namespace clientele
