#include "app_context.h"

#include "customer_insights.h"
#include "database_command.h"
#include "formatting.h"
#include "storage/database.h"

#include <QUndoStack>

namespace clientele {

AppContext::AppContext(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this)) {}

AppContext::~AppContext() = default;

const Clock& AppContext::clock() const {
    return m_db.clock();
}

void AppContext::notifyChanged(const QString& what) {
    emit dataChanged(what);
}

Status AppContext::execute(DatabaseCommand* command) {
    Status status = command->firstApply();
    if (status)
        m_undo->push(command);
    else
        delete command;
    return status;
}

QString AppContext::money(Money minor) const {
    return formatCurrency(minor, m_db.settings(), m_locale);
}

QString AppContext::date(const QString& isoDate) const {
    return displayDate(isoDate, m_locale);
}

QString AppContext::dateTime(const QString& isoDateTime) const {
    return displayDateTime(isoDateTime, m_locale);
}

void AppContext::setInsights(std::unique_ptr<CustomerInsights> insights) {
    m_insights = std::move(insights);
    emit insightsChanged();
}

} // namespace clientele
