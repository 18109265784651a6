#include "templates_dialog.h"

#include "domain/customer_repository.h"
#include "message_labels.h"
#include "messages/message_composer.h"
#include "messages/message_template_repository.h"
#include "messages/message_template_validation.h"
#include "messages/template_placeholders.h"
#include "messages/template_text.h"
#include "save_templates_command.h"
#include "shell/app_context.h"
#include "storage/database.h"
#include "template_preview.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace clientele {

namespace {

QLabel* problemLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showProblems(QLabel* label, const QStringList& problems) {
    label->setText(problems.join(u'\n'));
    label->setVisible(!problems.isEmpty());
}

// A field's label whose mnemonic moves to it (a form row of a layout has no buddy of its own).
QLabel* buddyLabel(const QString& text, QWidget* field) {
    auto* label = new QLabel(text, field->parentWidget());
    label->setBuddy(field);
    return label;
}

// The first customer by name, so that the preview shows a real message from the start.
Id firstCustomer(Database& db) {
    auto rows = CustomerRepository(db).list({}, CustomerSort::Name, true, 0, 1);
    return rows && !rows->empty() ? rows->front().id : 0;
}

} // namespace

TemplatesDialog::TemplatesDialog(AppContext& app, Id previewCustomer, QWidget* parent)
    : QDialog(parent)
    , m_app(app) {
    setWindowTitle(tr("Message Templates"));
    auto* layout = new QVBoxLayout(this);
    auto* shopRow = new QFormLayout;
    m_shop = new QLineEdit(app.database().setting(message_settings::shopName), this);
    m_shop->setPlaceholderText(tr("The name messages sign with, as {shop}"));
    shopRow->addRow(tr("Shop &name"), m_shop);
    layout->addLayout(shopRow);
    auto* middle = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setFixedWidth(230);
    middle->addWidget(m_list);
    middle->addWidget(buildEditor(), 1);
    layout->addLayout(middle, 1);
    m_error = problemLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(!app.database().isReadOnly());
    connect(buttons, &QDialogButtonBox::accepted, this, &TemplatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    auto stored = MessageTemplateRepository(app.database()).list();
    if (stored)
        m_stored = std::move(*stored);
    else
        showProblems(m_error, {stored.error().message});
    m_edited = m_stored;
    for (const MessageTemplate& t : m_stored)
        m_list->addItem(tr("%1 · %2").arg(occasionLabel(t.occasion), languageLabel(t.language)));
    connect(m_list, &QListWidget::currentRowChanged, this, &TemplatesDialog::showCurrent);
    connect(m_subject, &QLineEdit::textChanged, this, &TemplatesDialog::edited);
    connect(m_body, &QPlainTextEdit::textChanged, this, &TemplatesDialog::edited);
    connect(m_shop, &QLineEdit::textChanged, this, &TemplatesDialog::edited);
    // The Insert menu takes the focus while it is open: where to insert is remembered.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_subject || now == m_body)
            m_lastField = now;
    });
    m_preview->setCustomer(previewCustomer != 0 ? previewCustomer : firstCustomer(app.database()));
    if (!m_stored.empty())
        m_list->setCurrentRow(0);
    resize(940, 660);
}

