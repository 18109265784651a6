#pragma once

#include "domain/field_error.h"
#include "domain/product.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace clientele {

class AppContext;

// New product (id 0) or edit one. Saves when Save is pressed and the record is valid; problems
// are shown next to their fields and nothing is written. The save is an undoable edit. Orders
// already taken keep the price and cost of their day.
class ProductDialog : public QDialog {
    Q_OBJECT
public:
    ProductDialog(AppContext& app, const Product& product, QWidget* parent = nullptr);

    void accept() override;
    Id savedId() const { return m_savedId; }

    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QLabel* errorLabel(const QString& name) const { return m_errors.value(name); }
    QLabel* marginLabel() const { return m_margin; }

private:
    void addRow(QFormLayout* form, const QString& name, const QString& label, QWidget* editor);
    QLineEdit* amountEdit();
    // The record as edited; fields whose text is not a value come back as errors.
    FieldErrors read(Product& p) const;
    void showErrors(const FieldErrors& errors);
    void updateMargin();

    AppContext& m_app;
    std::optional<Product> m_original;
    Product m_base;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QLineEdit* m_sku = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_price = nullptr;
    QLineEdit* m_cost = nullptr;
    QLabel* m_margin = nullptr;
    QCheckBox* m_active = nullptr;
    QLineEdit* m_stock = nullptr;
    QLineEdit* m_reorder = nullptr;
    QLabel* m_generalError = nullptr;
    Id m_savedId = 0;
};

} // namespace clientele
