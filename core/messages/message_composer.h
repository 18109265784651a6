#pragma once

#include "message_render.h"
#include "message_template.h"

#include <vector>

namespace clientele {

class Database;

// The shop's name ({shop}) and currency as the database holds them; no holiday yet.
MessageContext readMessageContext(const Database& db);

// The template of the occasion and language among `templates`, or null.
const MessageTemplate* findTemplate(const std::vector<MessageTemplate>& templates,
                                    const QString& occasion, const QString& language);

// One customer's message: the template of the occasion in the language, filled in. Empty
// when there is no such template.
RenderedMessage composeMessage(const std::vector<MessageTemplate>& templates,
                               const MessageFacts& facts, const QString& occasion,
                               const QString& language, const MessageContext& context);

} // namespace clientele