TemplatesDialog* TemplatesDialog::start(AppContext& app, Id previewCustomer, QWidget* parent) {
    auto* dialog = new TemplatesDialog(app, previewCustomer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget* TemplatesDialog::buildEditor() {
    auto* editor = new QWidget(this);
    auto* layout = new QVBoxLayout(editor);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_subject = new QLineEdit(editor);
    m_subjectProblems = problemLabel(editor);
    auto* subjectBox = new QVBoxLayout;
    subjectBox->addWidget(m_subject);
    subjectBox->addWidget(m_subjectProblems);
    form->addRow(buddyLabel(tr("&Subject"), m_subject), subjectBox);
    m_body = new QPlainTextEdit(editor);
    m_body->setTabChangesFocus(true);
    m_bodyProblems = problemLabel(editor);
    auto* bodyBox = new QVBoxLayout;
    bodyBox->addWidget(m_body, 1);
    bodyBox->addWidget(m_bodyProblems);
    form->addRow(buddyLabel(tr("&Body"), m_body), bodyBox);
    m_placeholders = new QLabel(editor);
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_insert = new QToolButton(editor);
    m_insert->setText(tr("&Insert"));
    m_insert->setFocusPolicy(Qt::NoFocus); // the text box keeps the cursor to insert at
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setMenu(new QMenu(m_insert));
    auto* placeholderRow = new QHBoxLayout;
    placeholderRow->addWidget(m_placeholders, 1);
    placeholderRow->addWidget(m_insert, 0, Qt::AlignTop);
    form->addRow(tr("Placeholders"), placeholderRow);
    layout->addLayout(form, 3);
    m_preview = new TemplatePreview(m_app, editor);
    layout->addWidget(m_preview, 2);
    return editor;
}

MessageTemplate& TemplatesDialog::current() {
    return m_edited[static_cast<std::size_t>(m_list->currentRow())];
}

bool TemplatesDialog::isEdited(std::size_t i) const {
    return m_edited[i].subject != m_stored[i].subject || m_edited[i].body != m_stored[i].body;
}

bool TemplatesDialog::select(const QString& occasion, const QString& language) {
    for (std::size_t i = 0; i < m_edited.size(); ++i) {
        if (m_edited[i].occasion == occasion && m_edited[i].language == language) {
            m_list->setCurrentRow(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void TemplatesDialog::showCurrent() {
    if (m_list->currentRow() < 0)
        return;
    m_filling = true;
    m_subject->setText(current().subject);
    m_body->setPlainText(current().body);
    m_filling = false;
    fillPlaceholderMenu();
    edited();
}

void TemplatesDialog::fillPlaceholderMenu() {
    QStringList lines;
    QMenu* menu = m_insert->menu();
    menu->clear();
    for (const QString& name : placeholdersFor(current().occasion)) {
        const QString shown = u'{' + name + u'}';
        lines << tr("%1 %2").arg(shown, placeholderLabel(name));
        menu->addAction(shown, this, [this, name] { insertPlaceholder(name); });
    }
    m_placeholders->setText(lines.join(QStringLiteral("; ")));
}

void TemplatesDialog::insertPlaceholder(const QString& name) {
    const QString text = u'{' + name + u'}';
    if (m_lastField == m_subject)
        m_subject->insert(text);
    else
        m_body->insertPlainText(text);
}

void TemplatesDialog::edited() {
    if (m_filling || m_list->currentRow() < 0)
        return;
    current().subject = m_subject->text();
    current().body = m_body->toPlainText();
    const auto row = static_cast<std::size_t>(m_list->currentRow());
    QFont font = m_list->item(m_list->currentRow())->font();
    font.setBold(isEdited(row)); // what Save would write
    m_list->item(m_list->currentRow())->setFont(font);
    checkCurrent();
    m_preview->show(current(), m_shop->text());
}

void TemplatesDialog::checkCurrent() {
    showProblems(m_subjectProblems, templateProblems(current().subject, current().occasion));
    QStringList body = templateProblems(current().body, current().occasion);
    if (current().body.trimmed().isEmpty())
        body.prepend(tr("A message needs a body."));
    showProblems(m_bodyProblems, body);
}

void TemplatesDialog::accept() {
    std::vector<MessageTemplate> before;
    std::vector<MessageTemplate> after;
    for (std::size_t i = 0; i < m_edited.size(); ++i) {
        if (!isEdited(i))
            continue;
        if (const FieldErrors errors = validateMessageTemplate(m_edited[i]); !errors.empty()) {
            m_list->setCurrentRow(static_cast<int>(i));
            showProblems(m_error,
                         {tr("Fix the template before saving: %1").arg(joinFieldErrors(errors))});
            return;
        }
        before.push_back(m_stored[i]);
        after.push_back(m_edited[i]);
    }
    Database& db = m_app.database();
    const QString shop = m_shop->text().trimmed();
    if (shop != db.setting(message_settings::shopName))
        if (Status s = db.setSetting(message_settings::shopName, shop); !s) {
            showProblems(m_error, {s.error().message});
            return;
        }
    if (!after.empty()) {
        const Status s =
            m_app.execute(new SaveTemplatesCommand(m_app, std::move(before), std::move(after)));
        if (!s) {
            showProblems(m_error, {s.error().message});
            return;
        }
    }
    QDialog::accept();
}

} // namespace clientele
