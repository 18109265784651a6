#pragma once

#include "common/money.h"
#include "import_kind.h"
#include "row_cells.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace clientele {

// The flat sales ledger: one row per order line. Rows are grouped into orders by order_number
// (all rows of one order must agree on ordered_at and customer_ref; lines are numbered in file
// order); customers and products the database lacks are created from the rows' names. Written
// with prepared statements reused across rows, as files of millions of lines are usual.
class SalesImport : public ImportKind {
public:
    explicit SalesImport(Database& db);

    const CsvSchema& schema() const override { return m_schema; }
    void readRow(RowCells& cells) override;
    void check(ImportRun& run) override;
    Status apply(ImportRun& run) override;

private:
    enum class Action { Create, Update, Skip };
    struct Line {
        int line = 0;
        int order = 0; // index in m_orders
        QString sku;
        qint64 quantity = 0;
        Money unitPrice = 0;
        std::optional<Money> unitCost;
        Money discount = 0;
    };
    struct OrderGroup {
        QString number;
        QString orderedAt;
        QString customerRef;
        QString channel, location, salesperson, status, campaign;
        int firstLine = 0;
        qint64 id = 0;
        std::optional<qint64> campaignId;
        Action action = Action::Create;
        int lines = 0;
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

    const QString& intern(const QString& text);
    void checkCustomers(ImportRun& run);
    void checkProducts(ImportRun& run);
    void checkOrders(ImportRun& run);
    Status createCustomersAndProducts(ImportRun& run);
    void replaceLinesOf(const OrderGroup& order);

    Database& m_db;
    CsvSchema m_schema;
    std::vector<bool> m_present;
    std::vector<Line> m_lines;
    std::vector<OrderGroup> m_orders;
    QHash<QString, int> m_orderIndex;
    QSet<QString> m_strings;
    QHash<QString, QString> m_customerNames;  // ref -> the first name given for it
    QHash<QString, NewProduct> m_productRows; // sku -> what the first row said of it
    QHash<QString, qint64> m_customerIds;
    QHash<QString, KnownProduct> m_products;
    QStringList m_newCustomers; // refs, in file order
    QStringList m_newProducts;  // skus, in file order
};

} // namespace clientele
