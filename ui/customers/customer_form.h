#pragma once

#include "domain/customer.h"
#include "domain/field_error.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace clientele {

class Database;

// The fields of one customer record, in tabs, each with a place for its validation message
// right under it. Field names are the database column names that validateCustomer reports.
class CustomerForm : public QWidget {
    Q_OBJECT
public:
    CustomerForm(Database& db, QWidget* parent = nullptr);

    void setCustomer(const Customer& customer);
    // The record as edited; company_ref is resolved separately (companyRef()).
    Customer customer() const;
    QString companyRef() const;

    // Shows each message under its field (unknown fields go to the general line); returns
    // whether there was any.
    bool showErrors(const FieldErrors& errors);
    void clearErrors();

    QWidget* field(const QString& column) const { return m_fields.value(column); }
    QLabel* errorLabel(const QString& column) const { return m_errors.value(column); }

private:
    QWidget* contactTab();
    QWidget* personalTab();
    QWidget* notesTab();
    QLineEdit* addLine(QFormLayout* form, const QString& column, const QString& label);
    void addRow(QFormLayout* form, const QString& column, const QString& label, QWidget* editor);
    QComboBox* valueCombo(const QStringList& values, QString (*label)(const QString&));
    QString text(const QString& column) const;

    Database& m_db;
    Customer m_original;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QComboBox* m_kind = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_decisionRole = nullptr;
    QComboBox* m_tier = nullptr;
    QComboBox* m_salesperson = nullptr;
    QCheckBox* m_lunar = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_generalError = nullptr;
};

} // namespace clientele
