#include "sync_commands.h"

#include "shell/app_context.h"
#include "sync/conflict_resolution.h"
#include "sync/sync_exchange.h"

#include <QCoreApplication>

namespace clientele {

namespace {

struct SyncCommands {
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

const QString kChanged = QStringLiteral("sync");

} // namespace

AcceptConflictCommand::AcceptConflictCommand(AppContext& app, qint64 conflict)
    : DatabaseCommand(app, SyncCommands::tr("Accept conflict"), kChanged)
    , m_conflict(conflict) {}

Status AcceptConflictCommand::apply() {
    return sync::setConflictResolved(app().database(), m_conflict, true);
}

Status AcceptConflictCommand::revert() {
    return sync::setConflictResolved(app().database(), m_conflict, false);
}

RestoreConflictCommand::RestoreConflictCommand(AppContext& app, qint64 conflict,
                                               const QString& changed)
    : DatabaseCommand(app, SyncCommands::tr("Restore other value"), changed)
    , m_conflict(conflict) {}

Status RestoreConflictCommand::apply() {
    return sync::putConflictValue(app().database(), m_conflict, sync::ConflictSide::Lost);
}

Status RestoreConflictCommand::revert() {
    return sync::putConflictValue(app().database(), m_conflict, sync::ConflictSide::Kept);
}

RenameDeviceCommand::RenameDeviceCommand(AppContext& app, QString before, QString after)
    : DatabaseCommand(app, SyncCommands::tr("Rename device"), kChanged)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Status RenameDeviceCommand::apply() {
    return sync::renameDevice(app().database(), m_after);
}

Status RenameDeviceCommand::revert() {
    return sync::renameDevice(app().database(), m_before);
}

} // namespace clientele
