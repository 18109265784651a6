#include "greet_dialog.h"

#include "agenda/agenda.h"
#include "messages/occasion_holidays.h"
#include "messages/send_messages_dialog.h"
#include "section_model.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace clientele {

GreetDialog::GreetDialog(AppContext& app, const Holiday& holiday, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_holiday(holiday) {
    setWindowTitle(tr("Greet for %1").arg(holiday.name));
    resize(560, 520);
    auto* layout = new QVBoxLayout(this);
    m_note = new QLabel(tr("Reading the customers…"), this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    m_model =
        new SectionModel({tr("Customer"), tr("Ref"), tr("Bought in the last year")}, {2}, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("&Write to Selected…"), QDialogButtonBox::ActionRole);
    m_write->setEnabled(false);
    connect(m_write, &QPushButton::clicked, this, &GreetDialog::writeToSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit m_app.openCustomerRequested(m_model->row(index.row()).customerId);
        accept();
    });
    load();
}

void GreetDialog::load() {
    m_loading = true;
    const DayNumber today = m_app.today();
    runInBackground<std::vector<GreetCandidate>>(
        m_app.database(), this,
        [today](Database& db) { return readGreetCandidates(db, today).valueOr({}); },
        [this](std::optional<std::vector<GreetCandidate>> found) {
            m_loading = false;
            std::vector<SectionRow> rows;
            for (const GreetCandidate& c : found.value_or(std::vector<GreetCandidate>{}))
                rows.push_back({{c.customer.name, c.customer.ref, m_app.money(c.revenue)},
                                c.customer.id,
                                c.customer.id,
                                false});
            m_note->setText(
                rows.empty()
                    ? tr("No active customer bought anything in the last year.")
                    : tr("Active customers who bought in the last 365 days, biggest spenders "
                         "first (confirmed, delivered and paid orders; at most 50): %1.")
                          .arg(rows.size()));
            m_model->setRows(std::move(rows));
            m_view->resizeColumnsToContents();
            m_view->selectAll(); // the suggestion is to greet them all; the user trims it
            m_write->setEnabled(m_model->rowCount() > 0 && !m_app.database().isReadOnly());
        });
}

void GreetDialog::writeToSelected() {
    MessageRequest request;
    request.holidayKey = m_holiday.key;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex& index : rows)
        request.recipients.push_back(
            {m_model->row(index.row()).customerId, occasionForHoliday(m_holiday.key)});
    if (request.recipients.empty())
        return;
    SendMessagesDialog::start(m_app, std::move(request), parentWidget());
    accept();
}

} // namespace clientele
