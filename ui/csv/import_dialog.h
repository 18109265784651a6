#pragma once

#include "common/result.h"
#include "io/import_options.h"

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressDialog;
class QPushButton;

namespace clientele {

class AppContext;
class CsvJob;

// File → Import CSV…: the file, its kind (guessed from the header and the name), the options,
// then a dry run that lists what would be created, updated and skipped and every problem found
// (FILE:LINE: column NAME: why); Import is offered once a dry run found none. Both run in the
// background behind a progress dialog whose Cancel leaves the database untouched.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(AppContext& app, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Takes the file (as Browse would) and guesses its kind.
    void setFile(const QString& path);
    QString kind() const;
    void setKind(const QString& kind);
    void check();     // the dry run
    void runImport(); // writes, after a clean dry run
    bool isBusy() const;
    QListWidget* problemList() const { return m_problems; }
    QString summaryText() const;

signals:
    void imported(qint64 batchId);

private:
    ImportOptions options(bool dryRun) const;
    void browse();
    void optionsChanged();
    void start(bool dryRun);
    void showResult(bool dryRun, const Result<ImportSummary>& result);
    QString describe(const ImportSummary& summary, bool dryRun) const;
    static QString newRecordsText(const QString& kind, const QString& count);

    AppContext& m_app;
    QLineEdit* m_file = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_onDuplicate = nullptr;
    QComboBox* m_encoding = nullptr;
    QLineEdit* m_dateFormat = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_problems = nullptr;
    QProgressDialog* m_progress = nullptr;
    CsvJob* m_job = nullptr;
    QString m_chosenFile;
};

} // namespace clientele
