#pragma once

#include "domain/field_error.h"
#include "domain/order.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace clientele {

class AppContext;
class QuickFind;

// The order's own fields (customer, number, date, status, channel, location, salesperson,
// campaign, due date, paid amount, notes), each with its validation message right under it.
// Field names are those validateOrder reports.
class OrderHeaderForm : public QWidget {
    Q_OBJECT
public:
    explicit OrderHeaderForm(AppContext& app, QWidget* parent = nullptr);

    void setOrder(const Order& order);
    void setCustomer(Id customerId);
    Id customerId() const { return m_customer; }
    // Writes the fields into the order; fields whose text is not a value come back as errors.
    FieldErrors applyTo(Order& order) const;
    // Shows each message under its field; returns those for fields not on this form.
    FieldErrors showErrors(const FieldErrors& errors);
    void clearErrors();
    QString fingerprint() const;

    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QLabel* errorLabel(const QString& name) const { return m_errors.value(name); }
    QuickFind* customerPicker() const { return m_picker; }
    QLineEdit* paidEdit() const { return m_paid; }

signals:
    void paidChanged();
    void statusChanged();

private:
    QWidget* buildLeft();
    QWidget* buildRight();
    void addRow(QFormLayout* form, const QString& name, const QString& label, QWidget* editor);
    QComboBox* editableCombo(const QStringList& values);
    void fillChoices();

    AppContext& m_app;
    Id m_customer = 0;
    QString m_time; // the time of day of the order, kept when only the date is edited
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QuickFind* m_picker = nullptr;
    QLineEdit* m_number = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_location = nullptr;
    QComboBox* m_salesperson = nullptr;
    QComboBox* m_campaign = nullptr;
    QDateEdit* m_due = nullptr;
    QLineEdit* m_paid = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace clientele
