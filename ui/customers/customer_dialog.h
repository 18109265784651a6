#pragma once

#include "domain/customer.h"

#include <QDialog>

namespace clientele {

class AppContext;
class CustomerForm;
class Database;

// New customer (id 0) or edit one. Saves when OK is pressed and the record is valid; problems
// are shown next to their fields and the dialog stays open. The save is an undoable edit.
class CustomerDialog : public QDialog {
    Q_OBJECT
public:
    CustomerDialog(AppContext& app, const Customer& customer, QWidget* parent = nullptr);

    CustomerForm* form() const { return m_form; }
    Id savedId() const { return m_savedId; }
    void accept() override;

    // A fresh record with the next free ref ("C000124" after "C000123").
    static Customer newCustomer(const Database& db);

private:
    AppContext& m_app;
    CustomerForm* m_form = nullptr;
    Customer m_original;
    Id m_savedId = 0;
};

} // namespace clientele
