#include "database_command.h"

#include "app_context.h"

namespace clientele {

DatabaseCommand::DatabaseCommand(AppContext& app, const QString& text, QString changed)
    : QUndoCommand(text)
    , m_app(app)
    , m_changed(std::move(changed)) {}

Status DatabaseCommand::firstApply() {
    Status status = apply();
    m_skipRedo = status.ok();
    if (status)
        m_app.notifyChanged(m_changed);
    return status;
}

void DatabaseCommand::redo() {
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    finish(apply());
}

void DatabaseCommand::undo() {
    finish(revert());
}

void DatabaseCommand::finish(const Status& status) {
    if (!status) {
        setObsolete(true);
        emit m_app.commandFailed(text(), status.error().message);
    }
    m_app.notifyChanged(m_changed);
}

} // namespace clientele
