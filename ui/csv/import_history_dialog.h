#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace clientele {

class AppContext;
class CsvJob;

// File → Import History…: the imports made, newest first (as `import --list`), and Undo Import
// for the one selected, after a confirmation; an undo refused because rows were changed since
// says so and changes nothing.
class ImportHistoryDialog : public QDialog {
    Q_OBJECT
public:
    ImportHistoryDialog(AppContext& app, QWidget* parent = nullptr);

    void reload();
    void selectBatch(qint64 id);
    void undoSelected();
    bool isBusy() const;
    QTableWidget* table() const { return m_table; }

private:
    qint64 selectedBatch() const;
    void updateButtons();

    AppContext& m_app;
    QTableWidget* m_table = nullptr;
    QPushButton* m_undo = nullptr;
    CsvJob* m_job = nullptr;
};

} // namespace clientele
