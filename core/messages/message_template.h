#pragma once

#include "common/ids.h"

#include <QString>
#include <QStringList>

namespace clientele {

// The text of a greeting or reminder for one occasion in one language. Subject and body hold
// {placeholders} (see template_text.h) filled from the customer's data when a message is written.
struct MessageTemplate {
    Id id = 0;
    QString occasion;
    QString language; // zh | en
    QString subject;  // for e-mail; a messaging app gets the body alone
    QString body;
    QString createdAt;
    QString updatedAt;
};

namespace message_values {
inline const QString birthday = QStringLiteral("birthday");
inline const QString lunarBirthday = QStringLiteral("lunar_birthday");
inline const QString springFestival = QStringLiteral("spring_festival");
inline const QString midAutumn = QStringLiteral("mid_autumn");
inline const QString holiday = QStringLiteral("holiday"); // any other holiday, named by {holiday}
inline const QString revisit = QStringLiteral("revisit");
inline const QString paymentReminder = QStringLiteral("payment_reminder");
inline const QStringList occasions = {birthday, lunarBirthday, springFestival, midAutumn,
                                      holiday,  revisit,       paymentReminder};
inline const QString chinese = QStringLiteral("zh");
inline const QString english = QStringLiteral("en");
inline const QStringList languages = {chinese, english};
} // namespace message_values

} // namespace clientele
