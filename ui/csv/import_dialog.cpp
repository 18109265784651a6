#include "import_dialog.h"

#include "csv_job.h"
#include "io/csv_import.h"
#include "io/import_kind.h"
#include "io/import_kind_guess.h"
#include "shell/app_context.h"
#include "shell/file_dialog.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace clientele {

namespace {

// Every problem is listed in the dialog, however many: the user fixes the file in one go.
constexpr int kAllProblems = 1'000'000;

} // namespace

ImportDialog::ImportDialog(AppContext& app, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_job(new CsvJob(this)) {
    setWindowTitle(tr("Import CSV"));
    resize(760, 520);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseImportFile"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (const QString& kind : importKindNames())
        m_kind->addItem(kind, kind);
    form->addRow(tr("&Kind:"), m_kind);
    m_onDuplicate = new QComboBox(this);
    m_onDuplicate->setObjectName(QStringLiteral("onDuplicate"));
    m_onDuplicate->addItem(tr("Refuse the file"), int(OnDuplicate::Error));
    m_onDuplicate->addItem(tr("Skip the row"), int(OnDuplicate::Skip));
    m_onDuplicate->addItem(tr("Update the record"), int(OnDuplicate::Update));
    form->addRow(tr("When a record &exists:"), m_onDuplicate);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("UTF-8"), QString());
    m_encoding->addItem(tr("GB18030 (Chinese Windows)"), QStringLiteral("gb18030"));
    form->addRow(tr("E&ncoding:"), m_encoding);
    m_dateFormat = new QLineEdit(this);
    m_dateFormat->setObjectName(QStringLiteral("dateFormat"));
    m_dateFormat->setPlaceholderText(tr("YYYY-MM-DD; or a pattern such as %d/%m/%Y"));
    form->addRow(tr("&Dates:"), m_dateFormat);
    layout->addLayout(form);

    m_summary = new QLabel(tr("Choose a file, then check it: nothing is written until you "
                              "import."),
                           this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setSelectionMode(QAbstractItemView::ExtendedSelection);
    layout->addWidget(m_problems, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("checkImport"));
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("runImport"));
    m_import->setEnabled(false);
    m_import->setToolTip(tr("Check the file first"));
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Also emitted when the field merely loses focus: only a new name is a new file.
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        if (m_file->text() != m_chosenFile)
            setFile(m_file->text());
    });
    for (QComboBox* box : {m_kind, m_onDuplicate, m_encoding})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::optionsChanged);
    connect(m_dateFormat, &QLineEdit::textEdited, this, &ImportDialog::optionsChanged);
    connect(m_job, &CsvJob::progressed, this, [this](qint64 done, qint64 total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(static_cast<int>(done * 1000 / total));
    });
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::browse() {
    const QString path = FileDialog::getOpenFileName(this, tr("Import CSV"), m_file->text(),
                                                     tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString& path) {
    m_chosenFile = path;
    m_file->setText(path);
    const QString guessed =
        guessImportKind(readCsvHeader(path, m_encoding->currentData().toString()), path);
    if (!guessed.isEmpty())
        setKind(guessed);
    optionsChanged();
}

QString ImportDialog::kind() const {
    return m_kind->currentData().toString();
}

void ImportDialog::setKind(const QString& kind) {
    if (const int i = m_kind->findData(kind); i >= 0)
        m_kind->setCurrentIndex(i);
}

bool ImportDialog::isBusy() const {
    return m_job->isRunning();
}

QString ImportDialog::summaryText() const {
    return m_summary->text();
}

void ImportDialog::optionsChanged() {
    // What was checked is no longer what would be imported.
    m_import->setEnabled(false);
}

ImportOptions ImportDialog::options(bool dryRun) const {
    ImportOptions options;
    options.sourceName = QFileInfo(m_file->text()).fileName();
    options.onDuplicate = static_cast<OnDuplicate>(m_onDuplicate->currentData().toInt());
    options.encoding = m_encoding->currentData().toString();
    options.dateFormat = m_dateFormat->text().trimmed();
    options.dryRun = dryRun;
    options.problemLimit = kAllProblems;
    return options;
}

void ImportDialog::check() {
    start(true);
}

void ImportDialog::runImport() {
    start(false);
}

void ImportDialog::start(bool dryRun) {
    if (m_job->isRunning())
        return;
    const QString path = m_file->text();
    if (path.isEmpty() || !QFileInfo(path).isFile()) {
        m_summary->setText(tr("Choose the CSV file to import."));
        return;
    }
    auto result = std::make_shared<std::optional<Result<ImportSummary>>>();
    const QString kind = this->kind();
    const ImportOptions options = this->options(dryRun);
    // A dry run only reads; the import writes through a sibling sharing the writer's lock.
    QString why;
    const bool started = m_job->start(
        m_app.database(), dryRun ? OpenMode::ReadOnly : OpenMode::ReadWrite,
        [result, kind, path, options](Database& db, const Progress& progress) {
            ImportOptions withProgress = options;
            withProgress.progress = progress;
            result->emplace(importCsvFile(db, kind, path, withProgress));
        },
        &why);
    if (!started) {
        m_summary->setText(tr("The database cannot be opened for the import: %1").arg(why));
        return;
    }
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_progress = new QProgressDialog(dryRun ? tr("Checking %1…").arg(options.sourceName)
                                            : tr("Importing %1…").arg(options.sourceName),
                                     tr("Cancel"), 0, 1000, this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &CsvJob::cancel);
    connect(
        m_job, &CsvJob::finished, this,
        [this, result, dryRun] {
            m_progress->deleteLater();
            m_progress = nullptr;
            m_check->setEnabled(true);
            if (*result)
                showResult(dryRun, **result);
        },
        Qt::SingleShotConnection);
}

// The records an import made besides the file's own kind (a sales file's new customers, products
// and orders), named in the user's language.
QString ImportDialog::newRecordsText(const QString& kind, const QString& count) {
    if (kind == QLatin1String("customers"))
        return tr("%1 new customers").arg(count);
    if (kind == QLatin1String("products"))
        return tr("%1 new products").arg(count);
    if (kind == QLatin1String("orders"))
        return tr("%1 new orders").arg(count);
    return tr("%1 new %2").arg(count, kind);
}

QString ImportDialog::describe(const ImportSummary& summary, bool dryRun) const {
    QStringList also;
    for (const auto& [what, count] : summary.alsoCreated)
        if (count > 0)
            also << newRecordsText(what, m_app.locale().toString(count));
    QString text = dryRun ? tr("%1 rows checked, no problem found: %2 would be created, %3 "
                               "updated, %4 skipped.")
                          : tr("Imported %1 rows: %2 created, %3 updated, %4 skipped.");
    text = text.arg(m_app.locale().toString(summary.rows), m_app.locale().toString(summary.created),
                    m_app.locale().toString(summary.updated),
                    m_app.locale().toString(summary.skipped));
    if (!also.isEmpty())
        text += u' ' + tr("Also: %1.").arg(also.join(QStringLiteral(", ")));
    if (!dryRun)
        text += u' ' + tr("Import History can undo it (batch %1).").arg(summary.batchId);
    return text;
}

void ImportDialog::showResult(bool dryRun, const Result<ImportSummary>& result) {
    m_problems->clear();
    if (result) {
        m_summary->setText(describe(*result, dryRun));
        m_problems->addItems(result->warnings);
        m_import->setEnabled(dryRun);
        m_import->setToolTip(QString());
        if (!dryRun) {
            m_app.notifyChanged();
            emit imported(result->batchId);
        }
        return;
    }
    const Error& error = result.error();
    if (error.kind == Error::Kind::Cancelled) {
        m_summary->setText(tr("Cancelled; nothing was written."));
        return;
    }
    const QStringList lines = error.message.split(u'\n', Qt::SkipEmptyParts);
    m_problems->addItems(lines);
    m_summary->setText(error.kind == Error::Kind::Invalid
                           ? tr("Problems found: %1. Nothing was written; fix the file and "
                                "check it again.")
                                 .arg(m_app.locale().toString(lines.size()))
                           : tr("Nothing was written: %1").arg(lines.value(0)));
}

} // namespace clientele
