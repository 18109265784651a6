#pragma once

#include "facts.h"
#include "window.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace clientele::analysis {

// How every analysis is printed: JSON with the spec's keys, a CSV table of its main rows, and a
// short text summary for a terminal. Money goes to JSON as a number printed exactly from minor
// units (Qt writes the shortest form that reads back the same double, and for amounts below
// 2^53 minor units that is the decimal itself).

// {"analysis", "as_of", "from", "to", "currency"}: the head of every analysis's JSON object.
QJsonObject reportHeader(const QString& analysis, const Facts& facts, const Window& window);

QJsonValue moneyJson(Money minor, int minorDigits);
QJsonValue optionalJson(const std::optional<double>& value); // null when undefined
QJsonValue dayJson(DayNumber day);                           // "YYYY-MM-DD", null for kNoDay

// A ratio that is undefined (null) when the denominator is zero.
std::optional<double> ratio(double numerator, double denominator);

// One table of an analysis for --format csv: a header and rows of already formatted cells
// (money as exact decimals, dates ISO, ratios with full precision, nulls empty).
struct Table {
    QStringList header;
    std::vector<QStringList> rows;
};

QString moneyCell(Money minor, int minorDigits);
// For the text summaries a person reads: "74.8%" and "1.70"; "-" when undefined.
QString percentText(const std::optional<double>& share);
QString ratioText(const std::optional<double>& value);
QString optionalCell(const std::optional<double>& value);

} // namespace clientele::analysis
