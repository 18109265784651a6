#pragma once

#include "common/result.h"

#include <QString>

class QChartView;
class QTableWidget;
class QWidget;

namespace clientele {

// A chart as a picture: SVG when the file name ends in .svg, otherwise a bitmap (PNG) of the
// chart as shown.
Status saveChartImage(QChartView* view, const QString& path);
// A table as CSV: its header, then its rows as shown.
Status saveTableCsv(const QTableWidget* table, const QString& path);

// The same, asking for the file (ui/shell/file_dialog.h) and telling the user what failed.
void saveChartInteractively(QChartView* view);
void saveTableInteractively(QTableWidget* table);

} // namespace clientele
