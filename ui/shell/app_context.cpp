#include "app_context.h"

#include "storage/database.h"

#include <QUndoStack>

namespace clientele {

AppContext::AppContext(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_undo(new QUndoStack(this)) {}

const Clock& AppContext::clock() const {
    return m_db.clock();
}

void AppContext::notifyChanged(const QString& what) {
    emit dataChanged(what);
}

} // namespace clientele
