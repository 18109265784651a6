#pragma once

#include "common/ids.h"
#include "domain/customer_repository.h"
#include "shell/page.h"

#include <optional>
#include <vector>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace clientele {

class CustomerFilterBar;
class CustomerListModel;

// The customers list: all customers, paged lazily from SQL, filtered and sorted in SQL, with
// the user's choice of columns remembered. Multi-select for bulk edit, merge and delete.
class CustomersPage : public Page {
    Q_OBJECT
public:
    explicit CustomersPage(AppContext& app, QWidget* parent = nullptr);
    ~CustomersPage() override;

    QString title() const override { return tr("Customers"); }
    QIcon icon() const override;
    void activate() override;
    QWidget* focusTarget() override;
    Id currentCustomer() const override;

    CustomerListModel* model() const { return m_model; }
    CustomerFilterBar* filterBar() const { return m_filters; }
    QLineEdit* searchBox() const;
    QTableView* view() const { return m_view; }
    std::vector<Id> selectedIds() const;

    // Lists only these customers (those behind an analysis chart, say what) on top of the
    // filters, until showAll().
    void showOnly(const QString& what, std::vector<Id> ids);
    void showAll();
    QLabel* onlyBanner() const { return m_onlyText; }

    // The actions of the toolbar, also used by tests.
    void newCustomer(const QString& phone = {});
    void editCurrent();
    void bulkEdit();
    void mergeSelected();
    void deleteSelected();

private:
    QWidget* buildToolbar();
    void setUpView();
    void showColumnMenu(const QPoint& at);
    void saveColumns() const;
    void restoreColumns();
    void updateActions();
    void updateCount();
    QWidget* buildOnlyBanner();
    CustomerFilter currentFilter() const;

    CustomerListModel* m_model = nullptr;
    CustomerFilterBar* m_filters = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_logVisit = nullptr;
    QAction* m_bulkEdit = nullptr;
    QAction* m_merge = nullptr;
    QAction* m_delete = nullptr;
    bool m_stale = false; // data changed while the page was hidden
    std::optional<std::vector<Id>> m_only;
    QWidget* m_onlyBanner = nullptr;
    QLabel* m_onlyText = nullptr;
};

} // namespace clientele
