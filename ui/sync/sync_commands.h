#pragma once

#include "shell/database_command.h"

namespace clientele {

// Accepting a conflict: the kept value stays, the conflict is marked resolved; undo reopens it.
class AcceptConflictCommand : public DatabaseCommand {
public:
    AcceptConflictCommand(AppContext& app, qint64 conflict);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_conflict;
};

// Restoring the other value of a field conflict: written back as a new edit of this copy (sent
// to the others like any edit) and the conflict resolved; undo writes the kept value back and
// reopens it. changed: what the record is, for the pages that show it ("customer", "order").
class RestoreConflictCommand : public DatabaseCommand {
public:
    RestoreConflictCommand(AppContext& app, qint64 conflict, const QString& changed);

protected:
    Status apply() override;
    Status revert() override;

private:
    qint64 m_conflict;
};

// Renaming this device; undo gives it its former name back.
class RenameDeviceCommand : public DatabaseCommand {
public:
    RenameDeviceCommand(AppContext& app, QString before, QString after);

protected:
    Status apply() override;
    Status revert() override;

private:
    QString m_before;
    QString m_after;
};

} // namespace clientele
