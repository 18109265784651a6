#pragma once

#include "shell/page.h"

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace clientele {

class TaskListModel;
struct TaskFilter;

// Every task, filtered by state, due range, kind and customer; new, edit, mark done and delete,
// each undoable.
class TasksPage : public Page {
    Q_OBJECT
public:
    explicit TasksPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Tasks"); }
    QIcon icon() const override;
    void activate() override;
    QWidget* focusTarget() override;
    Id currentCustomer() const override;

    TaskListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QComboBox* stateCombo() const { return m_state; }
    QComboBox* kindCombo() const { return m_kind; }
    QLineEdit* customerFilter() const { return m_customer; }
    QCheckBox* rangeCheck() const { return m_range; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

    void newTask();
    void editCurrent();
    void markCurrentDone();
    void deleteCurrent();

private:
    QWidget* buildToolbar();
    QWidget* buildFilters();
    TaskFilter currentFilter() const;
    void applyFilter();
    void updateActions();
    int currentRow() const;

    TaskListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_state = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_customer = nullptr;
    QCheckBox* m_range = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_new = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_done = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_openCustomer = nullptr;
    bool m_stale = true;
};

} // namespace clientele
