#include "message_composer.h"

#include "storage/database.h"

namespace clientele {

MessageContext readMessageContext(const Database& db) {
    MessageContext context;
    context.shop = db.setting(message_settings::shopName);
    context.money = db.settings();
    return context;
}

const MessageTemplate* findTemplate(const std::vector<MessageTemplate>& templates,
                                    const QString& occasion, const QString& language) {
    for (const MessageTemplate& t : templates)
        if (t.occasion == occasion && t.language == language)
            return &t;
    return nullptr;
}

RenderedMessage composeMessage(const std::vector<MessageTemplate>& templates,
                               const MessageFacts& facts, const QString& occasion,
                               const QString& language, const MessageContext& context) {
    const MessageTemplate* t = findTemplate(templates, occasion, language);
    return t ? renderMessage(*t, messageFields(facts, language, context)) : RenderedMessage{};
}

} // namespace clientele
