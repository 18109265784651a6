#include "expense_dialog.h"

#include "common/dates.h"
#include "domain/customer_profile_validation.h"
#include "domain/customer_repository.h"
#include "expense_commands.h"
#include "shell/app_context.h"
#include "shell/money_edit.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

ExpenseDialog::ExpenseDialog(AppContext& app, Id customerId, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_customer(customerId) {
    setObjectName(QStringLiteral("expenseDialog"));
    auto customer = CustomerRepository(app.database()).get(customerId);
    setWindowTitle(customer ? tr("Record an Expense: %1").arg(customer->name)
                            : tr("Record an Expense"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date = new QDateEdit(QDate(1970, 1, 1).addDays(app.today()), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Date"), m_date);
    m_category = new QComboBox(this);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    fillCategories();
    form->addRow(tr("&Category"), m_category);
    m_amount = new MoneyEdit(app, this);
    m_amount->setObjectName(QStringLiteral("amount"));
    form->addRow(tr("&Amount"), m_amount);
    m_notes = new QLineEdit(this);
    m_notes->setPlaceholderText(tr("What it was for"));
    form->addRow(tr("&Note"), m_notes);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!app.database().isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &ExpenseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExpenseDialog::reject);
    layout->addWidget(buttons);
    m_amount->setFocus();
    resize(420, sizeHint().height());
}

ExpenseDialog* ExpenseDialog::start(AppContext& app, Id customerId, QWidget* parent) {
    auto* dialog = new ExpenseDialog(app, customerId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// The shop's own categories first (those used before), then the usual ones.
void ExpenseDialog::fillCategories() {
    QStringList categories;
    sql::Statement q = m_app.database().prepare(
        "SELECT category FROM expense WHERE category <> '' GROUP BY category "
        "ORDER BY count(*) DESC, category LIMIT 50");
    while (q.step())
        categories << q.text(0);
    for (const QString& usual : {tr("gifts"), tr("meals"), tr("travel"), tr("samples")})
        if (!categories.contains(usual))
            categories << usual;
    m_category->addItems(categories);
    m_category->setCurrentIndex(-1);
}

void ExpenseDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void ExpenseDialog::accept() {
    const Result<Money> amount = m_amount->amount();
    if (!amount)
        return showError(tr("Amount: %1").arg(amount.error().message));
    if (*amount == 0)
        return showError(tr("Enter the amount spent."));
    Expense e;
    e.customerId = m_customer;
    const QDate d = m_date->date();
    e.spentOn = formatIsoDate(dayNumber({d.year(), d.month(), d.day()}));
    e.amount = *amount;
    e.category = m_category->currentText().trimmed();
    e.notes = m_notes->text().trimmed();
    if (const FieldErrors errors = validateExpense(e); !errors.empty())
        return showError(tr("Not recorded: %1").arg(joinFieldErrors(errors)));
    auto* command = new AddExpenseCommand(m_app, e);
    const Id id = command->expenseId();
    if (Status s = m_app.execute(command); !s)
        return showError(s.error().message);
    m_saved = id;
    emit m_app.statusMessage(tr("Expense of %1 recorded").arg(m_app.money(e.amount)));
    QDialog::accept();
}

} // namespace clientele
