#include "sync_labels.h"

#include "shell/app_context.h"
#include "sync/field_value.h"
#include "sync/sync_state.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <utility>

namespace clientele {

namespace {

struct SyncLabels {
    Q_DECLARE_TR_FUNCTIONS(SyncLabels)
};

using Names = std::initializer_list<std::pair<const char*, const char*>>;

QString lookUp(const Names& names, const QString& key) {
    for (const auto& [stored, shown] : names)
        if (key == QLatin1String(stored))
            return SyncLabels::tr(shown);
    // A table or column added later: its stored name, readable.
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

// Columns holding money in minor units.
bool isMoney(const QString& column) {
    for (const char* money :
         {"unit_price", "unit_cost", "discount", "paid_amount", "cost", "amount", "quoted_price"})
        if (column == QLatin1String(money))
            return true;
    return false;
}

} // namespace

QString syncTableLabel(const QString& table) {
    return lookUp({{"customer", QT_TRANSLATE_NOOP("SyncLabels", "Customer")},
                   {"customer_note", QT_TRANSLATE_NOOP("SyncLabels", "Customer note")},
                   {"preference", QT_TRANSLATE_NOOP("SyncLabels", "Preference")},
                   {"competitor_presence", QT_TRANSLATE_NOOP("SyncLabels", "Competitor")},
                   {"product", QT_TRANSLATE_NOOP("SyncLabels", "Product")},
                   {"campaign", QT_TRANSLATE_NOOP("SyncLabels", "Campaign")},
                   {"campaign_member", QT_TRANSLATE_NOOP("SyncLabels", "Campaign member")},
                   {"orders", QT_TRANSLATE_NOOP("SyncLabels", "Order")},
                   {"order_line", QT_TRANSLATE_NOOP("SyncLabels", "Order line")},
                   {"visit", QT_TRANSLATE_NOOP("SyncLabels", "Visit")},
                   {"ticket", QT_TRANSLATE_NOOP("SyncLabels", "Ticket")},
                   {"task", QT_TRANSLATE_NOOP("SyncLabels", "Task")},
                   {"expense", QT_TRANSLATE_NOOP("SyncLabels", "Expense")},
                   {"salesperson", QT_TRANSLATE_NOOP("SyncLabels", "Salesperson")}},
                  table);
}

QString syncFieldLabel(const QString& column) {
    if (column.isEmpty())
        return SyncLabels::tr("Whole record");
    return lookUp({{"ref", QT_TRANSLATE_NOOP("SyncLabels", "Ref")},
                   {"name", QT_TRANSLATE_NOOP("SyncLabels", "Name")},
                   {"phones", QT_TRANSLATE_NOOP("SyncLabels", "Phones")},
                   {"emails", QT_TRANSLATE_NOOP("SyncLabels", "Emails")},
                   {"address", QT_TRANSLATE_NOOP("SyncLabels", "Address")},
                   {"city", QT_TRANSLATE_NOOP("SyncLabels", "City")},
                   {"region", QT_TRANSLATE_NOOP("SyncLabels", "Region")},
                   {"status", QT_TRANSLATE_NOOP("SyncLabels", "Status")},
                   {"tier", QT_TRANSLATE_NOOP("SyncLabels", "Tier")},
                   {"salesperson", QT_TRANSLATE_NOOP("SyncLabels", "Salesperson")},
                   {"tags", QT_TRANSLATE_NOOP("SyncLabels", "Tags")},
                   {"notes", QT_TRANSLATE_NOOP("SyncLabels", "Notes")},
                   {"sku", QT_TRANSLATE_NOOP("SyncLabels", "SKU")},
                   {"number", QT_TRANSLATE_NOOP("SyncLabels", "Number")},
                   {"line_no", QT_TRANSLATE_NOOP("SyncLabels", "Line")},
                   {"quantity", QT_TRANSLATE_NOOP("SyncLabels", "Quantity")},
                   {"unit_price", QT_TRANSLATE_NOOP("SyncLabels", "Unit price")},
                   {"unit_cost", QT_TRANSLATE_NOOP("SyncLabels", "Unit cost")},
                   {"title", QT_TRANSLATE_NOOP("SyncLabels", "Title")},
                   {"subject", QT_TRANSLATE_NOOP("SyncLabels", "Subject")},
                   {"code", QT_TRANSLATE_NOOP("SyncLabels", "Code")}},
                  column);
}

QString syncValueText(const AppContext& app, const QString& column, const sync::FieldValue& value) {
    if (value.type == SQLITE_NULL)
        return SyncLabels::tr("(empty)");
    if (value.type == SQLITE_INTEGER && isMoney(column))
        return app.money(value.integer);
    return value.display();
}

QString syncCount(qint64 n, const QString& one, const QString& many) {
    return n == 1 ? one : many.arg(n);
}

QString syncClockText(const AppContext& app, qint64 clock) {
    if (clock == 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(sync::clockMillis(clock));
    return app.dateTime(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

} // namespace clientele
