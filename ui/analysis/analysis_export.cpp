#include "analysis_export.h"

#include "io/csv_writer.h"
#include "shell/file_dialog.h"
#include "shell/message_box.h"

#include <QCoreApplication>
#include <QFile>
#include <QHeaderView>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTableWidget>
#include <QtCharts/QChartView>

namespace clientele {

namespace {

struct AnalysisExport {
    Q_DECLARE_TR_FUNCTIONS(AnalysisExport)
};

Status saveSvg(QChartView* view, const QString& path) {
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(view->size());
    generator.setViewBox(view->rect());
    generator.setTitle(view->chart()->title());
    QPainter painter;
    if (!painter.begin(&generator))
        return Error::io(AnalysisExport::tr("%1 could not be written.").arg(path));
    view->render(&painter);
    painter.end();
    return {};
}

} // namespace

Status saveChartImage(QChartView* view, const QString& path) {
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive))
        return saveSvg(view, path);
    if (!view->grab().save(path, "PNG"))
        return Error::io(AnalysisExport::tr("%1 could not be written.").arg(path));
    return {};
}

Status saveTableCsv(const QTableWidget* table, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(
            AnalysisExport::tr("%1 could not be written: %2").arg(path, file.errorString()));
    // Grids (R × F, cohorts, the value matrix) name their rows in the vertical header.
    const bool rowNames = !table->verticalHeader()->isHidden();
    std::vector<CsvOutputColumn> columns;
    if (rowNames)
        columns.push_back({QString(), CsvCellKind::Text});
    for (int c = 0; c < table->columnCount(); ++c) {
        const QTableWidgetItem* header = table->horizontalHeaderItem(c);
        columns.push_back({header ? header->text() : QString(), CsvCellKind::Text});
    }
    CsvWriter writer(file, std::move(columns));
    for (int r = 0; r < table->rowCount(); ++r) {
        QStringList cells;
        if (rowNames) {
            const QTableWidgetItem* header = table->verticalHeaderItem(r);
            cells << (header ? header->text() : QString());
        }
        for (int c = 0; c < table->columnCount(); ++c) {
            const QTableWidgetItem* item = table->item(r, c);
            // Cells of two lines (the value matrix) as one.
            cells << (item ? item->text().replace(QLatin1Char('\n'), QLatin1Char(' ')) : QString());
        }
        if (auto written = writer.writeRow(cells); !written)
            return written;
    }
    if (auto finished = writer.finish(); !finished)
        return finished;
    if (!file.commit())
        return Error::io(
            AnalysisExport::tr("%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

void saveChartInteractively(QChartView* view) {
    const QString path =
        FileDialog::getSaveFileName(view, AnalysisExport::tr("Save Chart"), {},
                                    AnalysisExport::tr("PNG picture (*.png);;SVG drawing (*.svg)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveChartImage(view, path); !saved)
        MessageBox::warning(view, AnalysisExport::tr("Save Chart"), saved.error().message);
}

void saveTableInteractively(QTableWidget* table) {
    const QString path = FileDialog::getSaveFileName(table, AnalysisExport::tr("Save Table"), {},
                                                     AnalysisExport::tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveTableCsv(table, path); !saved)
        MessageBox::warning(table, AnalysisExport::tr("Save Table"), saved.error().message);
}

} // namespace clientele
