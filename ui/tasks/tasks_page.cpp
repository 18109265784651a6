#include "tasks_page.h"

#include "agenda/task_listing.h"
#include "shell/app_context.h"
#include "shell/message_box.h"
#include "shell/record_table.h"
#include "storage/database.h"
#include "task_commands.h"
#include "task_dialog.h"
#include "task_labels.h"
#include "task_list_model.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace clientele {

TasksPage::TasksPage(AppContext& app, QWidget* parent)
    : Page(app, parent) {
    setObjectName(QStringLiteral("tasks"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(buildToolbar());
    layout->addWidget(buildFilters());
    m_model = new TaskListModel(app, this);
    m_view = newRecordTable(m_model, this);
    QHeaderView* header = m_view->horizontalHeader();
    const int widths[] = {110, 320, 240, 100, 120, 110};
    for (int c = 0; c < TaskListModel::Notes; ++c)
        header->resizeSection(c, widths[c]);
    header->setStretchLastSection(true);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::activated, this, &TasksPage::editCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%1 tasks").arg(this->app().locale().toString(m_model->totalCount())));
        updateActions();
    });
    connect(&app, &AppContext::dataChanged, this, [this](const QString& what) {
        if (!what.isEmpty() && what != QLatin1String("task") && what != QLatin1String("visit") &&
            what != QLatin1String("customer"))
            return;
        if (isVisible())
            m_model->reload();
        else
            m_stale = true;
    });
    updateActions();
}

QIcon TasksPage::icon() const {
    return QIcon(QStringLiteral(":/icons/tasks.svg"));
}

QWidget* TasksPage::buildToolbar() {
    auto* bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(18, 18));
    const bool writable = !app().database().isReadOnly();
    m_new = bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New Task"), this,
                           &TasksPage::newTask);
    m_new->setEnabled(writable);
    m_new->setObjectName(QStringLiteral("newTask")); // --action newTask opens the dialog
    m_edit = bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit"), this,
                            &TasksPage::editCurrent);
    m_done = bar->addAction(QIcon(QStringLiteral(":/icons/tasks.svg")), tr("Mark Done"), this,
                            &TasksPage::markCurrentDone);
    m_delete = bar->addAction(QIcon(QStringLiteral(":/icons/delete.svg")), tr("Delete"), this,
                              &TasksPage::deleteCurrent);
    m_openCustomer =
        bar->addAction(QIcon(QStringLiteral(":/icons/customers.svg")), tr("Open Customer"), this,
                       [this] { emit this->app().openCustomerRequested(currentCustomer()); });
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_count = new QLabel(bar);
    bar->addWidget(m_count);
    return bar;
}

QWidget* TasksPage::buildFilters() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 4);
    m_state = new QComboBox(row);
    m_state->addItem(tr("Open"), static_cast<int>(TaskFilter::State::Open));
    m_state->addItem(tr("Done"), static_cast<int>(TaskFilter::State::Done));
    m_state->addItem(tr("All"), static_cast<int>(TaskFilter::State::All));
    m_kind = new QComboBox(row);
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& kind : task_values::kinds)
        m_kind->addItem(taskKindLabel(kind), kind);
    m_range = new QCheckBox(tr("Due from"), row);
    const QDate today = QDate(1970, 1, 1).addDays(app().today());
    m_from = new QDateEdit(today.addDays(-30), row);
    m_to = new QDateEdit(today.addDays(30), row);
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
        connect(e, &QDateEdit::dateChanged, this, &TasksPage::applyFilter);
    }
    m_customer = new QLineEdit(row);
    m_customer->setPlaceholderText(tr("Customer name or ref"));
    m_customer->setClearButtonEnabled(true);
    layout->addWidget(m_state);
    layout->addWidget(m_kind);
    layout->addSpacing(12);
    layout->addWidget(m_range);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(tr("to"), row));
    layout->addWidget(m_to);
    layout->addSpacing(12);
    layout->addWidget(m_customer, 1);
    connect(m_state, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilter);
    connect(m_customer, &QLineEdit::textChanged, this, &TasksPage::applyFilter);
    connect(m_range, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    return row;
}

TaskFilter TasksPage::currentFilter() const {
    TaskFilter f;
    f.state = static_cast<TaskFilter::State>(m_state->currentData().toInt());
    f.kind = m_kind->currentData().toString();
    f.customerText = m_customer->text().trimmed();
    if (m_range->isChecked()) {
        f.dueFrom = m_from->date().toString(Qt::ISODate);
        f.dueTo = m_to->date().toString(Qt::ISODate);
    }
    return f;
}

void TasksPage::applyFilter() {
    m_model->setFilter(currentFilter());
}

void TasksPage::activate() {
    if (m_stale) {
        m_stale = false;
        applyFilter();
    }
}

QWidget* TasksPage::focusTarget() {
    return m_view;
}

int TasksPage::currentRow() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && index.row() < m_model->rowCount() ? index.row() : -1;
}

Id TasksPage::currentCustomer() const {
    const int row = currentRow();
    return row < 0 ? 0 : m_model->rowAt(row).task.customerId.value_or(0);
}

void TasksPage::updateActions() {
    const bool writable = !app().database().isReadOnly();
    const int row = currentRow();
    m_edit->setEnabled(writable && row >= 0);
    m_delete->setEnabled(writable && row >= 0);
    m_done->setEnabled(writable && row >= 0 && m_model->rowAt(row).task.doneAt.isEmpty());
    m_openCustomer->setEnabled(currentCustomer() != 0);
}

void TasksPage::newTask() {
    auto* dialog = new TaskDialog(app(), std::nullopt, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TasksPage::editCurrent() {
    const int row = currentRow();
    if (row < 0 || app().database().isReadOnly())
        return;
    auto* dialog = new TaskDialog(app(), m_model->rowAt(row).task, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TasksPage::markCurrentDone() {
    const int row = currentRow();
    if (row < 0 || !m_model->rowAt(row).task.doneAt.isEmpty())
        return;
    if (const Status s = app().execute(new CompleteTaskCommand(app(), m_model->rowAt(row).task.id));
        !s)
        MessageBox::warning(this, tr("Mark Done"), s.error().message);
}

void TasksPage::deleteCurrent() {
    const int row = currentRow();
    if (row < 0)
        return;
    const Task task = m_model->rowAt(row).task;
    if (MessageBox::question(this, tr("Delete Task"),
                             tr("Delete the task “%1”? You can undo this.").arg(task.title)) !=
        QMessageBox::Yes)
        return;
    if (const Status s = app().execute(new DeleteTaskCommand(app(), task)); !s)
        MessageBox::warning(this, tr("Delete Task"), s.error().message);
}

} // namespace clientele
