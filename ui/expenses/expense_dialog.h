#pragma once

#include "common/ids.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace clientele {

class AppContext;
class MoneyEdit;

// Record money spent on a customer (a dinner, a gift, samples, travel): date, category, amount
// and a note. It counts in the customer's cost to serve (profitability's net profit). Saved as
// an undoable command; an expense needs a customer and an amount, and is refused without.
class ExpenseDialog : public QDialog {
    Q_OBJECT
public:
    ExpenseDialog(AppContext& app, Id customerId, QWidget* parent = nullptr);

    // Opens the dialog (window-modal, deleted when closed).
    static ExpenseDialog* start(AppContext& app, Id customerId, QWidget* parent);

    void accept() override;
    Id savedExpenseId() const { return m_saved; }

    QDateEdit* dateEdit() const { return m_date; }
    QComboBox* categoryCombo() const { return m_category; }
    MoneyEdit* amountEdit() const { return m_amount; }
    QLineEdit* notesEdit() const { return m_notes; }
    QLabel* errorLabel() const { return m_error; }

private:
    void fillCategories();
    void showError(const QString& message);

    AppContext& m_app;
    Id m_customer;
    Id m_saved = 0;
    QDateEdit* m_date = nullptr;
    QComboBox* m_category = nullptr;
    MoneyEdit* m_amount = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace clientele
