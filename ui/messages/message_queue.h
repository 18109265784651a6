#pragma once

#include "messages/message_facts.h"
#include "messages/message_render.h"
#include "messages/message_template.h"

#include <QLocale>

#include <vector>

namespace clientele {

// One customer's message on its way: rendered in their language from the occasion's template,
// then as the user edited it, and whether it went out.
struct QueuedMessage {
    enum class State { Pending, Mailed, Copied };
    MessageFacts facts;
    QString occasion;
    QString language;
    QString subject;
    QString body;
    QStringList empty; // placeholders with no value for this customer
    State state = State::Pending;
};

// The messages of one sending, with the templates and the shop's details they are written from.
class MessageQueue {
public:
    MessageQueue() = default;
    MessageQueue(std::vector<MessageTemplate> templates, MessageContext context);

    // Written in the customer's default language (see defaultMessageLanguage).
    void add(MessageFacts facts, const QString& occasion, const QLocale& appLocale);
    // Writes the message again from the template: the user's edits to it are dropped.
    void setLanguage(std::size_t i, const QString& language);
    // Every message, for this occasion (and the holiday it greets, if any).
    void setOccasion(const QString& occasion, const QString& holidayKey);

    std::size_t size() const { return m_messages.size(); }
    bool empty() const { return m_messages.empty(); }
    QueuedMessage& operator[](std::size_t i) { return m_messages[i]; }
    const QueuedMessage& operator[](std::size_t i) const { return m_messages[i]; }
    std::size_t pendingCount() const;
    // The next message still to go after i, wrapping around; i itself when none is left.
    std::size_t nextPending(std::size_t i) const;
    // Every message for a messaging app, one after the other under its customer's name and
    // phone number.
    QString batchText() const;

private:
    void render(QueuedMessage& m) const;

    std::vector<MessageTemplate> m_templates;
    MessageContext m_context;
    std::vector<QueuedMessage> m_messages;
};

} // namespace clientele
