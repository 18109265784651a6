#pragma once

#include "common/money.h"
#include "compact_keys.h"
#include "import_kind.h"
#include "row_cells.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clientele {

namespace sql {
class Statement;
}

// The flat sales ledger: one row per order line. Rows are grouped into orders by order_number
// (all rows of one order must agree on ordered_at and customer_ref; lines are numbered in file
// order); customers and products the database lacks are created from the rows' names.
// A sales file is history, whose stock left the shelves long ago and is already in the counted
// stock of the products (a products file's stock column): its orders move no stock, and the
// import stays one batch of plain inserts however many lines it has.
//
// Files of millions of lines are usual, so memory must not grow with the lines: checking keeps
// only a compact summary of each order (its number and date packed in an arena, its customer as
// a number, its first line and line count), of each customer and of each product; writing reads
// the file a second time (ImportRun::replayRows) with prepared statements reused across rows.
class SalesImport : public ImportKind {
public:
    explicit SalesImport(Database& db);
    ~SalesImport() override;

    const CsvSchema& schema() const override { return m_schema; }
    void readRow(RowCells& cells) override;
    void check(ImportRun& run) override;
    Status apply(ImportRun& run) override;
    bool rereadsRows() const override { return true; }

private:
    enum class Action : quint8 { Create, Update, Skip };
    struct OrderState {
        quint32 customer = 0; // index in m_customers
        qint32 firstLine = 0;
        quint32 lines = 0;
        quint32 campaign = 0; // 1 + index in m_campaigns; 0 for none
        Action action = Action::Create;
        bool written = false;
    };
    struct NewProduct {
        QString name;
        QString category;
        Money unitPrice = 0;
        Money unitCost = 0;
    };
    struct KnownProduct {
        qint64 id = 0;
        Money unitCost = 0;
    };
    struct Statements;

    quint32 campaignIndex(const QString& code);
    void checkCustomers(ImportRun& run);
    void checkProducts(ImportRun& run);
    void checkOrders(ImportRun& run);
    Status createCustomersAndProducts(ImportRun& run);
    Status writeRow(RowCells& cells, ImportRun& run, Statements& sql);
    void startOrder(quint32 index, OrderState& order, const std::vector<CellValue>& v,
                    ImportRun& run, Statements& sql);
    void record(ImportRun& run, bool on);

    Database& m_db;
    CsvSchema m_schema;
    std::vector<bool> m_present;
    CompactKeys m_orderKeys; // order number -> its date
    std::vector<OrderState> m_orders;
    CompactKeys m_customers; // ref -> the first name given for it
    std::vector<qint64> m_customerIds;
    std::vector<bool> m_customerIsNew;
    qint64 m_newCustomers = 0;
    QStringList m_campaigns;
    QHash<QString, quint32> m_campaignIndex;
    std::vector<std::optional<qint64>> m_campaignIds;
    QHash<QString, NewProduct> m_productRows; // sku -> what the first row said of it
    QStringList m_skus;                       // in file order
    QHash<QString, KnownProduct> m_products;
    QStringList m_newProducts; // skus, in file order
    // While writing: the order of the previous row, as the lines of an order usually follow
    // each other.
    std::optional<quint32> m_current;
    qint64 m_currentId = 0;
    int m_lineNo = 0;
    bool m_recording = true;
};

} // namespace clientele
