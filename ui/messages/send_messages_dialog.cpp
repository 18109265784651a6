#include "send_messages_dialog.h"

#include "message_labels.h"
#include "messages/message_composer.h"
#include "messages/message_template_repository.h"
#include "messages/occasion_holidays.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace clientele {

namespace {

// What the worker reads: the templates, the shop's details and each customer's facts.
struct Loaded {
    std::vector<MessageTemplate> templates;
    MessageContext context;
    std::vector<std::pair<MessageFacts, QString>> facts; // with the occasion
};

// A button and its key. The key is a shortcut of the dialog that clicks at once: a button's
// own shortcut only animates a click, which lands a moment later.
QPushButton* button(const QString& text, const QKeySequence& key, QWidget* dialog,
                    QWidget* parent) {
    auto* b = new QPushButton(text, parent);
    b->setToolTip(key.toString(QKeySequence::NativeText));
    b->setAutoDefault(false);
    QObject::connect(new QShortcut(key, dialog), &QShortcut::activated, b, [b] {
        if (b->isEnabled())
            b->click();
    });
    return b;
}

} // namespace

SendMessagesDialog::SendMessagesDialog(AppContext& app, MessageRequest request, QWidget* parent)
    : QDialog(parent)
    , m_app(app)
    , m_request(std::move(request)) {
    setWindowTitle(tr("Send Messages"));
    auto* layout = new QVBoxLayout(this);
    auto* middle = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setFixedWidth(220);
    middle->addWidget(m_list);
    middle->addWidget(buildMessage(), 1);
    layout->addLayout(middle, 1);
    layout->addWidget(buildButtons());
    connect(m_list, &QListWidget::currentRowChanged, this, &SendMessagesDialog::showCurrent);
    resize(860, 560);
    load();
}

SendMessagesDialog* SendMessagesDialog::start(AppContext& app, MessageRequest request,
                                              QWidget* parent) {
    auto* dialog = new SendMessagesDialog(app, std::move(request), parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QWidget* SendMessagesDialog::buildMessage() {
    auto* box = new QWidget(this);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    m_to = new QLabel(box);
    m_to->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("To"), m_to);
    m_occasion = new QComboBox(box);
    for (const QString& occasion : message_values::occasions)
        m_occasion->addItem(occasionLabel(occasion), occasion);
    form->addRow(tr("&Occasion"), m_occasion);
    form->setRowVisible(m_occasion, m_request.occasionChoice);
    m_language = new QComboBox(box);
    for (const QString& language : message_values::languages)
        m_language->addItem(languageLabel(language), language);
    form->addRow(tr("&Language"), m_language);
    m_subject = new QLineEdit(box);
    form->addRow(tr("&Subject"), m_subject);
    m_body = new QPlainTextEdit(box);
    m_body->setTabChangesFocus(true);
    form->addRow(tr("&Message"), m_body);
    m_note = new QLabel(box);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8a6d00;"));
    form->addRow(m_note);
    connect(m_subject, &QLineEdit::textEdited, this, &SendMessagesDialog::keepEdits);
    connect(m_body, &QPlainTextEdit::textChanged, this, &SendMessagesDialog::keepEdits);
    connect(m_language, &QComboBox::activated, this, [this] {
        m_queue.setLanguage(static_cast<std::size_t>(current()),
                            m_language->currentData().toString());
        showCurrent();
    });
    connect(m_occasion, &QComboBox::activated, this, [this] {
        const QString occasion = m_occasion->currentData().toString();
        m_queue.setOccasion(
            occasion, holidayKeyFor(occasion, m_app.today(), m_app.database().settings().locale));
        showCurrent();
    });
    return box;
}

QWidget* SendMessagesDialog::buildButtons() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_previous = button(tr("&Previous"), QKeySequence::Back, this, row);
    m_next = button(tr("&Next"), QKeySequence::Forward, this, row);
    m_progress = new QLabel(row);
    m_mail = button(tr("Open in &Mail"), QKeySequence(tr("Ctrl+Return")), this, row);
    m_copy = button(tr("&Copy Text"), QKeySequence(tr("Ctrl+Shift+C")), this, row);
    m_copyAll = button(tr("Copy &All"), QKeySequence(tr("Ctrl+Shift+A")), this, row);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, row);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(1); });
    connect(m_mail, &QPushButton::clicked, this, &SendMessagesDialog::mailCurrent);
    connect(m_copy, &QPushButton::clicked, this, &SendMessagesDialog::copyCurrent);
    connect(m_copyAll, &QPushButton::clicked, this, &SendMessagesDialog::copyAll);
    for (QWidget* w : std::initializer_list<QWidget*>{m_previous, m_next, m_progress})
        layout->addWidget(w);
    layout->addStretch();
    for (QWidget* w : std::initializer_list<QWidget*>{m_mail, m_copy, m_copyAll, close})
        layout->addWidget(w);
    return row;
}

