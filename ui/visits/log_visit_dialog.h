#pragma once

#include "common/ids.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace clientele {

class AppContext;
class MoneyEdit;

// Log a visit or call (Ctrl+L): kind, contact person, subject, notes, outcome, a quoted product
// with its price, what the visit cost (travel, a gift, samples: part of the cost of serving the
// customer) and a follow-up date that becomes a task. Choosing a product shows the last
// price quoted to this customer and the last price they paid, so answers stay consistent.
class LogVisitDialog : public QDialog {
    Q_OBJECT
public:
    LogVisitDialog(AppContext& app, Id customerId, QWidget* parent = nullptr);

    // Opens the dialog (window-modal, deleted when closed).
    static LogVisitDialog* start(AppContext& app, Id customerId, QWidget* parent);

    void accept() override;
    Id savedVisitId() const { return m_savedVisit; }

    QComboBox* kindCombo() const { return m_kind; }
    QComboBox* contactCombo() const { return m_contact; }
    QLineEdit* subjectEdit() const { return m_subject; }
    QPlainTextEdit* notesEdit() const { return m_notes; }
    QLineEdit* outcomeEdit() const { return m_outcome; }
    QComboBox* productCombo() const { return m_product; }
    QLineEdit* priceEdit() const { return m_price; }
    QLabel* priceHints() const { return m_priceHints; }
    MoneyEdit* costEdit() const { return m_cost; }
    QCheckBox* followUpCheck() const { return m_followUp; }
    QDateEdit* followUpDate() const { return m_followUpDate; }
    QLineEdit* followUpTitle() const { return m_followUpTitle; }
    QLabel* errorLabel() const { return m_error; }

private:
    QWidget* buildQuoteRow();
    QWidget* buildFollowUpRow();
    void fillContacts();
    void fillProducts();
    void showPriceHints();
    void showError(const QString& message);

    AppContext& m_app;
    Id m_customer;
    Id m_savedVisit = 0;
    QComboBox* m_kind = nullptr;
    QComboBox* m_contact = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLineEdit* m_outcome = nullptr;
    QComboBox* m_product = nullptr;
    QLineEdit* m_price = nullptr;
    QLabel* m_priceHints = nullptr;
    MoneyEdit* m_cost = nullptr;
    QCheckBox* m_followUp = nullptr;
    QDateEdit* m_followUpDate = nullptr;
    QLineEdit* m_followUpTitle = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace clientele
