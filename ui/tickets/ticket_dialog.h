#pragma once

#include "domain/ticket.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace clientele {

class AppContext;
class QuickFind;

// New or edit a ticket: customer, subject, category, severity, the order it is about, notes,
// resolution and the customer's rating. A saved ticket is an undoable command; so is each step
// of the workflow (Start, Resolve, Close, Reopen), which also saves the fields as they stand.
// Problems are shown under the field they concern and the dialog stays open.
class TicketDialog : public QDialog {
    Q_OBJECT
public:
    // existing: the ticket to edit; empty for a new one for customerId (0: to be picked).
    TicketDialog(AppContext& app, std::optional<Ticket> existing, Id customerId = 0,
                 QWidget* parent = nullptr);

    void accept() override;
    // Moves the ticket one step to `status` now; resolving needs the resolution filled in.
    bool moveTo(const QString& status);
    Id savedTicketId() const { return m_saved; }
    Id customerId() const { return m_customer; }
    void setCustomer(Id customerId);

    QuickFind* customerPicker() const { return m_picker; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QComboBox* categoryCombo() const { return m_category; }
    QComboBox* severityCombo() const { return m_severity; }
    QComboBox* orderCombo() const { return m_order; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QPlainTextEdit* resolutionEdit() const { return m_resolution; }
    QComboBox* satisfactionCombo() const { return m_satisfaction; }
    QLabel* statusLabel() const { return m_statusLabel; }
    // The workflow button leading to `status` ("in_progress", "resolved", "closed", "open").
    QPushButton* stepButton(const QString& status) const;
    // The message under a field ("customer", "subject", "resolution", "save"); hidden when fine.
    QLabel* errorFor(const QString& field) const;

private:
    void buildForm();
    QWidget* buildWorkflowRow();
    QLabel* errorLabel(const char* field);
    void fill(const Ticket& ticket);
    void fillOrders(std::optional<Id> selected);
    void showStatus();
    std::optional<Ticket> collect();
    bool save(const Ticket& after);
    void setError(const QString& field, const QString& message);

    AppContext& m_app;
    std::optional<Ticket> m_existing; // as stored, kept current after each workflow step
    Id m_saved = 0;
    Id m_customer = 0;
    QuickFind* m_picker = nullptr;
    QLineEdit* m_subject = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_order = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPlainTextEdit* m_resolution = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QLabel* m_statusLabel = nullptr;
    std::vector<std::pair<QString, QPushButton*>> m_steps;
    std::vector<std::pair<QString, QLabel*>> m_errors;
};

// "—" and the ratings 1 to 5 (item data: 0 for none).
QComboBox* newSatisfactionCombo(QWidget* parent);

} // namespace clientele
