#pragma once

#include "domain/ticket.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace clientele {

class AppContext;

// Resolving a ticket from the list asks how it was resolved (required) and, optionally, how
// satisfied the customer is; the step is an undoable command.
class ResolveDialog : public QDialog {
    Q_OBJECT
public:
    ResolveDialog(AppContext& app, Ticket ticket, QWidget* parent = nullptr);

    void accept() override;
    QPlainTextEdit* resolutionEdit() const { return m_resolution; }
    QComboBox* satisfactionCombo() const { return m_satisfaction; }
    QLabel* errorLabel() const { return m_error; }

private:
    AppContext& m_app;
    Ticket m_ticket;
    QPlainTextEdit* m_resolution = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace clientele
