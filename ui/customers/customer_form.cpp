#include "customer_form.h"

#include "customer_labels.h"
#include "distinct_values.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

namespace clientele {

namespace {

struct LineField {
    const char* column;
    QString Customer::*member;
};
// The plain one-line text fields and where they live in the record.
const LineField kLineFields[] = {
    {"ref", &Customer::ref},
    {"name", &Customer::name},
    {"role", &Customer::role},
    {"phones", &Customer::phones},
    {"emails", &Customer::emails},
    {"address", &Customer::address},
    {"city", &Customer::city},
    {"region", &Customer::region},
    {"tags", &Customer::tags},
    {"source", &Customer::source},
    {"birthday", &Customer::birthday},
    {"native_place", &Customer::nativePlace},
    {"education", &Customer::education},
    {"occupation", &Customer::occupation},
    {"title", &Customer::title},
    {"family", &Customer::family},
    {"personality", &Customer::personality},
    {"hobbies", &Customer::hobbies},
};

QString identity(const QString& value) {
    return value;
}

} // namespace

CustomerForm::CustomerForm(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(contactTab(), tr("Contact"));
    m_tabs->addTab(personalTab(), tr("Personal"));
    m_tabs->addTab(notesTab(), tr("Notes"));
    layout->addWidget(m_tabs);
    m_generalError = new QLabel(this);
    m_generalError->setObjectName(QStringLiteral("generalError"));
    m_generalError->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_generalError->setWordWrap(true);
    m_generalError->hide();
    layout->addWidget(m_generalError);
}

void CustomerForm::addRow(QFormLayout* form, const QString& column, const QString& label,
                          QWidget* editor) {
    auto* cell = new QWidget(form->parentWidget());
    auto* box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    editor->setParent(cell);
    box->addWidget(editor);
    auto* error = new QLabel(cell);
    error->setStyleSheet(QStringLiteral("color: #c62828;"));
    error->setWordWrap(true);
    error->hide();
    box->addWidget(error);
    editor->setObjectName(column);
    m_fields.insert(column, editor);
    m_errors.insert(column, error);
    form->addRow(label, cell);
}

QLineEdit* CustomerForm::addLine(QFormLayout* form, const QString& column, const QString& label) {
    auto* edit = new QLineEdit;
    addRow(form, column, label, edit);
    return edit;
}

QComboBox* CustomerForm::valueCombo(const QStringList& values, QString (*label)(const QString&)) {
    auto* combo = new QComboBox;
    for (const QString& v : values)
        combo->addItem(label(v), v);
    return combo;
}

QWidget* CustomerForm::contactTab() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    m_kind = valueCombo(customer_values::kinds, customerKindLabel);
    addRow(form, QStringLiteral("kind"), tr("Kind"), m_kind);
    addLine(form, QStringLiteral("name"), tr("Name"));
    addLine(form, QStringLiteral("ref"), tr("Ref"));
    addLine(form, QStringLiteral("company_ref"), tr("Company ref"))
        ->setPlaceholderText(tr("The ref of the company this person works for"));
    addLine(form, QStringLiteral("role"), tr("Job role"));
    m_decisionRole = valueCombo(customer_values::decisionRoles, decisionRoleLabel);
    addRow(form, QStringLiteral("decision_role"), tr("In decisions"), m_decisionRole);
    addLine(form, QStringLiteral("phones"), tr("Phones"))
        ->setPlaceholderText(tr("Separate several with ;"));
    addLine(form, QStringLiteral("emails"), tr("Emails"))
        ->setPlaceholderText(tr("Separate several with ;"));
    addLine(form, QStringLiteral("address"), tr("Address"));
    addLine(form, QStringLiteral("city"), tr("City"));
    addLine(form, QStringLiteral("region"), tr("Region"));
    m_status = valueCombo(customer_values::statuses, customerStatusLabel);
    addRow(form, QStringLiteral("status"), tr("Status"), m_status);
    m_tier = valueCombo(QStringList{QString()} << distinctCustomerValues(m_db, "tier"), identity);
    m_tier->setEditable(true);
    addRow(form, QStringLiteral("tier"), tr("Tier"), m_tier);
    m_salesperson =
        valueCombo(QStringList{QString()} << distinctCustomerValues(m_db, "salesperson"), identity);
    m_salesperson->setEditable(true);
    addRow(form, QStringLiteral("salesperson"), tr("Salesperson"), m_salesperson);
    addLine(form, QStringLiteral("tags"), tr("Tags"))
        ->setPlaceholderText(tr("Separate several with ;"));
    addLine(form, QStringLiteral("source"), tr("Source"));
    return page;
}

