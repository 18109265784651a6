#include "csv_columns.h"

namespace clientele {

CsvSchema schemaOf(const ColumnSpecs& columns) {
    CsvSchema schema;
    for (const ColumnSpec& c : columns)
        schema.push_back({c.name, c.required});
    return schema;
}

bool isTextual(CellType type) {
    switch (type) {
    case CellType::Text:
    case CellType::Key:
    case CellType::Choice:
    case CellType::List:
    case CellType::Reference:
        return true;
    default:
        return false;
    }
}

std::vector<CsvOutputColumn> outputColumnsOf(const ColumnSpecs& columns) {
    std::vector<CsvOutputColumn> out;
    for (const ColumnSpec& c : columns)
        out.push_back({c.name, isTextual(c.type) ? CsvCellKind::Text : CsvCellKind::Value});
    return out;
}

const char* refTableName(RefTable ref) {
    switch (ref) {
    case RefTable::Customer:
        return "customer";
    case RefTable::Product:
        return "product";
    case RefTable::Order:
        return "orders";
    case RefTable::Campaign:
        return "campaign";
    case RefTable::None:
        break;
    }
    return "";
}

const char* refKeyColumn(RefTable ref) {
    switch (ref) {
    case RefTable::Customer:
        return "ref";
    case RefTable::Product:
        return "sku";
    case RefTable::Order:
        return "number";
    case RefTable::Campaign:
        return "code";
    case RefTable::None:
        break;
    }
    return "";
}

QString refNoun(RefTable ref) {
    switch (ref) {
    case RefTable::Customer:
        return QStringLiteral("customer");
    case RefTable::Product:
        return QStringLiteral("product");
    case RefTable::Order:
        return QStringLiteral("order");
    case RefTable::Campaign:
        return QStringLiteral("campaign");
    case RefTable::None:
        break;
    }
    return {};
}

} // namespace clientele
