#include "log_visit_dialog.h"

#include "common/dates.h"
#include "domain/customer_repository.h"
#include "domain/product_repository.h"
#include "domain/visit_repository.h"
#include "log_visit_command.h"
#include "shell/app_context.h"
#include "shell/money_edit.h"
#include "storage/database.h"
#include "visit_labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace clientele {

LogVisitDialog::LogVisitDialog(AppContext& app, Id customerId, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_customer(customerId) {
    auto customer = CustomerRepository(app.database()).get(customerId);
    setWindowTitle(customer ? tr("Log a Visit or Call: %1").arg(customer->name)
                            : tr("Log a Visit or Call"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(customer ? customer->name : QString(), this);
    heading->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600; color: #17323e;"));
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (const QString& k : visit_values::kinds)
        m_kind->addItem(visitKindLabel(k), k);
    form->addRow(tr("Kind"), m_kind);
    m_contact = new QComboBox(this);
    form->addRow(tr("Contact person"), m_contact);
    m_subject = new QLineEdit(this);
    form->addRow(tr("Subject"), m_subject);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMinimumHeight(90);
    m_notes->setMaximumHeight(150);
    form->addRow(tr("Notes"), m_notes);
    m_outcome = new QLineEdit(this);
    m_outcome->setPlaceholderText(tr("What came of it"));
    form->addRow(tr("Outcome"), m_outcome);
    form->addRow(tr("Quoted product"), buildQuoteRow());
    m_priceHints = new QLabel(this);
    m_priceHints->setObjectName(QStringLiteral("priceHints"));
    m_priceHints->setStyleSheet(QStringLiteral("color: #37474f;"));
    form->addRow(QString(), m_priceHints);
    m_cost = new MoneyEdit(app, this);
    m_cost->setObjectName(QStringLiteral("cost"));
    m_cost->setToolTip(tr("Travel, gifts, samples: counted in the cost of serving this customer"));
    form->addRow(tr("Cost"), m_cost);
    form->addRow(tr("Follow-up"), buildFollowUpRow());
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogVisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LogVisitDialog::reject);
    layout->addWidget(buttons);
    fillContacts();
    fillProducts();
    resize(640, 460);
}

LogVisitDialog* LogVisitDialog::start(AppContext& app, Id customerId, QWidget* parent) {
    auto* dialog = new LogVisitDialog(app, customerId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget* LogVisitDialog::buildQuoteRow() {
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_product = new QComboBox(row);
    m_product->setEditable(true);
    m_product->setInsertPolicy(QComboBox::NoInsert);
    m_product->completer()->setFilterMode(Qt::MatchContains);
    m_product->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_product->setMinimumWidth(300);
    m_price = new QLineEdit(row);
    m_price->setPlaceholderText(tr("Price"));
    m_price->setAlignment(Qt::AlignRight);
    m_price->setMaximumWidth(120);
    h->addWidget(m_product, 1);
    h->addWidget(new QLabel(tr("at"), row));
    h->addWidget(m_price);
    connect(m_product, &QComboBox::currentIndexChanged, this, &LogVisitDialog::showPriceHints);
    return row;
}

QWidget* LogVisitDialog::buildFollowUpRow() {
    auto* row = new QWidget(this);
    auto* h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_followUp = new QCheckBox(tr("Follow up on"), row);
    m_followUpDate = new QDateEdit(row);
    m_followUpDate->setCalendarPopup(true);
    const Ymd inAWeek = civilDate(m_app.today() + 7);
    m_followUpDate->setDate(QDate(inAWeek.year, inAWeek.month, inAWeek.day));
    m_followUpTitle = new QLineEdit(row);
    m_followUpTitle->setPlaceholderText(tr("What to do then"));
    m_followUpDate->setEnabled(false);
    m_followUpTitle->setEnabled(false);
    connect(m_followUp, &QCheckBox::toggled, m_followUpDate, &QDateEdit::setEnabled);
    connect(m_followUp, &QCheckBox::toggled, m_followUpTitle, &QLineEdit::setEnabled);
    h->addWidget(m_followUp);
    h->addWidget(m_followUpDate);
    h->addWidget(m_followUpTitle, 1);
    return row;
}

void LogVisitDialog::fillContacts() {
    m_contact->addItem(tr("—"), Id(0));
    sql::Statement q = m_app.database().prepare(
        "SELECT id, name, role FROM customer WHERE company_id = ? AND kind = 'person' "
        "ORDER BY name_key LIMIT 500");
    q.bind(1, m_customer);
    while (q.step())
        m_contact->addItem(
            q.text(2).isEmpty() ? q.text(1) : QStringLiteral("%1 (%2)").arg(q.text(1), q.text(2)),
            q.int64(0));
    m_contact->setEnabled(m_contact->count() > 1); // people are recorded at companies only
}

void LogVisitDialog::fillProducts() {
    m_product->addItem(QString(), Id(0));
    ProductFilter active;
    active.active = true;
    auto products =
        ProductRepository(m_app.database()).list(active, ProductSort::Name, true, 0, 5000);
    if (!products)
        return;
    for (const Product& p : *products)
        m_product->addItem(QStringLiteral("%1 — %2").arg(p.sku, p.name), p.id);
    m_product->setCurrentIndex(0);
}

void LogVisitDialog::showPriceHints() {
    const Id product = m_product->currentData().value<Id>();
    if (product == 0) {
        m_priceHints->clear();
        return;
    }
    VisitRepository visits(m_app.database());
    QStringList hints;
    const auto quoted = visits.lastQuotedPrice(m_customer, product);
    if (quoted && *quoted) {
        hints << tr("Last quoted: %1 on %2")
                     .arg(m_app.money((*quoted)->unitPrice), m_app.date((*quoted)->at));
        m_price->setText(
            formatMoneyFixed((*quoted)->unitPrice, m_app.database().settings().minorDigits));
    } else {
        hints << tr("Never quoted before");
    }
    const auto paid = visits.lastPaidPrice(m_customer, product);
    if (paid && *paid)
        hints << tr("Last paid: %1 on order %2 (%3)")
                     .arg(m_app.money((*paid)->unitPrice), (*paid)->reference,
                          m_app.date((*paid)->at));
    else
        hints << tr("Never bought");
    m_priceHints->setText(hints.join(QStringLiteral("   ·   ")));
}

void LogVisitDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
}

void LogVisitDialog::accept() {
    Visit v;
    v.customerId = m_customer;
    v.occurredAt = m_app.clock().nowText();
    v.kind = m_kind->currentData().toString();
    if (const Id contact = m_contact->currentData().value<Id>(); contact != 0)
        v.contactId = contact;
    v.subject = m_subject->text().trimmed();
    v.notes = m_notes->toPlainText().trimmed();
    v.outcome = m_outcome->text().trimmed();
    const Id product = m_product->currentData().value<Id>();
    const QString priceText = m_price->text().trimmed();
    if (product != 0 && !priceText.isEmpty()) {
        auto price = parseMoney(priceText, m_app.database().settings().minorDigits);
        if (!price)
            return showError(tr("Price: %1").arg(price.error().message));
        v.quotedProductId = product;
        v.quotedPrice = *price;
    } else if (product == 0 && !priceText.isEmpty()) {
        return showError(tr("Choose the product the price was quoted for."));
    }
    const Result<Money> cost = m_cost->amount();
    if (!cost)
        return showError(tr("Cost: %1").arg(cost.error().message));
    v.cost = *cost;
    std::optional<Task> task;
    if (m_followUp->isChecked()) {
        Task t;
        const QDate d = m_followUpDate->date();
        t.dueOn = formatIsoDate(dayNumber({d.year(), d.month(), d.day()}));
        t.customerId = m_customer;
        t.title = m_followUpTitle->text().trimmed();
        if (t.title.isEmpty())
            t.title = v.subject.isEmpty() ? tr("Follow up") : tr("Follow up: %1").arg(v.subject);
        task = t;
    }
    auto* command = new LogVisitCommand(m_app, v, task);
    const Id visitId = command->visitId();
    if (Status s = m_app.execute(command); !s)
        return showError(s.error().message);
    m_savedVisit = visitId;
    emit m_app.statusMessage(
        task ? tr("Visit logged; follow-up task due %1").arg(m_app.date(task->dueOn))
             : tr("Visit logged"));
    QDialog::accept();
}

} // namespace clientele
