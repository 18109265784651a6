// The main window's CSV import, import history and export dialogs.
#include "csv/export_dialog.h"
#include "csv/import_dialog.h"
#include "csv/import_history_dialog.h"
#include "main_window.h"

namespace clientele {

void MainWindow::importCsv(const QString& path) {
    auto* dialog = new ImportDialog(*m_app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    if (!path.isEmpty()) {
        dialog->setFile(path);
        dialog->check();
    }
}

void MainWindow::showImportHistory() {
    auto* dialog = new ImportHistoryDialog(*m_app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::exportCsv() {
    auto* dialog = new ExportDialog(*m_app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace clientele
