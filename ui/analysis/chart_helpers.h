#pragma once

#include <QColor>
#include <QString>
#include <QStringList>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>

#include <functional>
#include <optional>
#include <vector>

class QAbstractSeries;
class QDateTimeAxis;
class QLocale;
class QValueAxis;
class QXYSeries;
class QBarCategoryAxis;
class QBarSet;
class QTableWidget;
class QTableWidgetItem;

namespace clientele::charts {

// The Okabe-Ito palette: told apart by readers with any common colour-vision deficiency, and
// dark enough on white and light enough on a dark background (its black is replaced by grey).
QColor seriesColour(int index);

// A chart styled for the current theme (light or dark, from the application palette).
QChart* makeChart(const QString& title);
// Sets the chart's light or dark theme from the application palette. Series colours go back to
// the theme's, so a view redraws its result after calling it.
void applyTheme(QChart* chart);
// Whether the application palette is a dark one.
bool isDarkTheme();

// A chart view that offers to save its chart (PNG or SVG) from its context menu.
class ChartView : public QChartView {
    Q_OBJECT
public:
    ChartView(QChart* chart, QWidget* parent = nullptr);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
};

// Shows texts[index] as a tooltip while the pointer is over that bar.
void setBarTooltips(QBarSet* set, std::vector<QString> texts);

// Replaces the chart's series and axes: charts are rebuilt on every new result.
void clearChart(QChart* chart);

// A sequential scale (one hue, lighter to darker) for heat maps: readable without telling hues
// apart. share in [0, 1].
QColor heatColour(double share);
QColor textOn(const QColor& background);

// A read-only table with these column headers, rows selected whole.
QTableWidget* makeTable(const QStringList& header, QWidget* parent);
// Cells that sort by their number, not their text.
QTableWidgetItem* numberItem(const QString& text, double value);
QTableWidgetItem* textItem(const QString& text);

// "62.3%" in the locale's digits; "–" when undefined.
QString percent(const QLocale& locale, std::optional<double> share, int decimals = 1);

// A month (monthIndex) as a position on a date-time axis, and an axis over months.
qreal monthX(int monthIndex);
QDateTimeAxis* monthAxis(int firstMonth, int lastMonth);
QValueAxis* valueAxis(const QString& title, const QString& format = QStringLiteral("%.0f"));

// texts[i] as a tooltip while the pointer is near the i-th point of the series.
void setPointTooltips(QXYSeries* series, std::vector<QString> texts);

// Amounts on an axis in units, thousands or millions, so its labels stay short: values are
// divided by divisor and the axis title names the unit.
struct AxisScale {
    double divisor = 1;
    QString unit; // "CNY", "thousand CNY", "million CNY"
};
AxisScale axisScale(double largestMajor, const QString& currency);
// Fits a value axis from 0 (or below, for losses) to the largest value, on round numbers.
void fitAxis(QValueAxis* axis, double low, double high);

// Category labels, slanted when there are many, and never cut to "MOO…".
void fitCategoryLabels(QBarCategoryAxis* axis, const QStringList& labels, bool slant = true);

// Lists under a chart show at most this many rows: a table of tens of thousands of items
// would hold the GUI thread for a noticeable moment, and nobody reads that far.
inline constexpr int kListRows = 500;

// Major units for an axis (figures in tooltips and tables stay exact through AppContext::money).
double major(qint64 minor, int minorDigits);

} // namespace clientele::charts
