#include "chart_helpers.h"

#include "analysis_export.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QCursor>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QTableWidget>
#include <QToolTip>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSet>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QValueAxis>
#include <QtCharts/QXYSeries>

#include <array>
#include <cmath>

namespace clientele::charts {

QColor seriesColour(int index) {
    static const std::array<QColor, 8> colours{
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0xF0, 0xE4, 0x42), // yellow
        QColor(0x99, 0x99, 0x99), // grey in place of black
    };
    return colours[static_cast<std::size_t>(index) % colours.size()];
}

bool isDarkTheme() {
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

void applyTheme(QChart* chart) {
    chart->setTheme(isDarkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
}

QChart* makeChart(const QString& title) {
    auto* chart = new QChart;
    applyTheme(chart);
    chart->setAnimationOptions(QChart::NoAnimation); // a new result shows at once
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() + 1);
    chart->setTitleFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

ChartView::ChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent) {
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(360, 260);
}

void ChartView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Save Chart As…"), this, [this] { saveChartInteractively(this); });
    menu.exec(event->globalPos());
}

void setBarTooltips(QBarSet* set, std::vector<QString> texts) {
    QObject::connect(
        set, &QBarSet::hovered, set, [texts = std::move(texts)](bool status, int index) {
            if (status && index >= 0 && index < static_cast<int>(texts.size()))
                QToolTip::showText(QCursor::pos(), texts[static_cast<std::size_t>(index)]);
            else
                QToolTip::hideText();
        });
}

void clearChart(QChart* chart) {
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QColor heatColour(double share) {
    const double t = std::clamp(share, 0.0, 1.0);
    // From a pale to a deep blue; lightness carries the value.
    const QColor low(0xEF, 0xF6, 0xFB);
    const QColor high(0x08, 0x45, 0x94);
    auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(low.red(), high.red()), mix(low.green(), high.green()),
                  mix(low.blue(), high.blue()));
}

QColor textOn(const QColor& background) {
    return background.lightness() < 140 ? QColor(Qt::white) : QColor(Qt::black);
}

QTableWidget* makeTable(const QStringList& header, QWidget* parent) {
    auto* table = new QTableWidget(0, static_cast<int>(header.size()), parent);
    table->setHorizontalHeaderLabels(header);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(table, &QWidget::customContextMenuRequested, table, [table](const QPoint& at) {
        QMenu menu(table);
        menu.addAction(QCoreApplication::translate("clientele::charts", "Save Table As CSV…"),
                       table, [table] { saveTableInteractively(table); });
        menu.exec(table->viewport()->mapToGlobal(at));
    });
    return table;
}

QTableWidgetItem* numberItem(const QString& text, double value) {
    auto* item = new QTableWidgetItem(text);
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem* textItem(const QString& text) {
    return new QTableWidgetItem(text);
}

QString percent(const QLocale& locale, std::optional<double> share, int decimals) {
    if (!share)
        return QStringLiteral("–");
    return locale.toString(*share * 100, 'f', decimals) + QLatin1Char('%');
}

qreal monthX(int monthIndex) {
    return static_cast<qreal>(
        QDateTime(QDate(monthIndex / 12, monthIndex % 12 + 1, 1), QTime(0, 0)).toMSecsSinceEpoch());
}

QDateTimeAxis* monthAxis(int firstMonth, int lastMonth) {
    auto* axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("yyyy-MM"));
    axis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(monthX(firstMonth))),
                   QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(monthX(lastMonth))));
    // Few enough labels that they never overlap.
    axis->setTickCount(std::clamp(lastMonth - firstMonth + 1, 2, 7));
    return axis;
}

QValueAxis* valueAxis(const QString& title, const QString& format) {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(format);
    return axis;
}

void setPointTooltips(QXYSeries* series, std::vector<QString> texts) {
    QObject::connect(
        series, &QXYSeries::hovered, series,
        [series, texts = std::move(texts)](const QPointF& point, bool state) {
            if (!state || texts.empty()) {
                QToolTip::hideText();
                return;
            }
            int nearest = 0;
            for (int i = 1; i < series->count() && i < static_cast<int>(texts.size()); ++i)
                if (std::abs(series->at(i).x() - point.x()) <
                    std::abs(series->at(nearest).x() - point.x()))
                    nearest = i;
            QToolTip::showText(QCursor::pos(), texts[static_cast<std::size_t>(nearest)]);
        });
}

AxisScale axisScale(double largestMajor, const QString& currency) {
    const double largest = std::abs(largestMajor);
    if (largest >= 2e6)
        return {1e6, QCoreApplication::translate("clientele::charts", "million %1").arg(currency)};
    if (largest >= 2e4)
        return {1e3, QCoreApplication::translate("clientele::charts", "thousand %1").arg(currency)};
    return {1, currency};
}

void fitAxis(QValueAxis* axis, double low, double high) {
    axis->setRange(std::min(0.0, low), high > std::min(0.0, low) ? high : 1.0);
    axis->applyNiceNumbers();
}

void fitCategoryLabels(QBarCategoryAxis* axis, const QStringList& labels, bool slant) {
    axis->append(labels);
    axis->setTruncateLabels(false);
    if (slant && labels.size() > 5)
        axis->setLabelsAngle(-40);
}

double major(qint64 minor, int minorDigits) {
    return static_cast<double>(minor) / std::pow(10.0, minorDigits);
}

} // namespace clientele::charts
