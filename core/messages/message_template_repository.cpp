#include "message_template_repository.h"

#include "domain/repository_support.h"
#include "message_template_validation.h"
#include "storage/database.h"
#include "storage/sqlite.h"
#include "storage/write_transaction.h"

#include <algorithm>

namespace clientele {

namespace rs = repository_support;

namespace {

const char* const kSelect = "SELECT id, occasion, language, subject, body, created_at, "
                            "updated_at FROM message_template ";

MessageTemplate readTemplate(const sql::Statement& q) {
    MessageTemplate t;
    t.id = q.int64(0);
    t.occasion = q.text(1);
    t.language = q.text(2);
    t.subject = q.text(3);
    t.body = q.text(4);
    t.createdAt = q.text(5);
    t.updatedAt = q.text(6);
    return t;
}

QString describe(const MessageTemplate& t) {
    return QStringLiteral("message template %1 (%2)").arg(t.occasion, t.language);
}

} // namespace

MessageTemplateRepository::MessageTemplateRepository(Database& db)
    : m_db(db) {}

Result<std::vector<MessageTemplate>> MessageTemplateRepository::list() const {
    std::vector<MessageTemplate> rows;
    try {
        sql::Statement q = m_db.prepare(kSelect);
        while (q.step())
            rows.push_back(readTemplate(q));
    } catch (...) {
        return describeException(QStringLiteral("listing the message templates"));
    }
    const auto rank = [](const MessageTemplate& t) {
        return std::pair(message_values::occasions.indexOf(t.occasion),
                         message_values::languages.indexOf(t.language));
    };
    std::sort(rows.begin(), rows.end(), [&](const MessageTemplate& a, const MessageTemplate& b) {
        return rank(a) < rank(b);
    });
    return rows;
}

Result<MessageTemplate> MessageTemplateRepository::get(const QString& occasion,
                                                       const QString& language) const {
    try {
        sql::Statement q = m_db.prepare(QLatin1String(kSelect) +
                                        QStringLiteral("WHERE occasion = ? AND language = ?"));
        if (!q.bind(1, occasion).bind(2, language).step())
            return Error::notFound(QStringLiteral("no message template for %1 in language %2")
                                       .arg(occasion, language));
        return readTemplate(q);
    } catch (...) {
        return describeException(QStringLiteral("reading the %1 template").arg(occasion));
    }
}

Status MessageTemplateRepository::update(MessageTemplate t) {
    if (const FieldErrors errors = validateMessageTemplate(t); !errors.empty())
        return rs::refused(describe(t), errors);
    rs::stamp(m_db, t.id, t.createdAt, t.updatedAt, false);
    return writeInTransaction(m_db, QStringLiteral("saving %1").arg(describe(t)), [&]() -> Status {
        sql::Statement q = m_db.prepare("UPDATE message_template SET subject = ?, body = ?, "
                                        "updated_at = ? WHERE id = ? AND occasion = ? AND "
                                        "language = ?");
        q.bind(1, t.subject).bind(2, t.body).bind(3, t.updatedAt).bind(4, t.id);
        q.bind(5, t.occasion).bind(6, t.language);
        return rs::execOne(q, {}, QStringLiteral("%1 no longer exists").arg(describe(t)));
    });
}

} // namespace clientele
