#pragma once

#include "common/result.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QPushButton;

namespace clientele {

class AppContext;
class CsvJob;

// File → Export CSV…: a kind or an accountant's report, an optional date range (dated kinds
// only), Excel-friendly output, and the file, written in the background and atomically: a
// cancelled or failed export leaves any earlier file as it was.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(AppContext& app, QWidget* parent = nullptr);

    void setKind(const QString& kind);
    void setOutputFile(const QString& path);
    void setDateRange(const QString& fromIso, const QString& toIso); // empty: open-ended
    void setExcelFriendly(bool on);
    void runExport();
    bool isBusy() const;
    QString resultText() const;

signals:
    void exported(const QString& path);

private:
    void browse();
    void kindChanged();
    void finish(const QString& path, const Status& status);

    AppContext& m_app;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_excel = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_result = nullptr;
    QProgressDialog* m_progress = nullptr;
    CsvJob* m_job = nullptr;
    QString m_lastSuggested; // the kind the file name was suggested for
};

} // namespace clientele
