#include "message_queue.h"

#include "messages/message_composer.h"
#include "messages/message_language.h"

#include <algorithm>

namespace clientele {

MessageQueue::MessageQueue(std::vector<MessageTemplate> templates, MessageContext context)
    : m_templates(std::move(templates))
    , m_context(std::move(context)) {}

void MessageQueue::add(MessageFacts facts, const QString& occasion, const QLocale& appLocale) {
    QueuedMessage m;
    m.language = defaultMessageLanguage(facts.name, appLocale);
    m.facts = std::move(facts);
    m.occasion = occasion;
    render(m);
    m_messages.push_back(std::move(m));
}

void MessageQueue::render(QueuedMessage& m) const {
    RenderedMessage r = composeMessage(m_templates, m.facts, m.occasion, m.language, m_context);
    m.subject = std::move(r.subject);
    m.body = std::move(r.body);
    m.empty = std::move(r.empty);
}

void MessageQueue::setLanguage(std::size_t i, const QString& language) {
    m_messages[i].language = language;
    render(m_messages[i]);
}

void MessageQueue::setOccasion(const QString& occasion, const QString& holidayKey) {
    m_context.holidayKey = holidayKey;
    for (QueuedMessage& m : m_messages) {
        m.occasion = occasion;
        render(m);
    }
}

std::size_t MessageQueue::pendingCount() const {
    return static_cast<std::size_t>(
        std::count_if(m_messages.begin(), m_messages.end(), [](const QueuedMessage& m) {
            return m.state == QueuedMessage::State::Pending;
        }));
}

std::size_t MessageQueue::nextPending(std::size_t i) const {
    for (std::size_t step = 1; step < m_messages.size(); ++step) {
        const std::size_t j = (i + step) % m_messages.size();
        if (m_messages[j].state == QueuedMessage::State::Pending)
            return j;
    }
    return i;
}

QString MessageQueue::batchText() const {
    QStringList parts;
    for (const QueuedMessage& m : m_messages) {
        const QString who = m.facts.phone.isEmpty()
                                ? m.facts.name
                                : QStringLiteral("%1 · %2").arg(m.facts.name, m.facts.phone);
        parts << who + u'\n' + m.body;
    }
    return parts.join(QStringLiteral("\n\n----------\n\n"));
}

} // namespace clientele
