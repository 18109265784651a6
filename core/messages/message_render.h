#pragma once

#include "message_facts.h"
#include "message_template.h"
#include "storage/shop_settings.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace clientele {

namespace message_settings {
// The shop's name as messages sign it ({shop}); a setting of the database file.
inline const QString shopName = QStringLiteral("shop_name");
} // namespace message_settings

// What a message needs to know besides the customer.
struct MessageContext {
    QString shop; // {shop}
    QString
        holidayKey; // the holiday greeted, as holidays.h names it ("national_day"); for {holiday}
    ShopSettings money; // the currency of {amount_due}
};

// The value of every placeholder for one customer, written in `language`: {title} as that
// language addresses people (titleIn), {holiday} by its name in the language, {amount_due} in the
// shop's currency ("¥19.00"; empty when nothing is due) and {due_date} written out
// ("2024年6月1日", "1 June 2024").
QHash<QString, QString> messageFields(const MessageFacts& facts, const QString& language,
                                      const MessageContext& context);

struct RenderedMessage {
    QString subject;
    QString body;
    QStringList empty; // placeholders the template uses that had no value for this customer
};

// The template filled in (see fillTemplate). A placeholder it should not have stays as written.
RenderedMessage renderMessage(const MessageTemplate& t, const QHash<QString, QString>& fields);

} // namespace clientele
