#pragma once

#include "common/result.h"
#include "message_template.h"

#include <vector>

namespace clientele {

class Database;

// The templates of every occasion in both languages. They come with the database (the shipped
// defaults, see migration 6) and are edited, never added or deleted.
class MessageTemplateRepository {
public:
    explicit MessageTemplateRepository(Database& db);

    // By occasion in the order of message_values::occasions, Chinese before English.
    Result<std::vector<MessageTemplate>> list() const;
    Result<MessageTemplate> get(const QString& occasion, const QString& language) const;
    // Saves subject and body of the template with t's id after validateMessageTemplate.
    Status update(MessageTemplate t);

private:
    Database& m_db;
};

} // namespace clientele
