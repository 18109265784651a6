#pragma once

#include <QDialog>
#include <QList>

class QAction;

namespace clientele {

// Help → Keyboard Shortcuts: every action of the window that has a shortcut, in a table.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    ShortcutsDialog(const QList<QAction*>& actions, QWidget* parent = nullptr);
};

} // namespace clientele
