#include "greet_dialog.h"

#include "agenda/agenda.h"
#include "section_model.h"
#include "shell/app_context.h"
#include "shell/background.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace clientele {

GreetDialog::GreetDialog(AppContext& app, const Holiday& holiday, QWidget* parent)
    : QDialog(parent)
    , m_app(app) {
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
        });
}

} // namespace clientele
