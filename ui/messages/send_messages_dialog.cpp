#include "send_messages_dialog.h"

#include "log_messages_command.h"
#include "message_labels.h"
#include "messages/mailto.h"
#include "messages/message_composer.h"
#include "messages/message_template_repository.h"
#include "messages/occasion_holidays.h"
#include "shell/app_context.h"
#include "shell/background.h"
#include "storage/database.h"

#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
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

QString stateLabel(QueuedMessage::State state) {
    switch (state) {
    case QueuedMessage::State::Mailed:
        return SendMessagesDialog::tr("opened in mail");
    case QueuedMessage::State::Copied:
        return SendMessagesDialog::tr("copied");
    case QueuedMessage::State::Pending:
        break;
    }
    return {};
}

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

bool SendMessagesDialog::mailCurrent() {
    if (current() < 0 || m_queue[static_cast<std::size_t>(current())].facts.email.isEmpty())
        return false;
    const QueuedMessage& m = m_queue[static_cast<std::size_t>(current())];
    if (!QDesktopServices::openUrl(mailtoUrl(m.facts.email, m.subject, m.body))) {
        m_note->setText(tr("No mail program took the message. Copy the text instead."));
        return false;
    }
    return log({static_cast<std::size_t>(current())}, QueuedMessage::State::Mailed);
}

bool SendMessagesDialog::copyCurrent() {
    if (current() < 0)
        return false;
    QGuiApplication::clipboard()->setText(m_queue[static_cast<std::size_t>(current())].body);
    return log({static_cast<std::size_t>(current())}, QueuedMessage::State::Copied);
}

void SendMessagesDialog::copyAll() {
    if (m_queue.empty())
        return;
    QGuiApplication::clipboard()->setText(m_queue.batchText());
    std::vector<std::size_t> pending;
    for (std::size_t i = 0; i < m_queue.size(); ++i)
        if (m_queue[i].state == QueuedMessage::State::Pending)
            pending.push_back(i);
    if (!pending.empty())
        log(pending, QueuedMessage::State::Copied);
    m_progress->setText(tr("All %1 messages are on the clipboard.").arg(m_queue.size()));
}

// Logs the messages as visits; the next one still to go is shown.
bool SendMessagesDialog::log(const std::vector<std::size_t>& which, QueuedMessage::State how) {
    const QString at = m_app.clock().nowText();
    std::vector<Visit> visits;
    for (std::size_t i : which) {
        Visit v;
        v.customerId = m_queue[i].facts.customerId;
        v.occurredAt = at;
        v.kind = QStringLiteral("message");
        v.subject = m_queue[i].subject;
        v.notes = m_queue[i].body;
        v.outcome = how == QueuedMessage::State::Mailed ? tr("Opened in the mail program")
                                                        : tr("Copied for a messaging app");
        visits.push_back(std::move(v));
    }
    if (Status s =
            m_app.execute(new LogMessagesCommand(m_app, std::move(visits), m_request.campaignId));
        !s) {
        m_note->setText(s.error().message);
        return false;
    }
    for (std::size_t i : which)
        m_queue[i].state = how;
    const auto here = static_cast<std::size_t>(current());
    const std::size_t next = m_queue.nextPending(here);
    if (next != here)
        m_list->setCurrentRow(static_cast<int>(next));
    updateStates();
    return true;
}

void SendMessagesDialog::updateStates() {
    const bool writable = !m_app.database().isReadOnly();
    const bool ready = !m_loading && current() >= 0;
    for (std::size_t i = 0; i < m_queue.size() && i < static_cast<std::size_t>(m_list->count());
         ++i) {
        const QString state = stateLabel(m_queue[i].state);
        m_list->item(static_cast<int>(i))
            ->setText(state.isEmpty() ? m_queue[i].facts.name
                                      : tr("%1 (%2)").arg(m_queue[i].facts.name, state));
    }
    m_mail->setEnabled(ready && writable &&
                       !m_queue[static_cast<std::size_t>(current())].facts.email.isEmpty());
    m_copy->setEnabled(ready && writable);
    m_copyAll->setEnabled(ready && writable);
    m_previous->setEnabled(ready && m_queue.size() > 1);
    m_next->setEnabled(ready && m_queue.size() > 1);
    if (!m_loading)
        m_progress->setText(tr("%1 of %2 sent or copied")
                                .arg(m_queue.size() - m_queue.pendingCount())
                                .arg(m_queue.size()));
}

} // namespace clientele
