#include "merge_dialog.h"

#include "domain/customer_merge.h"
#include "domain/customer_repository.h"
#include "shell/app_context.h"
#include "storage/database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QRadioButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace clientele {

namespace {

int countFor(const Database& db, const char* table, Id customer) {
    sql::Statement q = db.prepare(
        QStringLiteral("SELECT count(*) FROM %1 WHERE customer_id = ?").arg(QLatin1String(table)));
    q.bind(1, customer);
    q.step();
    return q.integer(0);
}

} // namespace

MergeDialog::MergeDialog(AppContext& app, Id first, Id second, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_first(first)
    , m_second(second) {
    setWindowTitle(tr("Merge Duplicate Customers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose the record to keep. The other one's orders, visits, "
                                "preferences, tasks and tickets move to it, its empty fields are "
                                "filled in, and the other record is deleted."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_keepFirst = choice(first);
    m_keepSecond = choice(second);
    layout->addWidget(m_keepFirst);
    layout->addWidget(m_keepSecond);
    m_keepFirst->setChecked(true);
    auto* warning = new QLabel(tr("A merge cannot be undone."), this);
    warning->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(warning);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MergeDialog::reject);
    layout->addWidget(buttons);
}

QRadioButton* MergeDialog::choice(Id id) {
    const Database& db = m_app.database();
    auto c = CustomerRepository(m_app.database()).get(id);
    const QString name = c ? QStringLiteral("%1 (%2)").arg(c->name, c->ref) : QString::number(id);
    const QString text = tr("Keep %1: %n order(s)", nullptr, countFor(db, "orders", id)).arg(name) +
                         tr(", %n visit(s)", nullptr, countFor(db, "visit", id)) +
                         tr(", created %1").arg(c ? m_app.date(c->createdAt) : QString());
    return new QRadioButton(text, this);
}

void MergeDialog::setSurvivor(Id id) {
    (id == m_second ? m_keepSecond : m_keepFirst)->setChecked(true);
}

Id MergeDialog::survivor() const {
    return m_keepSecond->isChecked() ? m_second : m_first;
}

Id MergeDialog::merged() const {
    return m_keepSecond->isChecked() ? m_first : m_second;
}

void MergeDialog::accept() {
    auto report = mergeCustomers(m_app.database(), survivor(), merged());
    if (!report) {
        m_error->setText(report.error().message);
        m_error->show();
        return;
    }
    m_app.notifyChanged(QStringLiteral("customer"));
    emit m_app.statusMessage(tr("Merged: %n order(s) moved", nullptr, report->orders) +
                             tr(", %n visit(s)", nullptr, report->visits));
    QDialog::accept();
}

} // namespace clientele
