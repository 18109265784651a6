#include "revisits_section.h"

#include "revisit_rules_dialog.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "storage/database.h"
#include "tasks/task_commands.h"
#include "today_rows.h"

#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>

namespace clientele {

RevisitsSection::RevisitsSection(AppContext& app, QWidget* parent)
    : TodaySection(tr("Revisits due"),
                   tr("No revisits due. Rules… sets how often each tier is visited."),
                   {tr("Customer"), tr("Tier"), tr("Last contact"), tr("Overdue")}, {3}, 0, parent)
    , m_app(app) {
    m_plan = new QPushButton(QIcon(QStringLiteral(":/icons/tasks.svg")), tr("Plan Revisit"), this);
    m_plan->setObjectName(QStringLiteral("planRevisit"));
    m_plan->setToolTip(tr("Add a revisit task due today for the chosen customer"));
    connect(m_plan, &QPushButton::clicked, this, [this] { planRevisit(currentRow()); });
    addButton(m_plan);
    m_rules = new QPushButton(tr("Rules…"), this);
    m_rules->setObjectName(QStringLiteral("revisitRules"));
    connect(m_rules, &QPushButton::clicked, this, &RevisitsSection::editRules);
    addButton(m_rules);
    connect(view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RevisitsSection::updateButtons);
    setLoading();
    updateButtons();
}

void RevisitsSection::reload(DayNumber today) {
    const quint64 generation = ++m_generation;
    runInBackground<std::vector<RevisitDue>>(
        m_app.database(), this,
        [today](Database& db) {
            auto due = readRevisitsDue(db, today);
            return due ? std::move(*due) : std::vector<RevisitDue>{};
        },
        [this, generation, today](std::optional<std::vector<RevisitDue>> due) {
            if (generation != m_generation)
                return; // a newer read is on its way
            m_applied = generation;
            apply(due ? std::move(*due) : std::vector<RevisitDue>{}, today);
        });
}

void RevisitsSection::apply(std::vector<RevisitDue> due, DayNumber today) {
    setRows(0, {}); // the row maker reads m_due: let go of it before it is replaced
    m_due = std::move(due);
    m_today = today;
    setRows(static_cast<int>(m_due.size()), [this](int i) {
        const RevisitDue& d = m_due[static_cast<std::size_t>(i)];
        const QString last =
            d.everContacted ? m_app.date(formatIsoDate(d.lastContact))
                            : tr("never (added %1)").arg(m_app.date(formatIsoDate(d.lastContact)));
        return SectionRow{{d.customer.name, d.tier, last,
                           d.daysOverdue > 0 ? daysText(d.daysOverdue) : tr("due today")},
                          d.customer.id,
                          d.customer.id,
                          d.daysOverdue > 0};
    });
    updateButtons();
}

void RevisitsSection::updateButtons() {
    m_plan->setEnabled(currentRow() >= 0 && !m_app.database().isReadOnly());
    m_rules->setEnabled(!m_app.database().isReadOnly());
}

void RevisitsSection::planRevisit(int row) {
    if (row < 0 || row >= static_cast<int>(m_due.size()))
        return;
    const RevisitDue& d = m_due[static_cast<std::size_t>(row)];
    Task task;
    task.title = tr("Revisit %1").arg(d.customer.name);
    task.kind = QStringLiteral("revisit");
    task.customerId = d.customer.id;
    task.dueOn = formatIsoDate(m_today);
    if (const Status s = m_app.execute(new SaveTaskCommand(m_app, std::nullopt, task)); !s) {
        emit m_app.statusMessage(s.error().message);
        return;
    }
    emit m_app.statusMessage(
        tr("Revisit of %1 planned for today. Undo with Ctrl+Z.").arg(d.customer.name));
}

void RevisitsSection::editRules() {
    auto* dialog = new RevisitRulesDialog(m_app, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace clientele
