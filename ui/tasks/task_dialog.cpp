#include "task_dialog.h"

#include "domain/customer_repository.h"
#include "domain/recurrence.h"
#include "shell/app_context.h"
#include "shell/money_edit.h"
#include "task_commands.h"
#include "task_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace clientele {

namespace {

QDate toQDate(DayNumber day) {
    return QDate(1970, 1, 1).addDays(day);
}

// A field with its message underneath, red and hidden until there is something to say.
QWidget* withError(QWidget* field, QLabel* error) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

const char* const kUnits[] = {"days", "weeks", "months", "years"};

} // namespace

TaskDialog::TaskDialog(AppContext& app, std::optional<Task> existing, Id customerId,
                       QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_existing(std::move(existing)) {
    setWindowTitle(m_existing ? tr("Edit Task") : tr("New Task"));
    buildForm();
    Task start;
    start.dueOn = formatIsoDate(app.today());
    if (customerId != 0)
        start.customerId = customerId;
    fill(m_existing.value_or(start));
    m_title->setFocus();
}

void TaskDialog::buildForm() {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const auto error = [this](const char* field) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("error_") + QLatin1String(field));
        label->setStyleSheet(QStringLiteral("color: #b3261e;"));
        label->setWordWrap(true);
        label->hide();
        m_errors.emplace_back(QLatin1String(field), label);
        return label;
    };
    m_title = new QLineEdit(this);
    form->addRow(tr("&Title"), withError(m_title, error("title")));
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Due"), m_due);
    m_customer = new QLineEdit(this);
    m_customer->setPlaceholderText(tr("Customer ref, or empty"));
    m_customerName = new QLabel(this);
    m_customerName->setStyleSheet(QStringLiteral("color: #546e7a;"));
    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_customerName, 1);
    auto* customerBox = new QWidget(this);
    customerBox->setLayout(customerRow);
    customerRow->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Customer"), withError(customerBox, error("customer")));
    connect(m_customer, &QLineEdit::textChanged, this, &TaskDialog::showCustomerName);
    m_kind = new QComboBox(this);
    for (const QString& kind : task_values::kinds)
        m_kind->addItem(taskKindLabel(kind), kind);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Repeats"), withError(buildRepeatRow(), error("recurrence")));
    m_cost = new MoneyEdit(m_app, this);
    m_cost->setObjectName(QStringLiteral("cost"));
    m_cost->setToolTip(tr("Travel, gifts, samples: counted in the cost of serving the customer"));
    form->addRow(tr("C&ost"), withError(m_cost, error("cost")));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    form->addRow(tr("&Notes"), m_notes);
    layout->addLayout(form);
    layout->addWidget(error("save"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QWidget* TaskDialog::buildRepeatRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_repeats = new QCheckBox(tr("every"), row);
    m_every = new QSpinBox(row);
    m_every->setRange(1, 9999);
    m_unit = new QComboBox(row);
    m_unit->addItem(tr("days"), QStringLiteral("days"));
    m_unit->addItem(tr("weeks"), QStringLiteral("weeks"));
    m_unit->addItem(tr("months"), QStringLiteral("months"));
    m_unit->addItem(tr("years"), QStringLiteral("years"));
    layout->addWidget(m_repeats);
    layout->addWidget(m_every);
    layout->addWidget(m_unit);
    layout->addStretch(1);
    const auto enable = [this](bool on) {
        m_every->setEnabled(on);
        m_unit->setEnabled(on);
    };
    connect(m_repeats, &QCheckBox::toggled, this, enable);
    enable(false);
    return row;
}

void TaskDialog::fill(const Task& t) {
    m_title->setText(t.title);
    m_due->setDate(toQDate(dayOfStoredDate(t.dueOn)));
    if (t.customerId)
        if (auto c = CustomerRepository(m_app.database()).get(*t.customerId))
            m_customer->setText(c->ref);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(t.kind)));
    const auto rule = parseRecurrence(t.recurrence);
    if (rule && !rule->isOnce()) {
        m_repeats->setChecked(true);
        m_every->setValue(rule->every);
        m_unit->setCurrentIndex(static_cast<int>(rule->unit));
    }
    m_notes->setPlainText(t.notes);
    m_cost->setAmount(t.cost);
}

void TaskDialog::showCustomerName() {
    const QString ref = m_customer->text().trimmed();
    if (ref.isEmpty()) {
        m_customerName->clear();
        return;
    }
    CustomerRepository customers(m_app.database());
    const auto id = customers.idForRef(ref);
    const auto c = id ? customers.get(*id) : Result<Customer>(Error::notFound({}));
    m_customerName->setText(c ? c->name : tr("no such customer"));
}

QLabel* TaskDialog::errorFor(const QString& field) const {
    for (const auto& [name, label] : m_errors)
        if (name == field)
            return label;
    return nullptr;
}

void TaskDialog::setError(const QString& field, const QString& message) {
    if (QLabel* label = errorFor(field)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

std::optional<Task> TaskDialog::collect() {
    for (const auto& [name, label] : m_errors)
        setError(name, {});
    Task t = m_existing.value_or(Task{});
    t.title = m_title->text().trimmed();
    t.dueOn = m_due->date().toString(Qt::ISODate);
    t.kind = m_kind->currentData().toString();
    t.notes = m_notes->toPlainText().trimmed();
    t.recurrence = m_repeats->isChecked() ? QStringLiteral("every %1 %2")
                                                .arg(m_every->value())
                                                .arg(QLatin1String(kUnits[m_unit->currentIndex()]))
                                          : QString();
    bool ok = true;
    if (t.title.isEmpty()) {
        setError(QStringLiteral("title"), tr("Say what is to be done."));
        ok = false;
    }
    const QString ref = m_customer->text().trimmed();
    t.customerId.reset();
    if (!ref.isEmpty()) {
        if (auto id = CustomerRepository(m_app.database()).idForRef(ref))
            t.customerId = *id;
        else {
            setError(QStringLiteral("customer"), tr("No customer has the ref “%1”.").arg(ref));
            ok = false;
        }
    }
    if (auto rule = parseRecurrence(t.recurrence); !rule) {
        setError(QStringLiteral("recurrence"), rule.error().message);
        ok = false;
    }
    if (const Result<Money> cost = m_cost->amount(); cost)
        t.cost = *cost;
    else {
        setError(QStringLiteral("cost"), cost.error().message);
        ok = false;
    }
    return ok ? std::optional<Task>(t) : std::nullopt;
}

void TaskDialog::accept() {
    const std::optional<Task> task = collect();
    if (!task)
        return;
    auto* command = new SaveTaskCommand(m_app, m_existing, *task);
    const Id id = command->taskId();
    if (const Status s = m_app.execute(command); !s) {
        setError(QStringLiteral("save"), s.error().message);
        return;
    }
    m_saved = id;
    QDialog::accept();
}

} // namespace clientele
