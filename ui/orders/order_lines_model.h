#pragma once

#include "domain/order.h"
#include "domain/product.h"
#include "domain/stock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <vector>

namespace clientele {

class AppContext;

// The lines of the order being edited. Quantity, unit price and discount are edited as text;
// text that is not a number stays in its cell (marked, with the reason as tooltip) and the line
// keeps its last good value, so the totals never show a guess. The unit cost is the product's
// cost when the line was added and stays with the line. Beside the product, its stock on hand
// (read when the product first appears), marked where this order would take it below zero.
class OrderLinesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Product,
        OnHand,
        Quantity,
        UnitPrice,
        Discount,
        Total,
        UnitCost,
        Profit,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit OrderLinesModel(AppContext& app, QObject* parent = nullptr);

    void setLines(std::vector<OrderLine> lines);
    const std::vector<OrderLine>& lines() const { return m_lines; }
    // A new line of one at the catalogue's price and cost; returns its row.
    int addProduct(const clientele::Product& product);
    void removeLine(int row);
    // Cells whose text is not a number, as "line 2: quantity: ..." messages.
    QStringList inputProblems() const;
    // Marks the cells of core validation errors (fields of line N) until the next edit.
    void markErrors(int row, const QString& field, const QString& message);
    void clearMarks();
    // Everything the user could have changed, to tell whether there are unsaved edits.
    QString fingerprint() const;
    // The stock on hand of the lines' products, as read from the database.
    const StockQuantities& onHand() const { return m_onHand; }
    // Products this order would take below zero (their stock cells are marked).
    void setShortOfStock(QSet<Id> products);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void linesChanged(); // any figure of any line changed: totals need redoing

private:
    struct Cell {
        int row;
        int column;
        bool operator==(const Cell& o) const { return row == o.row && column == o.column; }
    };
    friend size_t qHash(const Cell& c, size_t seed) { return qHashMulti(seed, c.row, c.column); }
    QVariant display(const OrderLine& line, int column) const;
    QString editText(const OrderLine& line, int column) const;
    QString parse(OrderLine& line, int column, const QString& text) const;
    void readStock();

    AppContext& m_app;
    std::vector<OrderLine> m_lines;
    QHash<Cell, QString> m_badText;  // text typed that is not a number
    QHash<Cell, QString> m_problems; // why, for the tooltip and the message list
    StockQuantities m_onHand;
    QSet<Id> m_short;
};

} // namespace clientele