void SendMessagesDialog::load() {
    m_loading = true;
    m_progress->setText(tr("Writing the messages…"));
    updateStates();
    std::vector<MessageRecipient> recipients = m_request.recipients;
    const DayNumber today = m_app.today();
    runInBackground<Loaded>(
        m_app.database(), this,
        [recipients, today](Database& db) {
            Loaded loaded;
            loaded.templates = MessageTemplateRepository(db).list().valueOr({});
            loaded.context = readMessageContext(db);
            for (const MessageRecipient& r : recipients)
                if (auto facts = readMessageFacts(db, r.customerId, today))
                    loaded.facts.emplace_back(std::move(*facts), r.occasion);
            return loaded;
        },
        [this](std::optional<Loaded> loaded) {
            m_loading = false;
            if (!loaded) {
                m_progress->setText(tr("The messages could not be written."));
                return;
            }
            MessageContext context = std::move(loaded->context);
            context.holidayKey = m_request.holidayKey;
            if (context.holidayKey.isEmpty() && !m_request.recipients.empty())
                context.holidayKey =
                    holidayKeyFor(m_request.recipients.front().occasion, m_app.today(),
                                  m_app.database().settings().locale);
            m_queue = MessageQueue(std::move(loaded->templates), std::move(context));
            for (auto& [facts, occasion] : loaded->facts)
                m_queue.add(std::move(facts), occasion, m_app.locale());
            for (std::size_t i = 0; i < m_queue.size(); ++i)
                m_list->addItem(m_queue[i].facts.name);
            updateStates();
            if (!m_queue.empty())
                m_list->setCurrentRow(0);
        });
}

int SendMessagesDialog::current() const {
    return m_list->currentRow();
}

void SendMessagesDialog::setCurrent(int row) {
    m_list->setCurrentRow(row);
}

void SendMessagesDialog::step(int by) {
    const int count = m_list->count();
    if (count > 0)
        m_list->setCurrentRow((current() + by + count) % count);
}

void SendMessagesDialog::showCurrent() {
    if (current() < 0)
        return;
    const QueuedMessage& m = m_queue[static_cast<std::size_t>(current())];
    m_showing = true;
    m_to->setText(
        m.facts.email.isEmpty()
            ? tr("%1 (no email address: copy the text for a messaging app)").arg(m.facts.name)
            : tr("%1 <%2>").arg(m.facts.name, m.facts.email));
    m_occasion->setCurrentIndex(m_occasion->findData(m.occasion));
    m_language->setCurrentIndex(m_language->findData(m.language));
    m_subject->setText(m.subject);
    m_body->setPlainText(m.body);
    m_showing = false;
    QStringList empty;
    for (const QString& p : m.empty)
        empty << u'{' + p + u'}';
    m_note->setText(
        empty.isEmpty()
            ? QString()
            : tr("Nothing to fill in for this customer: %1").arg(empty.join(QStringLiteral(", "))));
    updateStates();
}

void SendMessagesDialog::keepEdits() {
    if (m_showing || current() < 0)
        return;
    QueuedMessage& m = m_queue[static_cast<std::size_t>(current())];
    m.subject = m_subject->text();
    m.body = m_body->toPlainText();
}

} // namespace clientele
