#include "ticket_dialog.h"

#include "domain/customer_repository.h"
#include "domain/order_repository.h"
#include "domain/ticket_listing.h"
#include "shell/app_context.h"
#include "shell/quick_find.h"
#include "storage/database.h"
#include "ticket_labels.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

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

QPlainTextEdit* textBox(QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(64);
    return edit;
}

} // namespace

QComboBox* newSatisfactionCombo(QWidget* parent) {
    auto* combo = new QComboBox(parent);
    combo->addItem(QCoreApplication::translate("TicketDialog", "—"), 0);
    for (int i = 1; i <= 5; ++i)
        combo->addItem(QString::number(i), i);
    return combo;
}

TicketDialog::TicketDialog(AppContext& app, std::optional<Ticket> existing, Id customerId,
                           QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_existing(std::move(existing)) {
    setWindowTitle(m_existing ? tr("Edit Ticket") : tr("New Ticket"));
    buildForm();
    Ticket start;
    start.customerId = customerId;
    fill(m_existing.value_or(start));
    if (m_customer == 0)
        m_picker->lineEdit()->setFocus();
    else
        m_subject->setFocus();
}

QLabel* TicketDialog::errorLabel(const char* field) {
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("error_") + QLatin1String(field));
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    m_errors.emplace_back(QLatin1String(field), label);
    return label;
}

void TicketDialog::buildForm() {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_picker = new QuickFind(m_app, this, QuickFind::Mode::Pick);
    connect(m_picker, &QuickFind::picked, this, &TicketDialog::setCustomer);
    connect(m_picker->lineEdit(), &QLineEdit::textEdited, this, [this] { m_customer = 0; });
    form->addRow(tr("C&ustomer"), withError(m_picker, errorLabel("customer")));
    m_subject = new QLineEdit(this);
    form->addRow(tr("&Subject"), withError(m_subject, errorLabel("subject")));
    m_category = new QComboBox(this);
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItem(QString());
    m_category->addItems(ticketCategories(m_app.database()));
    form->addRow(tr("C&ategory"), m_category);
    m_severity = new QComboBox(this);
    for (const QString& s : ticket_values::severities)
        m_severity->addItem(ticketSeverityLabel(s), s);
    form->addRow(tr("Se&verity"), m_severity);
    m_order = new QComboBox(this);
    form->addRow(tr("&Order"), m_order);
    m_notes = textBox(this);
    form->addRow(tr("&Notes"), m_notes);
    form->addRow(tr("Status"), buildWorkflowRow());
    m_resolution = textBox(this);
    form->addRow(tr("&Resolution"), withError(m_resolution, errorLabel("resolution")));
    m_satisfaction = newSatisfactionCombo(this);
    form->addRow(tr("Ra&ting"), m_satisfaction);
    layout->addLayout(form);
    layout->addWidget(errorLabel("save"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TicketDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

QWidget* TicketDialog::buildWorkflowRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_statusLabel = new QLabel(row);
    m_statusLabel->setMinimumWidth(100);
    layout->addWidget(m_statusLabel);
    const std::pair<const char*, QString> steps[] = {
        {QT_TR_NOOP("Start"), QStringLiteral("in_progress")},
        {QT_TR_NOOP("Resolve"), QStringLiteral("resolved")},
        {QT_TR_NOOP("Close"), QStringLiteral("closed")},
        {QT_TR_NOOP("Reopen"), QStringLiteral("open")},
    };
    for (const auto& [text, status] : steps) {
        auto* button = new QPushButton(tr(text), row);
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, s = status] { moveTo(s); });
        layout->addWidget(button);
        m_steps.emplace_back(status, button);
    }
    layout->addStretch(1);
    return row;
}

QPushButton* TicketDialog::stepButton(const QString& status) const {
    for (const auto& [to, button] : m_steps)
        if (to == status)
            return button;
    return nullptr;
}

void TicketDialog::fill(const Ticket& t) {
    if (t.customerId != 0)
        setCustomer(t.customerId);
    fillOrders(t.orderId);
    m_subject->setText(t.subject);
    m_category->setCurrentText(t.category);
    m_severity->setCurrentIndex(qMax(0, m_severity->findData(t.severity)));
    m_notes->setPlainText(t.notes);
    m_resolution->setPlainText(t.resolution);
    m_satisfaction->setCurrentIndex(qMax(0, m_satisfaction->findData(t.satisfaction.value_or(0))));
    showStatus();
}

void TicketDialog::setCustomer(Id customerId) {
    const bool changed = customerId != m_customer;
    m_customer = customerId;
    auto customer = CustomerRepository(m_app.database()).get(customerId);
    const QSignalBlocker block(m_picker->lineEdit()); // showing the name is not a new search
    m_picker->lineEdit()->setText(customer ? customer->name : QString());
    if (changed)
        fillOrders(std::nullopt);
}

// The orders a ticket may name are the customer's own, newest first.
void TicketDialog::fillOrders(std::optional<Id> selected) {
    m_order->clear();
    m_order->addItem(tr("—"), Id(0));
    if (m_customer != 0)
        if (auto orders = OrderRepository(m_app.database()).listForCustomer(m_customer))
            for (const OrderListRow& o : *orders)
                m_order->addItem(tr("%1 of %2").arg(o.number, m_app.date(o.orderedAt.left(10))),
                                 o.id);
    m_order->setCurrentIndex(qMax(0, m_order->findData(selected.value_or(0))));
}

void TicketDialog::showStatus() {
    const QString status = m_existing ? m_existing->status : QStringLiteral("open");
    m_statusLabel->setText(ticketStatusLabel(status));
    for (const auto& [to, button] : m_steps)
        button->setVisible(m_existing && to != status && ticket_values::canMove(status, to));
    m_satisfaction->setEnabled(ticket_values::isFinished(status));
}

QLabel* TicketDialog::errorFor(const QString& field) const {
    for (const auto& [name, label] : m_errors)
        if (name == field)
            return label;
    return nullptr;
}

void TicketDialog::setError(const QString& field, const QString& message) {
    if (QLabel* label = errorFor(field)) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

} // namespace clientele
