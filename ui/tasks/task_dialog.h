#pragma once

#include "domain/task.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace clientele {

class AppContext;
class MoneyEdit;

// New or edit a task: title, due date, customer (by ref), kind, how it repeats, what it costs
// (part of the cost of serving the customer) and notes. Problems
// are shown under the field they concern and the dialog stays open; a saved task is an undoable
// command.
class TaskDialog : public QDialog {
    Q_OBJECT
public:
    // existing: the task to edit; empty for a new one (customerId: whom it is for, 0 = nobody).
    TaskDialog(AppContext& app, std::optional<Task> existing, Id customerId = 0,
               QWidget* parent = nullptr);

    void accept() override;
    Id savedTaskId() const { return m_saved; }

    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* dueEdit() const { return m_due; }
    QLineEdit* customerEdit() const { return m_customer; }
    QComboBox* kindCombo() const { return m_kind; }
    QCheckBox* repeatsCheck() const { return m_repeats; }
    QSpinBox* everySpin() const { return m_every; }
    QComboBox* unitCombo() const { return m_unit; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    MoneyEdit* costEdit() const { return m_cost; }
    // The message under a field ("title", "customer", "recurrence", "cost", "save"); hidden when
    // fine.
    QLabel* errorFor(const QString& field) const;

private:
    void buildForm();
    QWidget* buildRepeatRow();
    void fill(const Task& task);
    void showCustomerName();
    std::optional<Task> collect();
    void setError(const QString& field, const QString& message);

    AppContext& m_app;
    std::optional<Task> m_existing;
    Id m_saved = 0;
    QLineEdit* m_title = nullptr;
    QDateEdit* m_due = nullptr;
    QLineEdit* m_customer = nullptr;
    QLabel* m_customerName = nullptr;
    QComboBox* m_kind = nullptr;
    QCheckBox* m_repeats = nullptr;
    QSpinBox* m_every = nullptr;
    QComboBox* m_unit = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    MoneyEdit* m_cost = nullptr;
    std::vector<std::pair<QString, QLabel*>> m_errors;
};

} // namespace clientele
