#include "import_history_dialog.h"

#include "csv_job.h"
#include "io/import_batches.h"
#include "shell/app_context.h"
#include "shell/message_box.h"
#include "storage/database.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <optional>

namespace clientele {

namespace {

enum Column { Batch, Kind, File, ImportedAt, Rows, Created, Updated, Skipped, Undone, Columns };

QTableWidgetItem* cell(const QString& text, bool number = false) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(AppContext& app, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_job(new CsvJob(this)) {
    setWindowTitle(tr("Import History"));
    resize(860, 420);
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("importBatches"));
    m_table->setHorizontalHeaderLabels({tr("Batch"), tr("Kind"), tr("File"), tr("Imported"),
                                        tr("Rows"), tr("Created"), tr("Updated"), tr("Skipped"),
                                        tr("Undone")});
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Import…"), QDialogButtonBox::ActionRole);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    reload();
}

bool ImportHistoryDialog::isBusy() const {
    return m_job->isRunning();
}

void ImportHistoryDialog::reload() {
    m_table->setRowCount(0);
    auto batches = listImportBatches(m_app.database());
    if (!batches) {
        MessageBox::warning(this, tr("Import History"), batches.error().message);
        return;
    }
    const QLocale locale = m_app.locale();
    for (const ImportBatch& b : *batches) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, Batch, cell(QString::number(b.id), true));
        m_table->item(row, Batch)->setData(Qt::UserRole, b.id);
        m_table->setItem(row, Kind, cell(b.kind));
        m_table->setItem(row, File, cell(b.file));
        m_table->setItem(row, ImportedAt, cell(m_app.dateTime(b.importedAt)));
        m_table->setItem(row, Rows, cell(locale.toString(b.rows), true));
        m_table->setItem(row, Created, cell(locale.toString(b.created), true));
        m_table->setItem(row, Updated, cell(locale.toString(b.updated), true));
        m_table->setItem(row, Skipped, cell(locale.toString(b.skipped), true));
        m_table->setItem(row, Undone,
                         cell(b.undoneAt.isEmpty() ? QString() : m_app.dateTime(b.undoneAt)));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(File, QHeaderView::Stretch);
    updateButtons();
}

void ImportHistoryDialog::selectBatch(qint64 id) {
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Batch)->data(Qt::UserRole).toLongLong() == id)
            m_table->selectRow(row);
}

qint64 ImportHistoryDialog::selectedBatch() const {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return 0;
    return m_table->item(selected.first()->row(), Batch)->data(Qt::UserRole).toLongLong();
}

void ImportHistoryDialog::updateButtons() {
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    const bool undoable =
        !selected.isEmpty() && m_table->item(selected.first()->row(), Undone)->text().isEmpty();
    m_undo->setEnabled(undoable && !m_job->isRunning() && !m_app.database().isReadOnly());
}

void ImportHistoryDialog::undoSelected() {
    const qint64 id = selectedBatch();
    if (id == 0 || m_job->isRunning())
        return;
    const int row = m_table->selectedItems().first()->row();
    const QString what =
        tr("Undo import batch %1 (%2 from %3, %4 rows)?\n\nThe records it "
           "created are deleted and those it updated get their earlier "
           "values back. It is refused, with nothing changed, when records "
           "it wrote were edited since.")
            .arg(id)
            .arg(m_table->item(row, Kind)->text(), m_table->item(row, File)->text(),
                 m_table->item(row, Rows)->text());
    if (MessageBox::question(this, tr("Undo Import"), what) != QMessageBox::Yes)
        return;
    auto result = std::make_shared<std::optional<Status>>();
    QString why;
    if (!m_job->start(
            m_app.database(), OpenMode::ReadWrite,
            [result, id](Database& db, const Progress&) {
                result->emplace(undoImportBatch(db, id));
            },
            &why)) {
        MessageBox::warning(this, tr("Undo Import"), why);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    updateButtons();
    connect(
        m_job, &CsvJob::finished, this,
        [this, result, id] {
            QApplication::restoreOverrideCursor();
            if (*result && !**result) {
                MessageBox::warning(this, tr("Undo Import"),
                                    tr("Import batch %1 was not undone.\n\n%2")
                                        .arg(id)
                                        .arg((*result)->error().message));
            } else {
                m_app.notifyChanged();
            }
            reload();
            selectBatch(id);
        },
        Qt::SingleShotConnection);
}

} // namespace clientele
