#include "message_render.h"

#include "agenda/holidays.h"
#include "common/currency_text.h"
#include "message_language.h"
#include "template_text.h"

#include <QDate>

namespace clientele {

namespace {

QString writtenDate(const QString& iso, const QString& language) {
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    if (!date.isValid())
        return {};
    if (language == message_values::chinese)
        return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QLocale localeOf(const QString& language) {
    return language == message_values::chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                               : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace

QHash<QString, QString> messageFields(const MessageFacts& facts, const QString& language,
                                      const MessageContext& context) {
    return {
        {QStringLiteral("name"), facts.name},
        {QStringLiteral("title"), titleIn(facts.title, language)},
        {QStringLiteral("last_product"), facts.lastProduct},
        {QStringLiteral("salesperson"), facts.salesperson},
        {QStringLiteral("shop"), context.shop.trimmed()},
        {QStringLiteral("holiday"), holidayNameIn(context.holidayKey, language)},
        {QStringLiteral("amount_due"),
         facts.amountDue > 0 ? formatCurrency(facts.amountDue, context.money, localeOf(language))
                             : QString()},
        {QStringLiteral("due_date"), writtenDate(facts.dueSince, language)},
    };
}

RenderedMessage renderMessage(const MessageTemplate& t, const QHash<QString, QString>& fields) {
    RenderedMessage m;
    m.subject = fillTemplate(t.subject, fields, &m.empty);
    m.body = fillTemplate(t.body, fields, &m.empty);
    return m;
}

} // namespace clientele
