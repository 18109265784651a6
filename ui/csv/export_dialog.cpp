#include "export_dialog.h"

#include "common/dates.h"
#include "csv_job.h"
#include "io/csv_export.h"
#include "io/output_target.h"
#include "shell/app_context.h"
#include "shell/file_dialog.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace clientele {

namespace {

constexpr const char* kIsoDate = "yyyy-MM-dd";

Status exportToFile(Database& db, const QString& kind, const QString& path,
                    const ExportOptions& options) {
    auto target = OutputTarget::open(path);
    if (!target)
        return target.error();
    if (Status written = exportCsv(db, kind, (*target)->device(), options); !written)
        return written; // the target is discarded: an earlier file stays as it was
    return (*target)->commit();
}

} // namespace

ExportDialog::ExportDialog(AppContext& app, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_job(new CsvJob(this)) {
    setWindowTitle(tr("Export CSV"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("exportKind"));
    for (const QString& kind : exportKindNames())
        if (checkExportRequest(kind, {}))
            m_kind->addItem(kind, kind);
    form->addRow(tr("&What:"), m_kind);
    auto dateRow = [this](QCheckBox*& use, QDateEdit*& edit, const QString& label) {
        auto* row = new QHBoxLayout;
        use = new QCheckBox(label, this);
        edit = new QDateEdit(this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QString::fromLatin1(kIsoDate));
        edit->setEnabled(false);
        connect(use, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        row->addWidget(use);
        row->addWidget(edit, 1);
        return row;
    };
    form->addRow(tr("Dates:"), dateRow(m_useFrom, m_from, tr("&From")));
    form->addRow(QString(), dateRow(m_useTo, m_to, tr("&To")));
    m_useTo->setMinimumWidth(m_useFrom->sizeHint().width()); // the two dates line up
    m_useFrom->setObjectName(QStringLiteral("exportUseFrom"));
    m_useTo->setObjectName(QStringLiteral("exportUseTo"));
    m_excel = new QCheckBox(tr("E&xcel-friendly (byte-order mark, the delimiter of the "
                               "computer's locale)"),
                            this);
    m_excel->setObjectName(QStringLiteral("exportExcel"));
    form->addRow(QString(), m_excel);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&Save to:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("exportResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("runExport"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::runExport);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::kindChanged);
    connect(m_job, &CsvJob::progressed, this, [this](qint64 done, qint64) {
        if (m_progress)
            m_progress->setLabelText(
                tr("Exporting… %1 rows written").arg(m_app.locale().toString(done)));
    });
    const QDate today = QDate::fromString(formatIsoDate(m_app.today()), Qt::ISODate);
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    kindChanged();
}

void ExportDialog::kindChanged() {
    const bool dated = isDatedExport(m_kind->currentData().toString());
    for (QWidget* w : std::initializer_list<QWidget*>{m_useFrom, m_useTo})
        w->setEnabled(dated);
    m_from->setEnabled(dated && m_useFrom->isChecked());
    m_to->setEnabled(dated && m_useTo->isChecked());
    const QString file = m_file->text();
    // A file named after the previous kind follows the new one.
    if (file.isEmpty() || QFileInfo(file).completeBaseName() == m_lastSuggested) {
        m_lastSuggested = m_kind->currentData().toString();
        m_file->setText(QDir(file.isEmpty() ? QDir::homePath() : QFileInfo(file).path())
                            .filePath(m_lastSuggested + QStringLiteral(".csv")));
    }
}

void ExportDialog::setKind(const QString& kind) {
    if (const int i = m_kind->findData(kind); i >= 0)
        m_kind->setCurrentIndex(i);
}

void ExportDialog::setOutputFile(const QString& path) {
    m_file->setText(path);
}

void ExportDialog::setDateRange(const QString& fromIso, const QString& toIso) {
    m_useFrom->setChecked(!fromIso.isEmpty());
    if (!fromIso.isEmpty())
        m_from->setDate(QDate::fromString(fromIso, Qt::ISODate));
    m_useTo->setChecked(!toIso.isEmpty());
    if (!toIso.isEmpty())
        m_to->setDate(QDate::fromString(toIso, Qt::ISODate));
}

void ExportDialog::setExcelFriendly(bool on) {
    m_excel->setChecked(on);
}

bool ExportDialog::isBusy() const {
    return m_job->isRunning();
}

QString ExportDialog::resultText() const {
    return m_result->text();
}

void ExportDialog::browse() {
    const QString path = FileDialog::getSaveFileName(this, tr("Export CSV"), m_file->text(),
                                                     tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportDialog::runExport() {
    if (m_job->isRunning())
        return;
    const QString path = m_file->text().trimmed();
    const QString kind = m_kind->currentData().toString();
    if (path.isEmpty()) {
        m_result->setText(tr("Choose the file to write."));
        return;
    }
    ExportOptions options;
    if (isDatedExport(kind)) {
        if (m_useFrom->isChecked())
            options.from = m_from->date().toString(Qt::ISODate);
        if (m_useTo->isChecked())
            options.to = m_to->date().toString(Qt::ISODate);
    }
    if (m_excel->isChecked())
        options.writer = excelWriterOptions(m_app.locale());
    auto result = std::make_shared<std::optional<Status>>();
    QString why;
    const bool started = m_job->start(
        m_app.database(), OpenMode::ReadOnly,
        [result, kind, path, options](Database& db, const Progress& progress) {
            ExportOptions withProgress = options;
            withProgress.progress = progress;
            result->emplace(exportToFile(db, kind, path, withProgress));
        },
        &why);
    if (!started) {
        m_result->setText(tr("The database cannot be read: %1").arg(why));
        return;
    }
    m_export->setEnabled(false);
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    connect(m_progress, &QProgressDialog::canceled, m_job, &CsvJob::cancel);
    connect(
        m_job, &CsvJob::finished, this,
        [this, result, path] {
            m_progress->deleteLater();
            m_progress = nullptr;
            m_export->setEnabled(true);
            finish(path, result->value_or(Status(Error::cancelled())));
        },
        Qt::SingleShotConnection);
}

void ExportDialog::finish(const QString& path, const Status& status) {
    if (status) {
        m_result->setText(tr("Written to %1.").arg(QDir::toNativeSeparators(path)));
        emit exported(path);
    } else if (status.error().kind == Error::Kind::Cancelled) {
        m_result->setText(tr("Cancelled; no file was written."));
    } else {
        m_result->setText(tr("Not exported: %1").arg(status.error().message));
    }
}

} // namespace clientele