QWidget* CustomerForm::personalTab() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    addLine(form, QStringLiteral("title"), tr("Title"));
    addLine(form, QStringLiteral("birthday"), tr("Birthday"))->setPlaceholderText(tr("YYYY-MM-DD"));
    m_lunar = new QCheckBox(tr("Celebrated on the lunar calendar"));
    addRow(form, QStringLiteral("birthday_lunar"), QString(), m_lunar);
    addLine(form, QStringLiteral("native_place"), tr("Native place"));
    addLine(form, QStringLiteral("education"), tr("Education"));
    addLine(form, QStringLiteral("occupation"), tr("Experience"));
    addLine(form, QStringLiteral("family"), tr("Family"));
    addLine(form, QStringLiteral("personality"), tr("Personality"));
    addLine(form, QStringLiteral("hobbies"), tr("Hobbies"));
    return page;
}

QWidget* CustomerForm::notesTab() {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_fields.insert(QStringLiteral("notes"), m_notes);
    layout->addWidget(m_notes);
    return page;
}

QString CustomerForm::text(const QString& column) const {
    auto* edit = qobject_cast<QLineEdit*>(m_fields.value(column));
    return edit ? edit->text().trimmed() : QString();
}

void CustomerForm::setCustomer(const Customer& c) {
    m_original = c;
    for (const LineField& f : kLineFields)
        if (auto* edit = qobject_cast<QLineEdit*>(m_fields.value(QLatin1String(f.column))))
            edit->setText(c.*f.member);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(c.kind)));
    m_status->setCurrentIndex(qMax(0, m_status->findData(c.status)));
    m_decisionRole->setCurrentIndex(qMax(0, m_decisionRole->findData(c.decisionRole)));
    m_tier->setCurrentText(c.tier);
    m_salesperson->setCurrentText(c.salesperson);
    m_lunar->setChecked(c.birthdayLunar);
    m_notes->setPlainText(c.notes);
    QString companyRef;
    if (c.companyId) {
        sql::Statement q = m_db.prepare("SELECT ref FROM customer WHERE id = ?");
        q.bind(1, *c.companyId);
        if (q.step())
            companyRef = q.text(0);
    }
    qobject_cast<QLineEdit*>(m_fields.value(QStringLiteral("company_ref")))->setText(companyRef);
}

Customer CustomerForm::customer() const {
    Customer c = m_original;
    for (const LineField& f : kLineFields)
        c.*f.member = text(QLatin1String(f.column));
    c.phones.replace(u',', u';');
    c.emails.replace(u',', u';');
    c.tags.replace(u',', u';');
    c.kind = m_kind->currentData().toString();
    c.status = m_status->currentData().toString();
    c.decisionRole = m_decisionRole->currentData().toString();
    c.tier = m_tier->currentText().trimmed();
    c.salesperson = m_salesperson->currentText().trimmed();
    c.birthdayLunar = m_lunar->isChecked();
    c.notes = m_notes->toPlainText();
    return c;
}

QString CustomerForm::companyRef() const {
    return text(QStringLiteral("company_ref"));
}

void CustomerForm::clearErrors() {
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    m_generalError->hide();
}

bool CustomerForm::showErrors(const FieldErrors& errors) {
    clearErrors();
    QStringList general;
    bool tabChosen = false;
    for (const FieldError& e : errors) {
        QLabel* label = m_errors.value(e.field);
        if (!label) {
            general << e.message;
            continue;
        }
        for (int i = 0; i < m_tabs->count() && !tabChosen; ++i) {
            if (m_tabs->widget(i)->isAncestorOf(label)) {
                m_tabs->setCurrentIndex(i); // the first problem is where the user looks
                tabChosen = true;
            }
        }
        label->setText(label->text().isEmpty() ? e.message : label->text() + u'\n' + e.message);
        label->show();
    }
    if (!general.isEmpty()) {
        m_generalError->setText(general.join(u'\n'));
        m_generalError->show();
    }
    return !errors.empty();
}

} // namespace clientele
