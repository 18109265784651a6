#include "order_header_form.h"

#include "common/dates.h"
#include "common/money.h"
#include "domain/campaign_repository.h"
#include "domain/customer_repository.h"
#include "domain/salesperson_repository.h"
#include "order_labels.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "shell/quick_find.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace clientele {

namespace {

// The due-date edit's "no due date" value (shown as its special text).
const QDate kNoDate(2000, 1, 1);

QDate toQDate(const QString& iso) {
    return QDate::fromString(iso.left(10), Qt::ISODate);
}

QStringList distinctOrderValues(Database& db, const char* column) {
    QStringList values;
    sql::Statement q = db.prepare(
        QStringLiteral("SELECT DISTINCT %1 FROM orders WHERE %1 <> '' ORDER BY 1 LIMIT 200")
            .arg(QLatin1String(column)));
    while (q.step())
        values << q.text(0);
    return values;
}

void addChoices(QComboBox* combo, const QStringList& values) {
    const QString current = combo->currentText();
    for (const QString& v : values)
        if (combo->findText(v) < 0)
            combo->addItem(v);
    combo->setCurrentText(current);
}

} // namespace

OrderHeaderForm::OrderHeaderForm(AppContext& app, QWidget* parent)
    : QWidget(parent)
    , m_app(app) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(24);
    layout->addWidget(buildLeft(), 1);
    layout->addWidget(buildRight(), 1);
    fillChoices();
}

void OrderHeaderForm::addRow(QFormLayout* form, const QString& name, const QString& label,
                             QWidget* editor) {
    auto* cell = new QWidget(this);
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    editor->setParent(cell);
    editor->setObjectName(name);
    box->addWidget(editor);
    auto* error = new QLabel(cell);
    error->setObjectName(name + QStringLiteral("Error"));
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    error->hide();
    box->addWidget(error);
    form->addRow(label, cell);
    m_fields.insert(name, editor);
    m_errors.insert(name, error);
}

QComboBox* OrderHeaderForm::editableCombo(const QStringList& values) {
    auto* combo = new QComboBox(this);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(values);
    return combo;
}

QWidget* OrderHeaderForm::buildLeft() {
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_picker = new QuickFind(m_app, this, QuickFind::Mode::Pick);
    connect(m_picker, &QuickFind::picked, this, &OrderHeaderForm::setCustomer);
    connect(m_picker->lineEdit(), &QLineEdit::textEdited, this, [this] { m_customer = 0; });
    addRow(form, QStringLiteral("customer_ref"), tr("Customer"), m_picker);
    m_number = new QLineEdit(this);
    addRow(form, QStringLiteral("order_number"), tr("Number"), m_number);
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    addRow(form, QStringLiteral("ordered_at"), tr("Date"), m_date);
    m_status = new QComboBox(this);
    for (const QString& s : order_values::statuses)
        m_status->addItem(orderStatusLabel(s), s);
    addRow(form, QStringLiteral("status"), tr("Status"), m_status);
    m_notes = new QLineEdit(this);
    addRow(form, QStringLiteral("notes"), tr("Notes"), m_notes);
    return box;
}

QWidget* OrderHeaderForm::buildRight() {
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_channel = editableCombo({});
    addRow(form, QStringLiteral("channel"), tr("Channel"), m_channel);
    m_location = editableCombo({});
    addRow(form, QStringLiteral("location"), tr("Location"), m_location);
    QStringList people;
    if (auto roster = SalespersonRepository(m_app.database()).list(true))
        for (const Salesperson& s : *roster)
            people << s.name;
    m_salesperson = editableCombo(people);
    addRow(form, QStringLiteral("salesperson"), tr("Salesperson"), m_salesperson);
    m_campaign = new QComboBox(this);
    m_campaign->addItem(tr("—"), Id(0));
    if (auto campaigns = CampaignRepository(m_app.database()).list())
        for (const CampaignRow& c : *campaigns)
            m_campaign->addItem(c.campaign.name, c.campaign.id);
    addRow(form, QStringLiteral("campaign"), tr("Campaign"), m_campaign);
    m_due = new QDateEdit(this);
    m_due->setCalendarPopup(true);
    m_due->setMinimumDate(kNoDate);
    m_due->setSpecialValueText(tr("No due date"));
    addRow(form, QStringLiteral("due_date"), tr("Due date"), m_due);
    m_paid = new QLineEdit(this);
    m_paid->setAlignment(Qt::AlignRight);
    m_paid->setPlaceholderText(QStringLiteral("0"));
    connect(m_paid, &QLineEdit::textChanged, this, &OrderHeaderForm::paidChanged);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OrderHeaderForm::statusChanged);
    addRow(form, QStringLiteral("paid_amount"), tr("Paid"), m_paid);
    return box;
}

