#include "kind_specs.h"

#include "domain/customer.h"
#include "domain/order.h"
#include "domain/preference.h"
#include "domain/stock.h"
#include "domain/task.h"
#include "domain/ticket.h"
#include "domain/visit.h"

namespace clientele {

namespace {

ColumnSpec col(const char* name, CellType type = CellType::Text, const char* sqlColumn = nullptr) {
    ColumnSpec c;
    c.name = QLatin1String(name);
    c.type = type;
    c.sqlColumn = QLatin1String(sqlColumn ? sqlColumn : name);
    return c;
}

ColumnSpec required(ColumnSpec c) {
    c.required = true;
    return c;
}

ColumnSpec withDefault(ColumnSpec c, const char* text) {
    c.defaultText = QLatin1String(text);
    return c;
}

ColumnSpec choice(const char* name, const QStringList& allowed, const char* byDefault) {
    ColumnSpec c = withDefault(col(name, CellType::Choice), byDefault);
    for (const QString& a : allowed)
        if (!a.isEmpty())
            c.choices << a;
    return c;
}

ColumnSpec money(const char* name, const char* byDefault = "0") {
    return withDefault(col(name, CellType::Money), byDefault);
}

ColumnSpec integer(const char* name, qint64 min, qint64 max, const char* byDefault) {
    ColumnSpec c = withDefault(col(name, CellType::Integer), byDefault);
    c.min = min;
    c.max = max;
    return c;
}

ColumnSpec reference(const char* name, RefTable ref, const char* sqlColumn) {
    ColumnSpec c = col(name, CellType::Reference, sqlColumn);
    c.ref = ref;
    return c;
}

ColumnSpec customerRef(const char* sqlColumn = "customer_id") {
    return required(reference("customer_ref", RefTable::Customer, sqlColumn));
}

const QString kBySeq = QStringLiteral("t.id");

// Import sets the stock on hand (a new product starts from it, a stored one is counted to it:
// see ProductImport); export writes the stock on hand, so a file exported and imported again
// gives the same figures.
ColumnSpec stockOnHand() {
    ColumnSpec c = integer("stock", 0, 1'000'000'000'000, "0");
    c.exportSql = onHandSql(QStringLiteral("t"));
    return c;
}

std::vector<TableSpec> makeSpecs() {
    std::vector<TableSpec> specs;
    specs.push_back({QStringLiteral("customers"),
                     QStringLiteral("customer"),
                     {required(col("ref", CellType::Key)),
                      required(col("name")),
                      choice("kind", customer_values::kinds, "person"),
                      reference("company_ref", RefTable::Customer, "company_id"),
                      col("role"),
                      choice("decision_role", customer_values::decisionRoles, ""),
                      col("phones", CellType::List),
                      col("emails", CellType::List),
                      col("address"),
                      col("city"),
                      col("region"),
                      col("birthday", CellType::Date),
                      col("native_place"),
                      col("education"),
                      col("occupation"),
                      col("family"),
                      col("personality"),
                      col("hobbies"),
                      col("title"),
                      col("source"),
                      choice("status", customer_values::statuses, "active"),
                      col("tier"),
                      col("salesperson"),
                      col("tags", CellType::List),
                      col("notes"),
                      col("created_at", CellType::DateTime)},
                     {QStringLiteral("ref")},
                     true,
                     true,
                     QStringLiteral("t.ref"),
                     {}});
    specs.push_back({QStringLiteral("products"),
                     QStringLiteral("product"),
                     {required(col("sku", CellType::Key)), required(col("name")), col("category"),
                      money("unit_price"), money("unit_cost"),
                      withDefault(col("active", CellType::Bool), "true"), stockOnHand(),
                      integer("reorder_level", 0, 1'000'000'000'000, "0")},
                     {QStringLiteral("sku")},
                     true,
                     true,
                     QStringLiteral("t.sku"),
                     {}});
    specs.push_back(
        {QStringLiteral("orders"),
         QStringLiteral("orders"),
         {required(col("order_number", CellType::Key, "number")),
          required(col("ordered_at", CellType::DateTime)), customerRef(), col("channel"),
          col("location"), col("salesperson"),
          choice("status", order_values::statuses, "confirmed"),
          reference("campaign", RefTable::Campaign, "campaign_id"), col("due_date", CellType::Date),
          money("paid_amount"), col("paid_at", CellType::DateTime), col("notes")},
         {QStringLiteral("order_number")},
         true,
         true,
         QStringLiteral("t.ordered_at, t.number"),
         QStringLiteral("t.ordered_at")});
    specs.push_back(
        {QStringLiteral("visits"),
         QStringLiteral("visit"),
         {customerRef(), required(col("occurred_at", CellType::DateTime)),
          choice("kind", visit_values::kinds, "visit"),
          reference("contact_ref", RefTable::Customer, "contact_id"), col("subject"), col("notes"),
          col("outcome"), reference("quoted_sku", RefTable::Product, "quoted_product_id"),
          money("quoted_price", ""), col("follow_up_on", CellType::Date), money("cost")},
         {},
         true,
         true,
         QStringLiteral("customer_ref, t.occurred_at, ") + kBySeq,
         QStringLiteral("t.occurred_at")});
    specs.push_back(
        {QStringLiteral("preferences"),
         QStringLiteral("preference"),
         {customerRef(), required(col("category")), required(col("value")),
          choice("sentiment", preference_values::sentiments, "like"), col("notes")},
         {QStringLiteral("customer_ref"), QStringLiteral("category"), QStringLiteral("value")},
         true,
         true,
         QStringLiteral("customer_ref, t.category, t.value"),
         {}});
    specs.push_back(
        {QStringLiteral("competitors"),
         QStringLiteral("competitor_presence"),
         {customerRef(), required(col("competitor")), col("product"),
          col("estimated_share", CellType::Ratio), col("notes")},
         {QStringLiteral("customer_ref"), QStringLiteral("competitor"), QStringLiteral("product")},
         true,
         true,
         QStringLiteral("customer_ref, t.competitor, t.product"),
         {}});
    specs.push_back({QStringLiteral("campaigns"),
                     QStringLiteral("campaign"),
                     {required(col("code", CellType::Key)), required(col("name")), col("channel"),
                      col("starts_on", CellType::Date), col("ends_on", CellType::Date),
                      money("cost"), integer("response_window_days", 0, 3650, "14"), col("notes")},
                     {QStringLiteral("code")},
                     true,
                     true,
                     QStringLiteral("t.code"),
                     {}});
    specs.push_back({QStringLiteral("campaign_members"),
                     QStringLiteral("campaign_member"),
                     {required(reference("code", RefTable::Campaign, "campaign_id")), customerRef(),
                      col("contacted_at", CellType::DateTime)},
                     {QStringLiteral("code"), QStringLiteral("customer_ref")},
                     false,
                     false,
                     QStringLiteral("code, customer_ref"),
                     {}});
    specs.push_back(
        {QStringLiteral("tickets"),
         QStringLiteral("ticket"),
         {customerRef(), required(col("opened_at", CellType::DateTime)), required(col("subject")),
          reference("order_number", RefTable::Order, "order_id"), col("category"),
          choice("severity", ticket_values::severities, "normal"),
          choice("status", ticket_values::statuses, "open"), col("resolved_at", CellType::DateTime),
          integer("satisfaction", 1, 5, ""), col("notes")},
         {},
         true,
         true,
         QStringLiteral("customer_ref, t.opened_at, ") + kBySeq,
         QStringLiteral("t.opened_at")});
    specs.push_back({QStringLiteral("tasks"),
                     QStringLiteral("task"),
                     {required(col("title")), required(col("due_on", CellType::Date)),
                      reference("customer_ref", RefTable::Customer, "customer_id"),
                      choice("kind", task_values::kinds, "follow_up"), col("recurrence"),
                      col("done_at", CellType::DateTime), money("cost"), col("notes")},
                     {},
                     true,
                     true,
                     QStringLiteral("t.due_on, ") + kBySeq,
                     QStringLiteral("t.due_on")});
    specs.push_back({QStringLiteral("expenses"),
                     QStringLiteral("expense"),
                     {customerRef(), required(col("spent_on", CellType::Date)),
                      required(money("amount", "")), col("category"), col("notes")},
                     {},
                     true,
                     true,
                     QStringLiteral("customer_ref, t.spent_on, ") + kBySeq,
                     QStringLiteral("t.spent_on")});
    return specs;
}

} // namespace

const std::vector<TableSpec>& tableSpecs() {
    static const std::vector<TableSpec> specs = makeSpecs();
    return specs;
}

const TableSpec* tableSpec(const QString& kind) {
    for (const TableSpec& spec : tableSpecs())
        if (spec.kind == kind)
            return &spec;
    return nullptr;
}

const ColumnSpecs& salesColumns() {
    static const ColumnSpecs columns{
        required(col("order_number", CellType::Key)),
        required(col("ordered_at", CellType::DateTime)),
        required(col("customer_ref", CellType::Key)),
        required(col("product_sku", CellType::Key)),
        required(integer("quantity", 1, 1'000'000'000, "")),
        required(money("unit_price", "")),
        col("customer_name"),
        col("product_name"),
        col("category"),
        money("unit_cost", ""),
        money("discount"),
        col("channel"),
        col("location"),
        col("salesperson"),
        choice("status", order_values::statuses, "confirmed"),
        col("campaign", CellType::Key),
    };
    return columns;
}

const ColumnSpecs& columnSpecsOf(const QString& kind) {
    if (kind == QLatin1String("sales"))
        return salesColumns();
    static const ColumnSpecs none;
    const TableSpec* spec = tableSpec(kind);
    return spec ? spec->columns : none;
}

} // namespace clientele
