#include "customer_import.h"
#include "import_kind.h"
#include "product_import.h"
#include "sales_import.h"
#include "table_import.h"

namespace clientele {

QStringList importKindNames() {
    return {QStringLiteral("customers"),
            QStringLiteral("products"),
            QStringLiteral("campaigns"),
            QStringLiteral("sales"),
            QStringLiteral("orders"),
            QStringLiteral("visits"),
            QStringLiteral("preferences"),
            QStringLiteral("competitors"),
            QStringLiteral("campaign_members"),
            QStringLiteral("tickets"),
            QStringLiteral("tasks"),
            QStringLiteral("expenses")};
}

std::unique_ptr<ImportKind> makeImportKind(const QString& name, Database& db) {
    if (name == QLatin1String("customers"))
        return std::make_unique<CustomerImport>(db);
    if (name == QLatin1String("products"))
        return std::make_unique<ProductImport>(db);
    if (name == QLatin1String("sales"))
        return std::make_unique<SalesImport>(db);
    if (const TableSpec* spec = tableSpec(name))
        return std::make_unique<TableImport>(*spec, db);
    return nullptr;
}

} // namespace clientele
