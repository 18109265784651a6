// What the message sender does with a message: hands it to the mail program or the clipboard
// and logs it.
#include "log_messages_command.h"
#include "messages/mailto.h"
#include "send_messages_dialog.h"
#include "shell/app_context.h"
#include "storage/database.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace clientele {

namespace {

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

} // namespace

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
