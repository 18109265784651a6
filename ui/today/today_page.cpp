#include "today_page.h"

#include "domain/task_repository.h"
#include "greet_dialog.h"
#include "revisits_section.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "tasks/task_commands.h"
#include "today_rows.h"
#include "today_section.h"

#include <QGridLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace clientele {

TodayPage::TodayPage(AppContext& app, QWidget* parent)
    : Page(app, parent) {
    setObjectName(QStringLiteral("today"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(buildHeader());
    layout->addWidget(buildSections(), 1);
    connect(&app, &AppContext::dataChanged, this, [this] {
        if (isVisible())
            reload();
        else
            m_stale = true;
    });
    // Past midnight yesterday's list is out of date even if nothing was edited.
    auto* dayWatch = new QTimer(this);
    dayWatch->setInterval(60 * 1000);
    connect(dayWatch, &QTimer::timeout, this, [this] {
        if (m_loadedDay != this->app().today() && isVisible())
            reload();
    });
    dayWatch->start();
}

QIcon TodayPage::icon() const {
    return QIcon(QStringLiteral(":/icons/today.svg"));
}

QWidget* TodayPage::buildHeader() {
    auto* header = new QWidget(this);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 4);
    m_date = new QLabel(header);
    m_date->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: 600; color: #0d3c4f;"));
    layout->addWidget(m_date);
    m_emptyState = new QLabel(
        tr("Nothing needs you today: no follow-ups due, no birthdays this week, no payments "
           "overdue, no open tickets and no stock to reorder. Follow-up dates of logged visits "
           "appear here."),
        header);
    m_emptyState->setWordWrap(true);
    m_emptyState->setStyleSheet(QStringLiteral(
        "background: #e8f5e9; color: #1b5e20; border-radius: 6px; padding: 10px 12px;"));
    m_emptyState->hide();
    layout->addWidget(m_emptyState);
    return header;
}

QWidget* TodayPage::buildSections() {
    auto* grid = new QWidget(this);
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_tasks = new TodaySection(tr("Due and overdue follow-ups"), tr("No follow-ups due."),
                               TodayColumns::tasks(), {4}, 1, grid);
    m_birthdays = new TodaySection(tr("Birthdays this week"), tr("No birthdays this week."),
                                   TodayColumns::birthdays(), {2}, 1, grid);
    m_holidays = new TodaySection(tr("Holidays ahead"), tr("No holidays in the next 30 days."),
                                  TodayColumns::holidays(), {2}, 1, grid);
    m_payments = new TodaySection(tr("Payments overdue"), tr("No payments overdue."),
                                  TodayColumns::payments(), {3, 4}, 1, grid);
    m_tickets = new TodaySection(tr("Open tickets"), tr("No open tickets."),
                                 TodayColumns::tickets(), {3}, 0, grid);
    m_revisits = new RevisitsSection(app(), grid);
    m_lowStock = new TodaySection(tr("Stock to reorder"), tr("No product is at its reorder level."),
                                  TodayColumns::lowStock(), {2, 3}, 1, grid);
    m_done = new QPushButton(QIcon(QStringLiteral(":/icons/tasks.svg")), tr("Mark Done"), grid);
    m_done->setObjectName(QStringLiteral("markDone"));
    connect(m_done, &QPushButton::clicked, this, [this] { markDone(m_tasks->currentRow()); });
    m_tasks->addButton(m_done);
    m_greet = new QPushButton(tr("Greet…"), grid);
    m_greet->setObjectName(QStringLiteral("greet"));
    connect(m_greet, &QPushButton::clicked, this,
            [this] { greet(std::max(0, m_holidays->currentRow())); });
    m_holidays->addButton(m_greet);
    addMessageButtons(grid);
    layout->addWidget(m_tasks, 0, 0);
    layout->addWidget(m_revisits, 1, 0);
    layout->addWidget(m_payments, 2, 0);
    layout->addWidget(m_birthdays, 0, 1);
    layout->addWidget(m_holidays, 1, 1);
    layout->addWidget(m_tickets, 2, 1);
    layout->addWidget(m_lowStock, 3, 0, 1, 2);
    layout->setColumnStretch(0, 4);
    layout->setColumnStretch(1, 3);
    // Holidays are few: their block gives its height to the birthdays and the lists below.
    layout->setRowStretch(0, 3);
    layout->setRowStretch(1, 2);
    layout->setRowStretch(2, 4);
    layout->setRowStretch(3, 2);
    for (TodaySection* s : {m_tasks, m_birthdays, m_holidays, m_payments, m_tickets, m_lowStock})
        s->setLoading();
    for (TodaySection* s : {m_tasks, static_cast<TodaySection*>(m_revisits), m_birthdays,
                            m_holidays, m_payments, m_tickets}) {
        connect(s, &TodaySection::customerActivated, this,
                [this](Id customer) { emit this->app().openCustomerRequested(customer); });
        connect(s->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &TodayPage::updateButtons);
    }
    updateButtons();
    return grid;
}

void TodayPage::activate() {
    if (m_stale || m_loadedDay != app().today())
        reload();
}

QWidget* TodayPage::focusTarget() {
    return m_tasks->view();
}

Id TodayPage::currentCustomer() const {
    for (TodaySection* s :
         {m_tasks, static_cast<TodaySection*>(m_revisits), m_birthdays, m_payments, m_tickets})
        if (s->view()->hasFocus() && s->currentRow() >= 0)
            return s->model()->row(s->currentRow()).customerId;
    return 0;
}

void TodayPage::reload() {
    m_stale = false;
    const quint64 generation = ++m_generation;
    const DayNumber today = app().today();
    m_loadedDay = today;
    m_revisits->reload(today);
    runInBackground<Agenda>(
        app().database(), this,
        [today](Database& db) {
            auto agenda = readAgenda(db, today, {}, false);
            return agenda ? std::move(*agenda) : Agenda{};
        },
        [this, generation](std::optional<Agenda> agenda) {
            if (generation != m_generation)
                return; // a newer read is on its way
            m_applied = generation;
            apply(agenda ? std::move(*agenda) : Agenda{});
        });
}

void TodayPage::apply(Agenda agenda) {
    const QLocale l = app().locale();
    m_date->setText(l.toString(QDate(1970, 1, 1).addDays(app().today()), QLocale::LongFormat));
    // The makers read m_agenda: the models let go of the old one before it is replaced.
    for (TodaySection* s : {m_tasks, m_birthdays, m_holidays, m_payments, m_tickets, m_lowStock})
        s->setRows(0, {});
    m_agenda = std::move(agenda);
    const auto fill = [this](TodaySection* section, std::size_t count,
                             SectionRow (*make)(const AppContext&, const Agenda&, int)) {
        section->setRows(static_cast<int>(count),
                         [this, make](int i) { return make(app(), m_agenda, i); });
    };
    fill(m_tasks, m_agenda.tasks.size(), taskRow);
    fill(m_birthdays, m_agenda.birthdays.size(), birthdayRow);
    fill(m_holidays, m_agenda.holidays.size(), holidayRow);
    fill(m_payments, m_agenda.payments.size(), paymentRow);
    fill(m_tickets, m_agenda.tickets.size(), ticketRow);
    fill(m_lowStock, m_agenda.lowStock.size(), lowStockRow);
    m_emptyState->setVisible(m_agenda.tasks.empty() && m_agenda.birthdays.empty() &&
                             m_agenda.payments.empty() && m_agenda.tickets.empty() &&
                             m_agenda.lowStock.empty());
    updateButtons();
}

void TodayPage::updateButtons() {
    m_done->setEnabled(m_tasks->currentRow() >= 0 && !app().database().isReadOnly());
    m_greet->setEnabled(!m_agenda.holidays.empty());
    const bool writable = !app().database().isReadOnly();
    m_greetBirthdays->setEnabled(writable && !m_agenda.birthdays.empty());
    m_remind->setEnabled(writable && !m_agenda.payments.empty());
}

void TodayPage::markDone(int row) {
    if (row < 0 || row >= m_tasks->model()->rowCount())
        return;
    const Id task = m_tasks->model()->row(row).itemId;
    auto* command = new CompleteTaskCommand(app(), task);
    const Status status = app().execute(command);
    if (!status) {
        emit app().statusMessage(status.error().message);
        return;
    }
    // A repeating task's next occurrence may lie beyond today, off this page: say when.
    const std::optional<Id> next = command->nextId();
    const auto nextTask = next ? TaskRepository(app().database()).get(*next) : Result<Task>(Task{});
    emit app().statusMessage(
        next && nextTask
            ? tr("Task done; the next one is due %1.")
                  .arg(dayLabel(app(), dayOfStoredDate(nextTask->dueOn), app().today()))
            : tr("Task done. Undo with Ctrl+Z."));
}

void TodayPage::greet(int row) {
    if (row < 0 || row >= static_cast<int>(m_agenda.holidays.size()))
        return;
    auto* dialog =
        new GreetDialog(app(), m_agenda.holidays[static_cast<std::size_t>(row)].holiday, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace clientele
