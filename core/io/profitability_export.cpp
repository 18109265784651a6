#include "profitability_export.h"

#include "analysis/facts_loader.h"
#include "analysis/profitability.h"
#include "storage/database.h"

namespace clientele {

namespace {

Result<std::optional<DayNumber>> optionalDay(const QString& text, const char* option) {
    if (text.isEmpty())
        return std::optional<DayNumber>();
    auto day = parseIsoDate(text);
    if (!day)
        return Error::usage(
            QStringLiteral("--%1: %2").arg(QLatin1String(option), day.error().message));
    return std::optional<DayNumber>(*day);
}

} // namespace

Status exportCustomerProfitability(const Database& db, QIODevice& out,
                                   const ExportOptions& options) {
    auto from = optionalDay(options.from, "from");
    if (!from)
        return from.error();
    auto to = optionalDay(options.to, "to");
    if (!to)
        return to.error();
    auto facts = analysis::loadFacts(db, options.progress);
    if (!facts)
        return facts.error();
    analysis::WindowRequest request;
    request.from = *from;
    request.to = *to;
    const DayNumber today = db.clock().today();
    // Seen from the period's last day when one is given, so that statuses and tiers of a
    // closed year do not move with the day the report is printed.
    request.asOf = to->value_or(today);
    const analysis::Window window = analysis::resolveWindow(**facts, request, today);
    const analysis::Table table =
        analysis::profitabilityTable(analysis::computeProfitability(**facts, window), **facts);
    std::vector<CsvOutputColumn> columns;
    for (const QString& name : table.header) {
        const bool text = name == QLatin1String("ref") || name == QLatin1String("name");
        columns.push_back({name, text ? CsvCellKind::Text : CsvCellKind::Value});
    }
    CsvWriter writer(out, std::move(columns), options.writer);
    for (const QStringList& row : table.rows)
        if (Status written = writer.writeRow(row); !written)
            return written;
    return writer.finish();
}

} // namespace clientele
