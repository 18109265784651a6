#pragma once

#include "shell/page.h"

class QLineEdit;
class QTableView;

namespace clientele {

class CustomerListModel;

// The customers list: all customers, paged lazily from SQL, filtered by a search text.
class CustomersPage : public Page {
    Q_OBJECT
public:
    explicit CustomersPage(AppContext& app, QWidget* parent = nullptr);

    QString title() const override { return tr("Customers"); }
    void activate() override;
    QWidget* focusTarget() override;

    CustomerListModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    QTableView* view() const { return m_view; }

private:
    void applySearch();

    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace clientele