// Channels and locations in use are read in the background: finding them scans every order.
void OrderHeaderForm::fillChoices() {
    using Choices = std::pair<QStringList, QStringList>;
    runInBackground<Choices>(
        m_app.database(), this,
        [](Database& db) {
            return Choices{distinctOrderValues(db, "channel"), distinctOrderValues(db, "location")};
        },
        [this](std::optional<Choices> choices) {
            if (!choices)
                return;
            addChoices(m_channel, choices->first);
            addChoices(m_location, choices->second);
        });
}

void OrderHeaderForm::setCustomer(Id customerId) {
    m_customer = customerId;
    auto customer = CustomerRepository(m_app.database()).get(customerId);
    const QSignalBlocker block(m_picker->lineEdit()); // showing the name is not a new search
    m_picker->lineEdit()->setText(customer ? customer->name : QString());
}

void OrderHeaderForm::setOrder(const Order& o) {
    if (o.customerId)
        setCustomer(*o.customerId);
    m_number->setText(o.number);
    m_date->setDate(toQDate(o.orderedAt));
    m_time = o.orderedAt.size() > 10 ? o.orderedAt.mid(11) : QString();
    m_status->setCurrentIndex(qMax(0, m_status->findData(o.status)));
    m_channel->setCurrentText(o.channel);
    m_location->setCurrentText(o.location);
    m_salesperson->setCurrentText(o.salesperson);
    m_campaign->setCurrentIndex(qMax(0, m_campaign->findData(o.campaignId.value_or(0))));
    m_due->setDate(o.dueDate.isEmpty() ? kNoDate : toQDate(o.dueDate));
    m_paid->setText(o.paidAmount == 0
                        ? QString()
                        : formatMoneyFixed(o.paidAmount, m_app.database().settings().minorDigits));
    m_notes->setText(o.notes);
}

FieldErrors OrderHeaderForm::applyTo(Order& o) const {
    FieldErrors errors;
    if (m_customer != 0)
        o.customerId = m_customer;
    else
        o.customerId.reset();
    o.number = m_number->text().trimmed();
    const QString day = m_date->date().toString(Qt::ISODate);
    o.orderedAt = m_time.isEmpty() ? day : day + u' ' + m_time;
    o.status = m_status->currentData().toString();
    o.channel = m_channel->currentText().trimmed();
    o.location = m_location->currentText().trimmed();
    o.salesperson = m_salesperson->currentText().trimmed();
    const Id campaign = m_campaign->currentData().value<Id>();
    o.campaignId = campaign == 0 ? std::nullopt : std::optional<Id>(campaign);
    o.dueDate = m_due->date() == kNoDate ? QString() : m_due->date().toString(Qt::ISODate);
    o.notes = m_notes->text().trimmed();
    const QString paid = m_paid->text().trimmed();
    const Money before = o.paidAmount;
    if (paid.isEmpty()) {
        o.paidAmount = 0;
    } else if (auto amount = parseMoney(paid, m_app.database().settings().minorDigits)) {
        o.paidAmount = *amount;
    } else {
        errors.push_back({QStringLiteral("paid_amount"), amount.error().message});
    }
    // The payment date is when the amount was entered; clearing the amount clears it.
    if (o.paidAmount == 0)
        o.paidAt.clear();
    else if (o.paidAmount != before || o.paidAt.isEmpty())
        o.paidAt = m_app.clock().nowText();
    return errors;
}

FieldErrors OrderHeaderForm::showErrors(const FieldErrors& errors) {
    clearErrors();
    FieldErrors elsewhere;
    for (const FieldError& e : errors) {
        // The payment date is set from the amount: its problems belong there.
        const QString name =
            e.field == QLatin1String("paid_at") ? QStringLiteral("paid_amount") : e.field;
        QLabel* label = m_errors.value(name);
        if (!label) {
            elsewhere.push_back(e);
            continue;
        }
        label->setText(label->text().isEmpty() ? e.message : label->text() + u'\n' + e.message);
        label->show();
    }
    return elsewhere;
}

void OrderHeaderForm::clearErrors() {
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

QString OrderHeaderForm::fingerprint() const {
    return QStringList{QString::number(m_customer),
                       m_number->text(),
                       m_date->date().toString(Qt::ISODate),
                       m_status->currentText(),
                       m_channel->currentText(),
                       m_location->currentText(),
                       m_salesperson->currentText(),
                       m_campaign->currentText(),
                       m_due->date().toString(Qt::ISODate),
                       m_paid->text(),
                       m_notes->text()}
        .join(u'|');
}

} // namespace clientele
