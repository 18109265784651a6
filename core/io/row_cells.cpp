#include "row_cells.h"

#include "common/text_lists.h"
#include "csv_values.h"
#include "import_run.h"

namespace clientele {

RowCells::RowCells(const ColumnSpecs& columns, const CsvHeaderMap& map, const CsvRecord& record,
                   ImportRun& run)
    : m_columns(columns)
    , m_map(map)
    , m_record(record)
    , m_run(run) {}

void RowCells::problem(int column, const QString& why) {
    m_failed = true;
    m_run.problems().add(line(), m_columns[static_cast<std::size_t>(column)].name, why);
}

CellValue RowCells::value(int column) {
    const ColumnSpec& spec = m_columns[static_cast<std::size_t>(column)];
    const QString& cell = raw(column);
    const QString& text = cell.isEmpty() ? spec.defaultText : cell;
    if (text.isEmpty()) {
        if (spec.required) {
            problem(column, QStringLiteral("a value is required"));
            return {};
        }
        switch (spec.type) {
        case CellType::Text:
        case CellType::Key:
        case CellType::Choice:
        case CellType::List:
            return CellValue::ofText(QString());
        default:
            return CellValue::null();
        }
    }
    return parse(spec, text);
}

CellValue RowCells::parse(const ColumnSpec& spec, const QString& text) {
    const int column = static_cast<int>(&spec - m_columns.data());
    const auto refused = [&](const Error& error) {
        problem(column, error.message);
        return CellValue::null();
    };
    const QString& pattern = m_run.options().dateFormat;
    switch (spec.type) {
    case CellType::Text:
        return CellValue::ofText(parseTextCell(text));
    case CellType::Key:
    case CellType::Reference: {
        auto key = parseKeyCell(text);
        return key ? CellValue::ofText(*key) : refused(key.error());
    }
    case CellType::Money: {
        auto money = parseMoneyCell(text, m_run.minorDigits());
        return money ? CellValue::ofInteger(*money) : refused(money.error());
    }
    case CellType::Date: {
        auto day = parseDateCell(text, pattern);
        return day ? CellValue::ofText(formatIsoDate(*day)) : refused(day.error());
    }
    case CellType::DateTime: {
        auto at = parseDateTimeCell(text, pattern);
        return at ? CellValue::ofText(formatStoredDateTime(*at)) : refused(at.error());
    }
    case CellType::Bool: {
        auto flag = parseBoolCell(text);
        return flag ? CellValue::ofInteger(*flag ? 1 : 0) : refused(flag.error());
    }
    case CellType::Integer: {
        auto number = parseIntegerCell(text, spec.min, spec.max);
        return number ? CellValue::ofInteger(*number) : refused(number.error());
    }
    case CellType::Ratio: {
        auto ratio = parseRatioCell(text);
        return ratio ? CellValue::ofReal(*ratio) : refused(ratio.error());
    }
    case CellType::Choice: {
        auto choice = parseChoiceCell(text, spec.choices);
        return choice ? CellValue::ofText(*choice) : refused(choice.error());
    }
    case CellType::List:
        return CellValue::ofText(joinList(parseListCell(text)));
    }
    return {};
}

} // namespace clientele
