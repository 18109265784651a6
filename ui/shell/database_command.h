#pragma once

#include "common/result.h"

#include <QString>
#include <QUndoCommand>

namespace clientele {

class AppContext;

// An edit that is written to the database the moment it is confirmed and can be undone. The
// first redo runs in AppContext::execute, which pushes the command only when the write
// succeeded; later undo/redo failures (the record changed meanwhile) are reported through
// AppContext::commandFailed and drop the command from the stack.
class DatabaseCommand : public QUndoCommand {
public:
    // changed: what AppContext::notifyChanged is told after every undo and redo ("customer").
    DatabaseCommand(AppContext& app, const QString& text, QString changed);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    AppContext& app() const { return m_app; }

private:
    friend class AppContext;
    Status firstApply();
    void finish(const Status& status);

    AppContext& m_app;
    QString m_changed;
    bool m_skipRedo = false; // the first redo already ran in execute()
};

} // namespace clientele
